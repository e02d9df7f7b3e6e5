# Kurmanji Kurdish (Latin script, Hawar alphabet). Glossary: locales/kmr/glossary.txt.
language-name = Kurmancî
language-name-en = Kurmanji Kurdish
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = hîn ji aliyê axêverekî zikmakî ve nehatiye kontrolkirin
language-no-voice = ji bo xwendinê deng tune

## Around every step

progress = Gava { $step } ji { $total }
practice-mark = Ceribandin: pêşkêşkerekî ceribandinê, ne FranceConnect a rastîn
note-label = Girîng:
help-label = Alîkarî:
french-label = Bi fransî:
keys-tui = Tîr an hejmar: hilbijêrin · Enter: bipejirînin · Esc: vegerin · ?: alîkarî · L: ziman · B: du ziman · F: cih biguherînin · Q: rawestînin
keys-input = Enter: bipejirînin · Esc: vegerin · F1: alîkarî
keys-input-nir = Enter: kontrol bikin · Esc: vegerin · F1: alîkarî · F2: reqeman nîşan bidin an veşêrin
keys-plain = Hejmarekê binivîsin, paşê Enter. Tenê Enter: bijara pêşniyarkirî. Sifir: vegerin. h: alîkarî. l: ziman. q: rawestînin.
keys-short = ?: alîkarî · Q: rawestînin
prompt = Bijare
prompt-default = Tenê Enter: { $choice }
still-waiting = Ez hîn li benda gerokê me. Hûn dikarin di gerokê de berdewam bikin, an bijarekê binivîsin.
too-small = Pencere pir biçûk e. Wê mezintir bikin, an fcguide --plain bidin xebitandin.
connected-mark = [FranceConnect ✓] Têketî
help-keys = Bişkok: Enter bijara pêşniyarkirî hildibijêre. Esc, Backspace an sifir vedigerin. L zimên diguherîne, û hûn cihê xwe winda nakin. B di bin her nivîsê de zimanekî duyem nîşan dide; F cihê herdu zimanan diguherîne. V gavan bi deng dixwîne, an dengê radiwestîne. Di moda rêz bi rêz de: h ji bo alîkariyê; b, f û v wek van bişkokan.
help-practice = Ceribandin: li vir pêşkêşker pêşkêşkerekî ceribandinê ye li ser vê komputerê, ne FranceConnect a rastîn. Tiştek ji dewletê re nayê şandin.
speech-on = Xwendina bi deng: vekirî.
speech-off = Xwendina bi deng: rawestiyayî.
speech-unavailable = Tu bernameya xwendina bi deng nehatiye sazkirin (spd-say an espeak-ng): alîkar bê deng berdewam dike.

## Words of the real site

fr-words-button = Xwe bi FranceConnect bidin nasîn
fr-words-choose = Ji bo têketinê hesabekî hilbijêrin:
fr-words-login = Têkevin
fr-words-as = Hûn ê bi vê nasnameyê têkevin:
fr-words-continue = Li ser { $service } berdewam bikin
fr-words-consent = Ez qebûl dikim ku FranceConnect daneyên min ji bo têketina min bişîne xizmetê
fr-words-error = Çewtiyek çêbû
fr-words-code = Çewtî Y010008
fr-words-what-to-do = Çi divê bê kirin?
fr-words-back = Vegerin ser { $service }

## Step 1: language

language-title = Zimanê xwe hilbijêrin
language-body = Alîkar bi zimanê we diaxive. Ew peyvên fransî yên ku hûn ê li ser malpera rastîn bibînin jî nîşan dide.
language-note = Ji bo FranceConnect, hejmareke fransî ya ewlehiya civakî ya daîmî pêwîst e. Em ê vê rave bikin.
help-language = Zimanê ku hûn herî baş dixwînin hilbijêrin. Hûn dikarin wî her gav bi bişkoka L biguherînin. Hûn dikarin destpêka navê zimanekî jî binivîsin da ku wî bibînin.

## Step 2: welcome and prerequisite

