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
more-below = ↓ Berdewam li jêr e: bişkoka Page Down.
more-above = ↑ Destpêk li jor e: bişkoka Page Up.
more-choices = ↕ Bijareyên din veşartî ne: bişkokên tîran.

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

## Plain mode

plain-invalid = Min fêm nekir. Hejmarekê ji 1 heta { $max } binivîsin, an tenê Enter.
input-hidden = Tiştê ku hûn dinivîsin nayê nîşandan.
choice-default = standard

