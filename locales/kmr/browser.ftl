## Step 4: authenticate in the browser

auth-title = Di gerokê de têkevin
auth-failed-title = Têketin bi ser neket
auth-starting = Têketin tê amadekirin…
auth-opened = Gerok vebû. Paşê vegerin vir.
auth-not-opened = Gerok venebû. Vê navnîşanê di gerokekê de li ser vê komputerê vekin:
auth-no-browser = Vê navnîşanê di gerokekê de li ser vê komputerê vekin:
auth-no-display = Li vir geroka grafîkî tune. Vê navnîşanê di gerokekê de li ser vê komputerê vekin, mînak di gerokeke nivîsê de:
auth-ssh = Hûn ji dûr ve bi vê komputerê ve girêdayî ne (SSH). Du rê hene: navnîşanê di gerokekê de li ser vê komputerê vekin; an jî, li ser komputera xwe, fermana jêrîn binivîsin, paşê navnîşanê di geroka xwe de vekin.
auth-in-browser = Di gerokê de: { $idp } hilbijêrin, navê bikarhêner û şîfreya xwe binivîsin, paşê « Se connecter ».
auth-timed-out = Dema plankirî derbas bû, lê hûn hîn dikarin di gerokê de biqedînin. Heke bêtir dem pêwîst be, “Bêtir dem” hilbijêrin.
auth-checking = Gerok vegeriya. Ez nasnameya we kontrol dikim…
auth-note = FranceConnect dê nasnameya we di tomara neteweyî de bigere. Bi hejmareke demkî, ew nayê dîtin.
auth-note-register = Sedema herî berbelav: hîn hejmareke ewlehiya civakî ya daîmî tune. Hûn dikarin hejmara xwe kontrol bikin: “Kontrola hejmara min a ewlehiya civakî” hilbijêrin.
help-auth = Gerok rûpelên FranceConnect nîşan dide. Heke tiştek venebe, navnîşana hatî nîşandan kopî bikin. Hûn dikarin çiqas pêwîst be bêtir dem bixwazin.
help-auth-failed = Her bijare dibêje ka çi dike. “Dîsa biceribînin” gerokê dîsa vedike. Ji bo ku hûn rûpeleke çewtiyê ya FranceConnect fêm bikin, koda wê binivîsin. Ji bo ku hûn ji FranceConnect re binivîsin: bişkoka « Contactez-nous » li ser rûpela wê ya çewtiyê, an malpera aide.franceconnect.gouv.fr.
choice-reopen = Gerokê dîsa vekin
choice-more-time = Bêtir dem ({ $minutes ->
        [one] { $minutes } deqîqe din
       *[other] { $minutes } deqîqe din
    })
notice-more-time = Baş e: { $minutes ->
        [one] { $minutes } deqîqe din.
       *[other] { $minutes } deqîqe din.
    }
notice-more-time-until = Baş e: { $minutes ->
        [one] { $minutes } deqîqe din
       *[other] { $minutes } deqîqe din
    }, heta { $time }.