welcome-title = FranceConnect çi ye?
welcome-what = FranceConnect belaş e: tenê hesabek ji bo gelek xizmetên giştî li ser înternetê (bac, tenduristî, bêkarî…).
welcome-need = Hejmareke ewlehiya civakî ya daîmî pêwîst e: FranceConnect nasnameya we di tomara neteweyî (RNIPP) de kontrol dike.
welcome-where = Ev hejmar ji 15 reqeman pêk tê: ew li ser carte Vitale ya we û li ser belgeya mafan (attestation de droits) heye.
welcome-without = Hîn hejmareke we tune, an hejmareke demkî heye (bi 7 an 8 dest pê dike)? FranceConnect hîn naxebite: ji CPAM-a xwe bipirsin. Heta wê demê, hesabê malperê bikar bînin.
welcome-note = Bêyî hejmareke ewlehiya civakî ya daîmî, têketin bi ser nakeve. Hejmareke demkî (ku bi 7 an 8 dest pê dike) ne bes e.
help-welcome = “Berdewam bikin” we dibe bijartina hesab. Pêşî hûn dikarin şeklê hejmara xwe kontrol bikin: kontrol tenê li ser vê komputerê tê kirin, tiştek nayê şandin û nayê hilanîn.
choice-continue = Berdewam bikin
choice-check-nir = Kontrola hejmara min a ewlehiya civakî
choice-check-again = Hejmareke din kontrol bikin
choice-back = Vegerin
choice-quit = Alîkarê rawestînin

## Number check

nir-title = Kontrola hejmara min a ewlehiya civakî
nir-body = 15 reqeman binivîsin, bi 2 reqemên kontrolê yên dawiyê re. Hejmar li ser vê komputerê dimîne: nayê şandin, nayê hilanîn, û piştî kontrolê tê jêbirin.
nir-input = Hejmara ewlehiya civakî (15 reqem). Tenê Enter: derbas bibin.
nir-show-digits = s paşê Enter: reqeman nîşan bidin
nir-read-back = We nivîsand: { $number }
nir-permanent = Şeklê vê hejmarê rast e û ew daîmî ye. FranceConnect dikare bixebite.
nir-permanent-abroad = Şeklê vê hejmarê rast e û ew daîmî ye (kesekî li derveyî Fransayê ji dayik bûye). FranceConnect dikare bixebite.
nir-temporary = Ev hejmareke demkî ye: bi 7 an 8 dest pê dike. FranceConnect bi vê hejmarê naxebite. Ji CPAM-a xwe hejmara xwe ya daîmî bixwazin.
nir-wrong-key = 2 reqemên kontrolê (2 yên dawî) bi beşa din a hejmarê re li hev nayên. Her reqemê li ser carte Vitale ya xwe kontrol bikin.
nir-missing-key = Reqemên kontrolê kêm in: 2 reqemên dawî lê zêde bikin (ew li ser carte Vitale ya we ne, piştî 13 yên pêşîn).
nir-malformed = Ev ne şeklê hejmara ewlehiya civakî ye. 15 nîşan pêwîst in; ya yekem 1 an 2 ye (ji bo hejmareke demkî 7 an 8).
nir-note = Hejmara daîmî bi 1 an 2 dest pê dike. Tomara neteweyî vê hejmarê nas dike.
nir-note-temporary = Bi hejmareke demkî, FranceConnect dê rûpelek « Une erreur s’est produite » bi « Erreur Y010008 » nîşan bide. Ev ne sûcê we ye: divê hûn li benda hejmara daîmî bimînin.
help-nir = Kontrol tenê li şeklê hejmarê û li 2 reqemên kontrolê dinêre. Ew nabêje ka tomar we hîn nas dike an na.

## Step 3: choose an identity provider

