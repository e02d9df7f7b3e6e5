language-name = Lingála
language-name-en = Lingala
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = naino etalami te na moto oyo lokota yango ezali lokota ya mama na ye
language-no-voice = mongongo ya kotanga ezali te

## Around every step

progress = Eteni { $step } kati na { $total }
practice-mark = Komeka: mopesi ya komeka, FranceConnect ya solo te
note-label = Ya ntina:
help-label = Lisalisi:
french-label = Na lifalanse:
keys-tui = Flèches to nimero: kopona · Enter: kondima · Esc: kozonga · ?: lisalisi · L: lokota · B: nkota mibale · F: kobalusa · Q: kotika
keys-input = Enter: kondima · Esc: kozonga · F1: lisalisi
keys-input-nir = Enter: kotala · Esc: kozonga · F1: lisalisi · F2: komonisa to kosweka mitango
keys-plain = Bokoma nimero moko, sima Enter. Enter kaka: eponi oyo epesami. Zero: kozonga. h: lisalisi. l: lokota. q: kotika.
keys-short = ?: lisalisi · Q: kotika
prompt = Eponi
prompt-default = Enter kaka: { $choice }
still-waiting = Nazali kaka kozela eyano ya navigateur. Bokoki kokoba na navigateur, to kokoma eponi moko.
too-small = Fenêtre ezali moke mingi. Bokomisa yango monene, to bofungola fcguide --plain.
connected-mark = [FranceConnect ✓] Bokoti
help-keys = Ba touche: Enter ezwaka eponi oyo epesami. Esc, Backspace to zero ezongisaka sima. L ebongolaka lokota kozanga kobungisa esika bokomi. B emonisaka lokota ya mibale na se ya makomi nyonso; F ebalusaka nkota mibale. V etangaka ba eteni na mongongo, to ekatisaka mongongo. Na mode ya molongo na molongo: h mpo na lisalisi, b, f mpe v lokola ba touche yango.
help-practice = Komeka: awa, mopesi azali mopesi ya komeka na ordinateur oyo, FranceConnect ya solo te. Eloko moko te etindami na Leta.
speech-on = Kotanga na mongongo: efungwami.
speech-off = Kotanga na mongongo: ekatami.
speech-unavailable = Programme ya kotanga na mongongo etiami te (spd-say to espeak-ng): mosalisi akobi kozanga mongongo.
more-below = ↓ Oyo etikali ezali na se: touche Page Down.
more-above = ↑ Ebandeli ezali likolo: touche Page Up.
more-choices = ↕ Ba eponi mosusu emonani te: ba touche flèches.

## Words of the real site

fr-words-button = Komilakisa na FranceConnect
fr-words-choose = Bopona compte moko mpo na kokota:
fr-words-login = Kokota
fr-words-as = Bokokota lokola:
fr-words-continue = Kokoba na { $service }
fr-words-consent = Nandimi ete FranceConnect etinda bansango na ngai epai ya service mpo nakota
fr-words-error = Libunga moko esalemi
fr-words-code = Libunga Y010008
fr-words-what-to-do = Nini ya kosala?
fr-words-back = Kozonga na { $service }

## Step 1: language

language-title = Bopona lokota na bino
language-body = Mosalisi oyo alobaka lokota na bino. Amonisaka mpe maloba ya lifalanse oyo bokomona na site ya solo.
language-note = Mpo na FranceConnect, esengeli nimero ya sekirite sosiale ya France ya libela. Tokolimbola yango.
help-language = Bopona lokota oyo botangaka malamu koleka. Bokoki kobongola yango ntango nyonso na touche L. Bokoki mpe kokoma ebandeli ya kombo ya lokota mpo na kozwa yango.

## Step 2: welcome and prerequisite

welcome-title = FranceConnect ezali nini?
welcome-what = FranceConnect ezali ofele: compte moko kaka mpo na ba service mingi ya leta na internet (mpako, bokolongono, kozanga mosala…).
welcome-need = Esengeli nimero ya sekirite sosiale ya libela: FranceConnect etalaka idantite na bino na rejistre ya ekolo (RNIPP).
welcome-where = Nimero oyo ezali na mitango 15: ekomami na carte Vitale na bino mpe na mokanda ya Assurance maladie (attestation de droits).
welcome-without = Naino nimero te, to nimero ya ntango moke (ebandaka na 7 to 8)? FranceConnect ekosala naino te: botuna CPAM na bino. Na ntango bozali kozela, bosalela compte ya site.
welcome-note = Soki nimero ya sekirite sosiale ya libela ezali te, kokota ekolonga te. Nimero ya ntango moke (oyo ebandi na 7 to 8) ekoki te.
help-welcome = Kokoba ememaka na kopona compte. Bokoki liboso kotala lolenge ya nimero na bino: kotala esalemaka kaka na ordinateur oyo, eloko moko te etindami, eloko moko te ebombami.
choice-continue = Kokoba
choice-check-nir = Kotala nimero na ngai ya sekirite sosiale
choice-check-again = Kotala nimero mosusu
choice-back = Kozonga
choice-quit = Kotika

