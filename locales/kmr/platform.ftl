## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Tomara neteweyî daxwaz red kir: agahiyên nasnameyê yên ku hesabê hilbijartî şandin qebûl nekirin. Ev ne xeletiyeke teknîkî ye.
code-y010009-next = Carekê dîsa biceribînin. Heke heman kod dîsa were, hesabekî din hilbijêrin, an bi FranceConnect re têkilî daynin û vê kodê bidin da ku agahiyên we kontrol bikin.
code-navigation = Bişkoka Paşve ya gerokê, an nûkirina rûpelekê, têketin qut kir.
code-navigation-next = Hemû tabên FranceConnect bigirin, paşê Dîsa biceribînin hilbijêrin. Di dema têketinê de bişkoka Paşve ya gerokê bikar neynin.
code-y180001 = Gihîştina we ya FranceConnect hate neçalakkirin.
code-y180001-next = Ji bo ku dîsa çalak bibe, bi FranceConnect re têkilî daynin û vê kodê bidin. Heta wê demê, hesabê taybet ê malperê bikar bînin.
code-y100011 = We ev hesab di tercîhên xwe yên FranceConnect de asteng kiriye.
code-y100011-next = Hesabekî din hilbijêrin, an di tercîhên xwe yên FranceConnect de dîsa destûr bidin vî hesabî, paşê dîsa biceribînin.
code-idp-off = Ev hesab niha ji bo vê xizmetê nayê bikaranîn: neçalak e, an ev xizmet wî qebûl nake.
code-idp-off-next = Hesabekî din hilbijêrin.
code-y04ea6ef = FranceConnect vê xizmetê nas nake (nasnameya wê, client id, nenas e). Ev xeletiyek di qeydkirina xizmetê de ye, ne ya we ye.
code-y04ea6ef-next = Hûn nikarin tiştekî bikin: vê kodê bidin xizmetê. Ji bo rêvebirê wê: client id û jîngehê (integration an production) kontrol bikin; client id tenê di wê jîngehê de dixebite ku ew daye.
code-y04c013c = Navnîşana vegerê ya xizmetê li FranceConnect qeydkirî nîne (portekî din, navekî din, an http li şûna https). Ev xeletiyek di qeydkirina xizmetê de ye, ne ya we ye.
code-y04c013c-next = Hûn nikarin tiştekî bikin: vê kodê bidin xizmetê. Ji bo rêvebirê wê: navnîşana ku bi --redirect-uri hatiye dayîn tam qeyd bikin, an ya qeydkirî bidin.
code-logout-refused = FranceConnect daxwaza xizmetê ya ji bo bidawîkirina danişînê red kir (delîla têketinê tune, an navnîşana vegerê piştî dawiya danişînê qeydkirî nîne).
code-logout-refused-next = Gerokê bigirin da ku danişîna FranceConnect biqede. Ji bo rêvebirê xizmetê: navnîşana vegerê piştî dawiya danişînê qeyd bikin.

## The practice provider, as the platform words its pages

practice-error-technical = Xeletiyeke teknîkî çêbû, taba geroka xwe bigirin û dîsa têkevin.
practice-error-session = Danişîna we qediya an ne derbasdar e, taba geroka xwe bigirin û dîsa têkevin.
practice-error-communication = Di têkiliya bi pêşkêşkarê xizmetê re xeletiyek çêbû. Ji kerema xwe paşê dîsa biceribînin.
practice-cancel = Betal bike
practice-idp-failed = Têketin bi { $idp } ne gengaz bû. Ji kerema xwe dîsa biceribînin an rêyeke din a têketinê hilbijêrin.
practice-choose-error-doc-title = Xeletî di hilbijartina hesab de

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = Rûpel dibêje « La connexion à » … « n’a pas été possible »
notice-not-possible = Ev rûpela FranceConnect tê wê wateyê ku têketina bi { $idp } neqediya: we li { $idp } betal kir, an têketin li wir bi ser neket. Tiştek ji xizmetê re nehat şandin. Ez hîn li bendê me: li ser wê rûpelê, ji bo ceribandineke din dîsa { $idp } hilbijêrin, an hesabekî din.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Pêşkêşkar nasnameya xizmetê (client id) an nepeniya wê red kir.
error-client-rejected-next = Pirsgirêk di qeydkirina xizmetê de ye, ne di hesabê we de: dîsa ceribandin tiştekî naguherîne. Client id û nepeniya ku ji vê bernameyê re hatine dayîn, û jîngehê (integration an production) kontrol bikin, an wan ji rêvebirê xizmetê bixwazin.
error-config-secret-file-link = Pelê nepeniyê ({ $file }) girêdaneke sembolîk e: ez li pey wê naçim.
error-config-secret-file-link-next = Nepeniyê li wê derê di pelekî rastîn de deynin, ne di girêdanekê de, ku tenê hûn bikarin bixwînin (chmod 600).