idp-title = Hesabekî hilbijêrin
idp-body = Divê we berê li ser yek ji van malperan hesabek hebe. Yekê hilbijêrin.
idp-after-not-me = We got ku nasnameya hatî nîşandan ne ya we bû. Ew hate jêbirin. Hesabekî din hilbijêrin, an alîkarî bixwazin.
idp-note = Ya girîng: divê nasnameya we di tomara neteweyî de be. Mirov bi hejmareke ewlehiya civakî ya daîmî dikeve wê.
help-idp = Malpera ku we li wir berê navê bikarhêner û şîfreyek heye hilbijêrin. Heke tune be, ya herî hêsan pir caran ameli.fr (sîgorteya tenduristiyê) an impots.gouv.fr e. Hûn karmendek in ku alîkariya vê kesê dikin? Tu carî şîfreya wê kesê li şûna wê nenivîsin: ew bi xwe dinivîse. Ji bo ku li ser navê wê kesê kar bikin, Aidants Connect heye.
idp-impots-who = Her kesê ku li Fransayê dahatên xwe radigihîne. Hejmara bacê pêwîst e.
idp-ameli-who = Her kesê ku di sîgorteya tenduristiyê ya Fransayê de ye. Hejmara ewlehiya civakî pêwîst e.
idp-laposte-who = Mezinên ku belgeyeke nasnameyê ya fransî an destûra rûniştinê wan heye. Telefoneke mobîl pêwîst e.
idp-msa-who = Kesên ku di sîgorteya civakî ya çandiniyê de ne (karê çandiniyê).
idp-france-identite-who = Kesên ku qerta nasnameyê ya fransî ya nû û telefoneke guncan wan heye.
idp-yris-who = Mezinên ku belgeyeke nasnameyê wan heye. Telefoneke mobîl pêwîst e.
idp-trustme-who = Mezinên ku belgeyeke nasnameyê wan heye. Telefoneke mobîl û sepana TrustMe pêwîst in.

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

## Errors