notice-reopened = Gerok li ser rûpela têketinê dîsa vebû.
notice-not-reopened = Gerok venebû. Navnîşanê bi xwe vekin.
choice-cancel = Betal bikin û vegerin bijartina hesab
choice-retry = Dîsa biceribînin
choice-other-idp = Hesabekî din hilbijêrin
choice-read-code = Koda rûpela çewtiyê ya FranceConnect binivîsin
choice-code-again = Kodeke din binivîsin
code-title = Rûpela FranceConnect çi digot?
code-body = Heke rûpelê « Une erreur s’est produite » digot, koda ku piştî « Erreur » hatiye nivîsandin binivîsin (mînak Y010008). Heke kod tune bû, tenê Enter bikirtînin.
code-input = Koda rûpelê (mînak Y010008). Tenê Enter: kod tune.
code-read = Koda { $code }:
code-note = Ev kod alîkariya piştgiriya FranceConnect û CPAM-a we dike ku fêm bikin çi qewimî. Wê ji xwe re binivîsin. Ji bo ku hûn ji FranceConnect re binivîsin: bişkoka « Contactez-nous » li ser rûpela wê ya çewtiyê, an malpera aide.franceconnect.gouv.fr.
help-code = Kod li ser rûpela çewtiyê ya FranceConnect e, piştî peyva « Erreur ». Bi Y dest pê dike, paşê herî kêm 6 reqem an tîp tên (mînak Y010008 an Y04EA6EF). Tiştê ku hûn dinivîsin naçe tu derê.
code-y010008 = FranceConnect nasnameya we di tomara neteweyî (RNIPP) de nedît. Ev ne sûcê we ye.
code-y010008-next = Sedema herî berbelav: hîn hejmareke ewlehiya civakî ya daîmî tune (hejmareke demkî, ku bi 7 an 8 dest pê dike, an dosyeyek ku hîn didome). Ji CPAM-a xwe li ser hejmara xwe ya daîmî bipirsin. Heta wê demê, hesabê taybet ê malperê bikar bînin. Heke hejmara we jixwe daîmî ye, bi FranceConnect re têkilî daynin û vê kodê bidin.
code-y010004 = Tomara neteweyî nasnameyek nêzî ya hesabê we dît, lê ne têra xwe nêzî.
code-y010004-next = Agahiyên nasnameya we di hesabê we û di tomarê de ne wek hev in (paşnav, nav, dîrok an cihê jidayikbûnê). Bi FranceConnect re têkilî daynin û vê kodê bidin, da ku ew werin rastkirin.
code-y010006 = Tomara neteweyî ji bo we çend nasnameyên gengaz dîtin.
code-y010006-next = Divê agahiyên we werin rastkirin. Bi FranceConnect re têkilî daynin û vê kodê bidin.
code-y010007 = Tomara neteweyî hûn tenê bi navê we yê bikaranînê dîtin (mînak navê piştî zewacê).
code-y010007-next = Divê agahiyên we werin rastkirin. Bi FranceConnect re têkilî daynin û vê kodê bidin.
code-register-technical = Tomara neteweyî nikarîbû bersiv bide: pirsgirêkeke teknîkî ye, ne sûcê we ye.
code-register-technical-next = Paşê dîsa biceribînin. Heke berdewam bike, bi FranceConnect re têkilî daynin û vê kodê bidin.
code-y010015 = Tomara neteweyî êdî bi vê nasnameyê destûra têketinê nade.
code-y010015-next = Bi FranceConnect re têkilî daynin û vê kodê bidin: tîm dê bi we re li rewşa we binêre.
code-y030007 = Daxwaza ku xizmetê şand ne rast bû. Ev ne sûcê we ye.
code-y030007-next = Ev pirsgirêka mîhengên xizmetê ye (an yên vî alîkarî). Bi vê kodê wê ji xizmetê re ragihînin.
code-y190001 = Danişîn qediya an êdî ne derbasdar e: têketin pir dirêj kişand, an rûpel pir dirêj vekirî ma.
code-y190001-next = Taba FranceConnect bigirin, paşê ji nû ve dest pê bikin: Dîsa biceribînin hilbijêrin.
code-unknown = Ez vê kodê nas nakim.
code-unknown-next = Wê li ser rûpelê kontrol bikin (Y û paşê herî kêm 6 reqem an tîp). Heke rast be, bi FranceConnect re têkilî daynin û vê kodê bidin.
code-none = Rûpelê tu kod nîşan nedabû: dibe ku hûn berî têketinê vegeriyan.
code-none-next = Hûn dikarin dîsa biceribînin, an hesabekî din hilbijêrin.

## Step 5: confirm

confirm-title = Nasnameya xwe kontrol bikin
confirm-body = Kontrol bikin ku ev nasname ya we ye.
confirm-given = Nav: { $value }
confirm-family = Paşnavê jidayikbûnê: { $value }
confirm-birthdate = Dîroka jidayikbûnê: { $value }
months = Kanûna paşîn, Sibat, Adar, Nîsan, Gulan, Hezîran, Tîrmeh, Tebax, Îlon, Cotmeh, Mijdar, Kanûna pêşîn
confirm-birthplace = Cihê jidayikbûnê: koda komunê { $code }
confirm-born-abroad = Cihê jidayikbûnê: derveyî Fransayê (welat { $country })
confirm-continue = Li ser malpera rastîn, ev rûpela dawî navên we û bişkokeke şîn nîşan dide. Rêberên kevn jê re dibêjin « Bienvenue ».
confirm-consent = Hin xizmet pêşî dixwazin ku hûn qutiyekê nîşan bikin.
confirm-wrong = Ne hûn in? “Ev ne ez im” hilbijêrin: nasname tê jêbirin.
confirm-note = Ev nasname ji tomara neteweyî tê, bi saya hejmara we ya ewlehiya civakî ya daîmî.
help-confirm = Li her rêzekê binêrin. Heke her tişt rast e, bipejirînin. Tiştek li ser vê komputerê nayê hilanîn. Tiştek şaş e? Bi saziya hesabê ku we bikar anî re têkilî daynin. FranceConnect tenê dema ku têketinek neasayî xuya dike e-nameyekê ji we re dişîne.
choice-confirm-yes = Erê, ev ez im
choice-not-me = Ev ne ez im

## Step 6: done

done-title = Hûn bi FranceConnect têketî ne
done-title-logged-out = Hûn ji FranceConnect derketin
done-connected = Têketin hat piştrastkirin.
done-logged-out = Hûn ji FranceConnect derketin.
done-services = Xizmetên ku FranceConnect qebûl dikin li vir in:
done-help = Alîkarî pêwîst e? Nivîsgeheke France Services li nêzî we dikare alîkariya we bike.
done-note = Hejmara xwe ya ewlehiya civakî ya daîmî biparêzin: di her têketinê de bikar tê.
help-done = “Biqedînin” alîkar digire. “Ji FranceConnect derkevin” danişîna FranceConnect a di gerokê de jî digire. Alîkarî pêwîst e? Nivîsgeheke France Services li nêzî we dikare alîkariya we bike.
choice-finish = Biqedînin
choice-logout = Ji FranceConnect derkevin
end-connected = Alîkar bi dawî bû: hûn têketî ne.
end-failed = Alîkar bi dawî bû: têketin bi ser neket.
end-cancelled = Alîkar bi dawî bû.