## Number check

nir-title = Kotala nimero na ngai ya sekirite sosiale
nir-body = Bokoma mitango 15, elongo na mitango 2 ya kontrole na suka. Nimero etikalaka na ordinateur oyo: etindami te, ebombami te, mpe ekolongolama sima ya kotala.
nir-input = Nimero ya sekirite sosiale (mitango 15). Enter kaka: koleka.
nir-show-digits = s sima Enter: komonisa mitango
nir-read-back = Bokomi: { $number }
nir-permanent = Nimero oyo ekomami malamu mpe ezali ya libela. FranceConnect ekoki kosala.
nir-permanent-abroad = Nimero oyo ekomami malamu mpe ezali ya libela (moto abotama libanda ya France). FranceConnect ekoki kosala.
nir-temporary = Oyo ezali nimero ya ntango moke: ebandi na 7 to 8. FranceConnect ekosala te na nimero oyo. Botuna CPAM na bino nimero na bino ya libela.
nir-wrong-key = Mitango 2 ya kontrole (mitango 2 ya suka) ekokani te na nimero oyo etikali. Botala motango moko na moko na carte Vitale na bino.
nir-missing-key = Mitango 2 ya kontrole ezangi: bobakisa mitango 2 ya suka (ezali na carte Vitale na bino, sima ya 13 ya liboso).
nir-malformed = Oyo ezali lolenge ya nimero ya sekirite sosiale te. Esengeli bilembo 15; ya liboso ezali 1 to 2 (7 to 8 mpo na nimero ya ntango moke).
nir-note = Nimero ya libela ebandaka na 1 to 2. Ezali yango nde rejistre ya ekolo eyebi.
nir-note-temporary = Na nimero ya ntango moke, FranceConnect ekomonisa page « Une erreur s’est produite » na « Erreur Y010008 ». Ezali foti na bino te: esengeli kozela nimero ya libela.
help-nir = Kotala etalaka kaka lolenge ya nimero mpe mitango 2 ya kontrole. Elobaka te soki rejistre eyebi bino kala.

## Step 3: choose an identity provider

idp-title = Kopona compte
idp-body = Esengeli bozala kala na compte na moko ya ba site oyo. Bopona moko.
idp-after-not-me = Bolobi ete idantite oyo emonisamaki ezali ya bino te. Elongolami. Bopona compte mosusu, to botuna lisalisi.
idp-note = Likambo ya ntina: idantite na bino esengeli kozala na rejistre ya ekolo. Bato bakotaka kuna na nimero ya sekirite sosiale ya libela.
help-idp = Bopona site esika bozali kala na kombo ya mosaleli (identifiant) mpe liloba ya sekele (mot de passe). Soki bozali na yango te, oyo ya pete mbala mingi ezali ameli.fr (Assurance maladie) to impots.gouv.fr. Bozali mosali ya mosala oyo azali kosalisa moto oyo? Bokoma liloba ya sekele na ye na esika na ye ata mokolo moko te: ye moko akokoma yango. Mpo na kosala na kombo na ye, Aidants Connect ezali.
idp-impots-who = Moto nyonso oyo ayebisaka mbongo na ye ya kozwa na France. Esengeli nimero ya mpako (numéro fiscal).
idp-ameli-who = Moto nyonso oyo azali na Assurance maladie. Esengeli nimero ya sekirite sosiale.
idp-laposte-who = Moto nyonso oyo akokisi mbula 18 mpe azali na mokanda ya idantite ya France to mokanda ya kofanda (titre de séjour). Esengeli telefone ya maboko.
idp-msa-who = Bato oyo bazali na Mutualité sociale agricole (bato ya bilanga mpe ya bibwele).
idp-france-identite-who = Bato oyo bazali na carte d'identité ya sika ya France mpe telefone oyo ekoki na yango.
idp-yris-who = Moto nyonso oyo akokisi mbula 18 mpe azali na mokanda ya idantite. Esengeli telefone ya maboko.
idp-trustme-who = Moto nyonso oyo akokisi mbula 18 mpe azali na mokanda ya idantite. Esengeli telefone ya maboko mpe application TrustMe.

## Plain mode

plain-invalid = Nasosoli te. Bokoma nimero kobanda 1 tii { $max }, to Enter kaka.
input-hidden = Oyo bokomi emonanaka te.
choice-default = ya momesano