error-code = Koda ku hûn ê bidin piştgiriyê: { $code }
error-check = Kontrola ku bi ser neket: { $check }
error-config-client-id = Ji bo vî pêşkêşkerî tu client id nehatiye danîn.
error-config-client-id-next = Wê bi --client-id an bi guherbara FCGUIDE_CLIENT_ID bidin, an pêşkêşkerê ceribandinê bikar bînin.
error-config-secret = Nepeniya xizmetê (client secret) tune.
error-config-secret-next = Wê têxin guherbara FCGUIDE_CLIENT_SECRET an pelê mîhengan (ku tenê hûn dikarin bixwînin).
error-config-secret-file-open = Kesên din dikarin pelê nepeniyê ({ $file }) bixwînin: ez wî bikar naynim.
error-config-secret-file-open-next = Wî tenê ji bo we xwendbar bikin: chmod 600 { $file }
error-config-secret-file = Pelê nepeniyê ({ $file }) nayê xwendin.
error-config-secret-file-next = Rê û destûrên wî kontrol bikin.
error-config-redirect-uri = Navnîşana vegerê (--redirect-uri) ne derbasdar e.
error-config-redirect-uri-next = Divê ew mîna http://localhost:PORT/rê an http://127.0.0.1:PORT/rê be, tam wekî ku hatiye qeydkirin.
error-config-redirect-required = Ji bo FranceConnect, navnîşana vegerê ya ku ji bo vê xizmetê hatiye qeydkirin pêwîst e (--redirect-uri).
error-config-redirect-required-next = FranceConnect tenê navnîşana qeydkirî ya tam qebûl dike. Navnîşanekê li ser vê komputerê bi portekî sabît qeyd bikin, mînak http://localhost:8400/callback, paşê wê bi --redirect-uri bidin.
error-config-issuer = Navnîşana pêşkêşker ne derbasdar e.
error-config-issuer-next = Navnîşaneke https a temam bidin, an pêşkêşkerekî amade hilbijêrin.
error-unreachable = Pêşkêşker bersiv nade.
error-unreachable-next = Girêdana înternetê kontrol bikin, paşê dîsa biceribînin. Bêyî înternetê, pêşkêşkerê ceribandinê bikar bînin.
error-discovery = Pêşkêşker mîhengek da ku nayê xwendin an ne ya wî ye.
error-discovery-next = Navnîşana pêşkêşker kontrol bikin. Heke rast be, paşê dîsa biceribînin.
error-insecure = Navnîşana pêşkêşker ne şîfrekirî ye (http).
error-insecure-next = Navnîşaneke https bikar bînin. http tenê li ser vê komputerê (127.0.0.1) destûr e.
error-identity-not-found = FranceConnect nasnameya we di tomara neteweyî de nedît.
error-identity-not-found-next = Sedema herî berbelav: hejmareke ewlehiya civakî ya demkî, an hîn hejmareke daîmî tune. Ji CPAM-a xwe bipirsin. Heke hejmara we daîmî ye, bi FranceConnect re têkilî daynin û koda jêrîn bidin.
error-access-denied = Têketin bi ser neket: FranceConnect tu nasname neşand.
error-access-denied-next = Ev diqewime dema ku hûn vegeriyan, an dema ku FranceConnect rûpeleke çewtiyê nîşan da (« Une erreur s’est produite »). Heke rûpelê « Erreur » û li pey wê kodek nîşan da, nivîsandina wê kodê hilbijêrin: ez ê wê rave bikim.
error-invalid-idp-hint = Ev hesab ji vir ji bo vê xizmetê nayê hilbijartin.
error-invalid-idp-hint-next = Hesabekî din hilbijêrin, an dîsa biceribînin: wê demê hûn ê di gerokê de hilbijêrin.
error-invalid-request = Pêşkêşker daxwaz red kir.
error-invalid-request-next = Ev pirsgirêka mîhengên xizmetê ye, ne ya hesabê we. Paşê dîsa biceribînin an wê ragihînin.
error-server-error = Pêşkêşker tûşî pirsgirêkeke teknîkî bû.
error-server-error-next = Taba gerokê bigirin û dîsa biceribînin. Heke rûpela FranceConnect « Erreur » û li pey wê kodek nîşan da, nivîsandina wê kodê hilbijêrin: ez ê wê rave bikim.
error-temporarily-unavailable = Pêşkêşker niha ne berdest e.
error-temporarily-unavailable-next = Piştî çend deqîqeyan dîsa biceribînin. Heke rûpela FranceConnect « Erreur » û li pey wê kodek nîşan da, nivîsandina wê kodê hilbijêrin: ez ê wê rave bikim.
error-refused = Pêşkêşker têketin red kir.
error-refused-next = Dîsa biceribînin, an hesabekî din hilbijêrin.
error-callback-issuer = Bersiv ji pêşkêşkerê çaverêkirî nayê. Min ew red kir.
error-callback-issuer-next = Tabên din ên têketinê bigirin û dîsa biceribînin.
error-callback-issuer-missing = Bersiv nabêje ji kîjan pêşkêşkerî tê, her çend ev pêşkêşker her gav vê dibêje. Min ew red kir.
error-callback-issuer-missing-next = Tabên din ên têketinê bigirin û dîsa biceribînin.
error-missing-code = Gerok bêyî bersiveke bikêrhatî vegeriya.
error-missing-code-next = Dîsa biceribînin.
error-port-in-use = Portê vegerê { $port } li ser vê komputerê jixwe tê bikaranîn.
error-port-in-use-next = Bernameya ku wî bikar tîne bigirin, an navnîşaneke vegerê ya din a qeydkirî hilbijêrin.
error-listener = Min nikarîbû li ser vê komputerê li benda gerokê bimînim.
error-listener-next = Dîsa biceribînin. Heke berdewam bike, komputerê ji nû ve vekin.
error-timeout = Gerok di wextê xwe de venegeriya.
error-timeout-next = Dîsa biceribînin: têketineke nû dê dest pê bike.
error-token-endpoint = Pêşkêşker têketin piştrast nekir.
error-token-endpoint-next = Yekser dîsa biceribînin: bersiva gerokê tenê çend saniyeyan derbasdar e.
error-id-token = Delîla nasnameyê ya ku pêşkêşker şand ne derbasdar e. Min ew red kir.
error-id-token-next = Tu nasname nayê nîşandan. Dîsa biceribînin; heke berdewam bike, divê pêşkêşker were ragihandin.
error-userinfo = Agahiyên nasnameyê yên ku pêşkêşker şandin ne derbasdar in. Min ew red kirin.
error-userinfo-next = Tu nasname nayê nîşandan. Dîsa biceribînin; heke berdewam bike, divê pêşkêşker were ragihandin.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Qediya. Hûn dikarin vê tabê bigirin û vegerin termînalê.
callback-failed = Têketin bi ser neket. Vegerin termînalê: alîkar ji we re rave dike ka divê hûn çi bikin.
callback-refused = Ev bersiv ne ya têketina ku niha didome ye. Vegerin termînalê.
logout-done = Hûn derketin. Hûn dikarin vê tabê bigirin û vegerin termînalê.

## Practice provider pages

practice-banner = Ceribandin: ev ne FranceConnect a rastîn e. Tiştek ji dewletê re nayê şandin.
practice-choose-doc-title = Têketin - Bijartina hesab
practice-connecting = Têketin li ser { $service } didome
practice-choose-title = Ji bo têketinê hesabekî hilbijêrin:
practice-aidants = Hûn alîkarekî profesyonel in? Aidants Connect bikar bînin
practice-login-title = Têketin li { $idp }
practice-account = Hesabê ceribandinê
practice-username = Navê bikarhêner
practice-password = Şîfre
practice-login-button = Têkevin
practice-wrong-password = Navê bikarhêner an şîfre şaş e.
practice-continue-doc-title = Têketin - Li ser xizmeta { $service } berdewam bikin
practice-as = Hûn ê bi vê nasnameyê têkevin:
practice-continue = Li ser { $service } berdewam bikin
practice-consent = Ez qebûl dikim ku FranceConnect daneyên min ji bo têketina min bişîne xizmetê
practice-consent-missing = Ji kerema xwe qutiyê nîşan bikin da ku şandina daneyan qebûl bikin
practice-error-doc-title = Çewtiya têketinê
practice-back = Vegerin ser { $service }
practice-error-title = Çewtiyek çêbû
practice-error-code = Çewtî { $code }
practice-error-body = Çewtiyek çêbû, ji kerema xwe paşê dîsa biceribînin
practice-help-page = Ji kerema xwe li rûpela alîkariyê ya FranceConnect binêrin.
practice-what-to-do = Çi divê bê kirin?
practice-contact = Bi me re têkilî daynin
practice-logged-out = Hûn ji FranceConnect derketin.
practice-not-found = Rûpel nehat dîtin
practice-account-typical = Mezinek ku li Fransayê ji dayik bûye
practice-account-several = Çend nav
practice-account-abroad = Kesek ku li derveyî welat ji dayik bûye
practice-account-temporary = Hejmara ewlehiya civakî ya demkî: têketin dê bi ser nekeve

## Plain mode

plain-invalid = Min fêm nekir. Hejmarekê ji 1 heta { $max } binivîsin, an tenê Enter.
input-hidden = Tiştê ku hûn dinivîsin nayê nîşandan.
choice-default = standard

## Command line

cli-see-help = Binêrin: fcguide --help
cli-missing-value = Piştî { $word } nirxek kêm e.
cli-unknown-option = Vebijarka nenas: { $word }
cli-bad-port = Portê nederbasdar: { $word }
cli-bad-wait = Demdirêjiya nederbasdar (bi deqîqe, ji 1 heta 1440): { $word }
cli-not-text = Argumentek ne nivîseke xwendbar e: { $word }
cli-switch-value = Ev vebijark nirxekê qebûl nake: { $word }
cli-bad-rules = --rules “franceconnect” (qaîdeyên platformê) an “oidc” (OpenID Connect a standard) qebûl dike: { $word }
cli-no-secret-option = Nepenî tu carî li ser rêzika fermanê nayê dayîn ({ $word }): bikarhênerên din dikarin wê bixwînin. Guherbara FCGUIDE_CLIENT_SECRET an pelê ~/.config/fcguide/client_secret (chmod 600) bikar bînin.
cli-unknown-provider = Pêşkêşkerê nenas: { $word }. practice, franceconnect-sandbox, franceconnect-integration an franceconnect hilbijêrin, an --issuer bidin.
cli-provider-and-issuer = An --provider an --issuer hilbijêrin, ne herduyan ({ $word }).
cli-unknown-language = Ev ziman tune: { $word }. Binêrin: fcguide --list-languages
cli-practice-port = Portê { $word } jixwe tê bikaranîn. Bi --port yekî din hilbijêrin, an --port nenivîsin.
cli-practice-started = Pêşkêşkerê ceribandinê dest pê kir (tenê li ser vê komputerê). Ctrl-C wî radiwestîne.
cli-bad-bidi = --bidi “program” (alîkar nivîsa ji rastê ber bi çepê ve rêz dike) an “terminal” (termînal vê dike) qebûl dike: { $word }
cli-bad-format = --format “html” (rûpelek ji bo çapkirinê) an “text” (nivîsa sade) qebûl dike: { $word }
cli-help =
    fcguide: bi FranceConnect têkevin, gav bi gav, bi zimanê xwe.

    Bikaranîn:
      fcguide [vebijark]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang ZIMAN] [--second-lang ZIMAN|none]
    {"                ["}--format html|text]

    Vebijark:
      --plain               moda rêz bi rêz (xwînerên ekranê, termînalên sade)
      --lang ZIMAN          ziman (fr, uk, en, kmr…); binêrin --list-languages
      --provider NAV        practice (standard), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          pêşkêşkerekî din ê OpenID Connect
      --client-id ID        client id ya xizmetê (an FCGUIDE_CLIENT_ID)
      --redirect-uri URL    navnîşana vegerê ya qeydkirî (http://localhost:PORT/rê),
                            bi FranceConnect re pêwîst e
      --rules NAV           franceconnect (qaîdeyên platformê, standard ji bo
                            hawirdorên wê) an oidc (standard bi --issuer re)
      --scopes "…"          daneyên tên xwestin (standard: nasnameya bingehîn û e-name)
      --idp-hint ID         ID ya pêşkêşkerekî nasnameyê ku platformê ji bo
                            vê xizmetê daye (wekî idp_hint tê şandin)
      --no-browser          gerokê venekin: navnîşanê nîşan bidin
      --wait DEQÎQE         li benda gerokê berî pirsînê (standard 5, ji 1 heta 1440)
      --bidi terminal       bila termînal nivîsa ji rastê ber bi çepê ve rêz bike
      --high-contrast       dîmena bi kontrasta bilind
      --second-lang ZIMAN   zimanê duyem ê dîmena duzimanî (standard: fransî)
      --speak               gavan bi deng bixwînin (spd-say an espeak-ng)
      --list-languages      zimanên berdest
      --help, --version

    Nepeniya xizmetê ji FCGUIDE_CLIENT_SECRET an ji pelê
    ~/.config/fcguide/client_secret (ku tenê hûn dikarin bixwînin) tê, tu carî ji rêzika fermanê nayê.
    fcguide sheet rûpela gavan ji bo çapkirinê dinivîse (html, standard) an wekî nivîsa sade.
    Kodên encamê: 0 têketî, 1 bi ser neket, 2 çewtiya bikaranînê, 3 betal bû.
more-below = ↓ Berdewam li jêr e: bişkoka Page Down.
more-above = ↑ Destpêk li jor e: bişkoka Page Up.
more-choices = ↕ Bijareyên din veşartî ne: bişkokên tîran.

## Printable sheet
# `fcguide sheet`: a sheet to print and take home. The steps' own messages make
# most of it; these are the words around them. Words between « » are the real
# site's and stay in French in every language.

sheet-title = FranceConnect, gav bi gav
sheet-intro = Rûpelên FranceConnect tenê bi fransî ne. Li vir peyvên wan ên tam hene, bi wergera wan. Tu carî şîfreyên xwe li vir nenivîsin.
sheet-bring-title = Divê çi bi we re be
sheet-bring-card = Carte Vitale ya we an belgeya mafan a sîgorteya tenduristiyê (attestation de droits).
sheet-bring-account = Navê bikarhêner û şîfreya hesabê we li ser yek ji van malperan:
sheet-bring-email = Gihîştina navnîşana we ya e-nameyê: malpera hesabê we dikare li wir ji we re binivîse.
sheet-steps-title = Gavên têketinê
sheet-step-start-title = Li ser malpera xizmetê
sheet-step-start = Li vê bişkoka şîn bigerin û lê bitikînin:
sheet-step-login = Li ser rûpela hesabê hilbijartî, navê bikarhêner û şîfreya xwe bi xwe binivîsin, paşê li vê bitikînin:
sheet-codes-title = Heke FranceConnect çewtiyekê nîşan bide
sheet-codes-intro = Koda ku piştî « Erreur » hatiye nivîsandin ji xwe re binivîsin û dema ku alîkarî dixwazin wê bidin. Wateya wê:
sheet-help-title = Alîkarî li ku heye
sheet-help-cpam = Ofîsa we ya sîgorteya tenduristiyê (CPAM): heke hejmara we bi 7 an 8 dest pê dike, an heke dosyeya we hîn didome.
sheet-help-contact = FranceConnect: lînka « Contactez-nous » li ser rûpela wê ya çewtiyê. Koda çewtiyê bidin.
sheet-helper-title = Ji bo kesê ku alîkariyê dike
sheet-helper-password = Tu carî şîfreya wê kesê nenivîsin, ne jî ji bo alîkariyê: ew kes bi xwe dinivîse.
sheet-helper-aidants = Ji bo ku li ser navê wê kesê kar bike, karmendekî perwerdekirî Aidants Connect bikar tîne, bi wekaletnameyeke ku ew kes îmze dike:
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = Hûn alîkarekî profesyonel in? Aidants Connect bikar bînin
