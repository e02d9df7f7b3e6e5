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

## Step 4: authenticate in the browser

auth-title = Kokota na navigateur
auth-failed-title = Kokota elongi te
auth-starting = Nazali kobongisa kokota…
auth-opened = Navigateur efungwami. Bozonga awa sima.
auth-not-opened = Navigateur efungwami te. Bofungola adresi oyo na navigateur moko ya ordinateur oyo:
auth-no-browser = Bofungola adresi oyo na navigateur moko ya ordinateur oyo:
auth-no-display = Navigateur ya bililingi ezali awa te. Bofungola adresi oyo na navigateur moko ya ordinateur oyo, ndakisa navigateur ya makomi:
auth-ssh = Bokoti na ordinateur oyo kowuta mosika (SSH). Banzela mibale: kofungola adresi na navigateur moko ya ordinateur oyo; to, na ordinateur na bino moko, kokoma commande oyo ezali na se, sima kofungola adresi na navigateur na bino.
auth-in-browser = Na navigateur: bopona { $idp }, bokoma kombo ya mosaleli mpe liloba ya sekele na bino, sima « Se connecter ».
auth-timed-out = Ntango oyo ebongisamaki eleki, kasi bokoki naino kosilisa na navigateur. Soki bosengeli na ntango mosusu, bopona “Kobakisa ntango”.
auth-checking = Navigateur ezongi. Nazali kotala idantite na bino…
auth-note = FranceConnect ekoluka idantite na bino na rejistre ya ekolo. Na nimero ya ntango moke, ekomonana te.
auth-note-register = Ntina oyo emonanaka mingi: naino nimero ya sekirite sosiale ya libela te. Bokoki kotala nimero na bino: bopona “Kotala nimero na ngai ya sekirite sosiale”.
help-auth = Navigateur emonisaka ba page ya FranceConnect. Soki eloko moko te efungwami, bokopia adresi oyo emonani. Bokoki kosenga kobakisa ntango mbala nyonso oyo esengeli.
help-auth-failed = Eponi moko na moko elobaka oyo esalaka. Komeka lisusu efungolaka navigateur lisusu. Mpo na kososola page ya libunga ya FranceConnect, bokoma code na yango. Mpo na kokomela FranceConnect: bouton « Contactez-nous » ya page na yango ya libunga, to site aide.franceconnect.gouv.fr.
choice-reopen = Kofungola navigateur lisusu
choice-more-time = Kobakisa ntango ({ $minutes ->
        [one] miniti { $minutes } lisusu
       *[other] miniti { $minutes } lisusu
    })
notice-more-time = Malamu: { $minutes ->
        [one] miniti { $minutes } lisusu.
       *[other] miniti { $minutes } lisusu.
    }
notice-more-time-until = Malamu: { $minutes ->
        [one] miniti { $minutes } lisusu
       *[other] miniti { $minutes } lisusu
    }, tii { $time }.
notice-reopened = Navigateur efungwami lisusu na page ya kokota.
notice-not-reopened = Navigateur efungwami te. Bofungola adresi bino moko.
choice-cancel = Koboya mpe kozonga na kopona compte
choice-retry = Komeka lisusu
choice-other-idp = Kopona compte mosusu
choice-read-code = Kokoma code ya page ya libunga ya FranceConnect
choice-code-again = Kokoma code mosusu
code-title = Page ya FranceConnect ezalaki koloba nini?
code-body = Soki page ezalaki koloba « Une erreur s’est produite », bokoma code oyo ekomami sima ya « Erreur » (ndakisa Y010008). Soki code ezalaki te, bofina kaka Enter.
code-input = Code ya page (ndakisa Y010008). Enter kaka: code te.
code-read = Code { $code }:
code-note = Code oyo esalisaka basalisi ya FranceConnect mpe CPAM na bino koyeba nini esalemaki. Bokoma yango esika moko. Mpo na kokomela FranceConnect: bouton « Contactez-nous » ya page na yango ya libunga, to site aide.franceconnect.gouv.fr.
help-code = Code ezali na page ya libunga ya FranceConnect, sima ya liloba « Erreur ». Ebandaka na Y, sima mitango to mikanda 6 to koleka (ndakisa Y010008 to Y04EA6EF). Eloko moko te oyo bokomi etindamaka.
code-y010008 = FranceConnect emoni idantite na bino te na rejistre ya ekolo (RNIPP). Ezali foti na bino te.
code-y010008-next = Ntina oyo emonanaka mingi: naino nimero ya sekirite sosiale ya libela te (nimero ya ntango moke, oyo ebandi na 7 to 8, to dosie oyo ezali naino kosalema). Botuna CPAM na bino nimero na bino ya libela ekomi wapi. Na ntango bozali kozela, bosalela compte ya site yango moko. Soki nimero na bino ezali kala ya libela, bosolola na FranceConnect na code oyo.
code-y010004 = Rejistre ya ekolo emoni idantite moko oyo ekokani na oyo ya compte na bino, kasi ekokani malamu te.
code-y010004-next = Bansango ya idantite na bino ekeseni kati na compte na bino mpe rejistre (kombo, bankombo, mokolo to esika ya kobotama). Bosolola na FranceConnect na code oyo mpo bakoka kobongisa yango.
code-y010006 = Rejistre ya ekolo emoni ba idantite mingi oyo ekoki kozala ya bino.
code-y010006-next = Esengeli kobongisa bansango na bino. Bosolola na FranceConnect na code oyo.
code-y010007 = Rejistre ya ekolo emoni bino kaka na kombo oyo bosalelaka (ndakisa kombo ya mobali to ya mwasi na bino ya libala).
code-y010007-next = Esengeli kobongisa bansango na bino. Bosolola na FranceConnect na code oyo.
code-register-technical = Rejistre ya ekolo ekokaki koyanola te: ezali mokakatano ya tekiniki, ezali foti na bino te.
code-register-technical-next = Bomeka lisusu na sima. Soki ekobi, bosolola na FranceConnect na code oyo.
code-y010015 = Rejistre ya ekolo endimaka lisusu te kokota na idantite oyo.
code-y010015-next = Bosolola na FranceConnect na code oyo: ekipe ekotala likambo na bino elongo na bino.
code-y030007 = Esengi oyo service etindaki ezalaki malamu te. Ezali foti na bino te.
code-y030007-next = Ezali mokakatano ya bobongisi ya service (to ya mosalisi oyo). Boyebisa yango na service na code oyo.
code-y190001 = Session esili to ebongi lisusu te: kokota ezwaki ntango molai mingi, to page etikalaki ya kofungwama ntango molai.
code-y190001-next = Bokanga onglet ya FranceConnect, sima bobanda lisusu: bopona Komeka lisusu.
code-unknown = Nayebi code oyo te.
code-unknown-next = Botala yango na page (Y mpe mitango to mikanda 6 to koleka na sima). Soki ezali malamu, bosolola na FranceConnect na code oyo.
code-none = Page emonisaki code te: mbala mosusu bozongaki sima liboso ya kokota.
code-none-next = Bokoki komeka lisusu, to kopona compte mosusu.

## Step 5: confirm

confirm-title = Botala idantite na bino
confirm-body = Botala soki idantite oyo ezali mpenza ya bino.
confirm-given = Bankombo: { $value }
confirm-family = Kombo ya kobotama: { $value }
confirm-birthdate = Mokolo ya kobotama: { $value }
months = sanza ya yambo, sanza ya mibale, sanza ya misato, sanza ya minei, sanza ya mitano, sanza ya motoba, sanza ya nsambo, sanza ya mwambe, sanza ya libwa, sanza ya zomi, sanza ya zomi na moko, sanza ya zomi na mibale
confirm-birthplace = Esika ya kobotama: code ya commune { $code }
confirm-born-abroad = Esika ya kobotama: libanda ya France (mokili { $country })
confirm-continue = Na site ya solo, page oyo ya suka emonisaka bankombo na bino mpe bouton ya bule. Ba guide ya kala babengaka yango « Bienvenue ».
confirm-consent = Ba service mosusu basengaka liboso kotia elembo na kare moko.
confirm-wrong = Ezali bino te? Bopona “Ezali ngai te”: idantite elongolami.
confirm-note = Idantite oyo euti na rejistre ya ekolo, na lisalisi ya nimero na bino ya sekirite sosiale ya libela.
help-confirm = Botala molongo moko na moko. Soki nyonso ezali malamu, bondima. Eloko moko te ebombami na ordinateur oyo. Nsango moko ezali malamu te? Bosolola na biro ya compte oyo bosalelaki. FranceConnect etindelaka bino e-mail kaka soki kokota moko emonani lokola ya momesano te.
choice-confirm-yes = Iyo, ezali ngai
choice-not-me = Ezali ngai te

## Step 6: done

done-title = Bokoti na FranceConnect
done-title-logged-out = Bobimi na FranceConnect
done-connected = Kokota endimami.
done-logged-out = Bobimi na FranceConnect.
done-services = Ba service oyo endimaka FranceConnect ezali na liste awa:
done-help = Bosengeli na lisalisi? Biro ya France Services pene na bino ekoki kosalisa bino.
done-note = Bobatela nimero na bino ya sekirite sosiale ya libela: esalelamaka mbala nyonso bokokota.
help-done = Kosukisa ekangaka mosalisi. Kobima ekangaka mpe session ya FranceConnect na navigateur. Bosengeli na lisalisi? Biro ya France Services pene na bino ekoki kosalisa bino.
choice-finish = Kosukisa
choice-logout = Kobima na FranceConnect
end-connected = Suka ya mosalisi: bokoti.
end-failed = Suka ya mosalisi: kokota elongi te.
end-cancelled = Suka ya mosalisi.

## Errors

error-code = Code ya kopesa basalisi: { $code }
error-check = Botali oyo elongi te: { $check }
error-config-client-id = Kombo ya service (client id) ebongisami te mpo na mopesi oyo.
error-config-client-id-next = Bopesa yango na --client-id to na variable FCGUIDE_CLIENT_ID, to bosalela mopesi ya komeka.
error-config-secret = Sekele ya service ezali te.
error-config-secret-next = Botia yango na variable FCGUIDE_CLIENT_SECRET to na fisye ya configuration (oyo bino moko kaka bokoki kotanga).
error-config-secret-file-open = Bato mosusu bakoki kotanga fisye ya sekele ({ $file }): naboyi kosalela yango.
error-config-secret-file-open-next = Bosala ete bino moko kaka bokoka kotanga yango: chmod 600 { $file }
error-config-secret-file = Fisye ya sekele ({ $file }) ekoki kotangama te.
error-config-secret-file-next = Botala nzela na yango mpe ba droits na yango.
error-config-redirect-uri = Adresi ya kozonga (--redirect-uri) ebongi te.
error-config-redirect-uri-next = Esengeli ezala lokola http://localhost:PORT/nzela to http://127.0.0.1:PORT/nzela, ndenge kaka ekomamaki.
error-config-redirect-required = Mpo na FranceConnect, esengeli adresi ya kozonga oyo ekomamaki mpo na service oyo (--redirect-uri).
error-config-redirect-required-next = FranceConnect endimaka kaka adresi ya solo oyo ekomamaki. Bokoma adresi moko na ordinateur oyo na port oyo ebongwanaka te, ndakisa http://localhost:8400/callback, sima bopesa yango na --redirect-uri.
error-config-issuer = Adresi ya mopesi ebongi te.
error-config-issuer-next = Bopesa adresi https mobimba, to bopona mopesi oyo ebongisami kala.
error-unreachable = Mopesi azali koyanola te.
error-unreachable-next = Botala internet, sima bomeka lisusu. Soki internet ezali te, bosalela mopesi ya komeka.
error-discovery = Mopesi apesi configuration oyo ekoki kotangama te to oyo ezali ya ye te.
error-discovery-next = Botala adresi ya mopesi. Soki ezali malamu, bomeka lisusu na sima.
error-insecure = Adresi ya mopesi ebatelami na sekele te (http).
error-insecure-next = Bosalela adresi https. http endimami kaka na ordinateur oyo (127.0.0.1).
error-identity-not-found = FranceConnect emoni idantite na bino te na rejistre ya ekolo.
error-identity-not-found-next = Ntina oyo emonanaka mingi: nimero ya sekirite sosiale ya ntango moke, to naino nimero ya libela te. Botuna CPAM na bino. Soki nimero na bino ezali ya libela, bosolola na FranceConnect na code oyo ezali na se.
error-access-denied = Kokota elongi te: FranceConnect ezongisi idantite moko te.
error-access-denied-next = Yango esalemaka soki bozongaki sima, to soki FranceConnect emonisaki page ya libunga (« Une erreur s’est produite »). Soki page emonisaki « Erreur » mpe code na sima, bopona kokoma code yango: nakolimbola yango.
error-invalid-idp-hint = Compte oyo ekoki kopononama awa te mpo na service oyo.
error-invalid-idp-hint-next = Bopona compte mosusu, to bomeka lisusu: bokopona na navigateur.
error-invalid-request = Mopesi aboyi esengi.
error-invalid-request-next = Ezali mokakatano ya bobongisi ya service, ezali ya compte na bino te. Bomeka lisusu na sima to boyebisa yango.
error-server-error = Mopesi azali na mokakatano ya tekiniki.
error-server-error-next = Bokanga onglet ya navigateur mpe bomeka lisusu. Soki page ya FranceConnect emonisaki « Erreur » mpe code na sima, bopona kokoma code yango: nakolimbola yango.
error-temporarily-unavailable = Mopesi azali te mpo na sikoyo.
error-temporarily-unavailable-next = Bomeka lisusu nsima ya miniti mwa moke. Soki page ya FranceConnect emonisaki « Erreur » mpe code na sima, bopona kokoma code yango: nakolimbola yango.
error-refused = Mopesi aboyi kokota.
error-refused-next = Bomeka lisusu, to bopona compte mosusu.
error-callback-issuer = Eyano euti te epai ya mopesi oyo tozalaki kozela. Naboyi yango.
error-callback-issuer-next = Bokanga ba onglet mosusu ya kokota mpe bomeka lisusu.
error-callback-issuer-missing = Eyano elobi te euti epai ya mopesi nini, nzokande mopesi oyo alobaka yango ntango nyonso. Naboyi yango.
error-callback-issuer-missing-next = Bokanga ba onglet mosusu ya kokota mpe bomeka lisusu.
error-missing-code = Navigateur ezongi kozanga eyano oyo ekoki kosalelama.
error-missing-code-next = Bomeka lisusu.
error-port-in-use = Port ya kozonga { $port } ezwami kala na ordinateur oyo.
error-port-in-use-next = Bokanga programme oyo ezali kosalela yango, to bopona adresi mosusu ya kozonga oyo ekomamaki.
error-listener = Nakokaki te kozela kozonga ya navigateur na ordinateur oyo.
error-listener-next = Bomeka lisusu. Soki ekobi, bokanga ordinateur mpe bofungola yango lisusu.
error-timeout = Navigateur ezongi na ntango te.
error-timeout-next = Bomeka lisusu: kokota ya sika ekobanda.
error-token-endpoint = Mopesi andimisi kokota te.
error-token-endpoint-next = Bomeka lisusu sikoyo: eyano ya navigateur ebongi kaka mpo na sekonde mwa moke.
error-id-token = Elembo ya idantite oyo mopesi atindi ebongi te. Naboyi yango.
error-id-token-next = Idantite moko te emonisami. Bomeka lisusu; soki ekobi, esengeli koyebisa likambo ya mopesi.
error-userinfo = Bansango ya idantite oyo mopesi atindi ebongi te. Naboyi yango.
error-userinfo-next = Idantite moko te emonisami. Bomeka lisusu; soki ekobi, esengeli koyebisa likambo ya mopesi.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Esili. Bokoki kokanga onglet oyo mpe kozonga na terminal.
callback-failed = Kokota elongi te. Bozonga na terminal: mosalisi akolimbolela bino nini ya kosala.
callback-refused = Eyano oyo ekokani te na kokota oyo ezali kosalema. Bozonga na terminal.
logout-done = Bobimi. Bokoki kokanga onglet oyo mpe kozonga na terminal.

## Practice provider pages

practice-banner = Komeka: oyo ezali FranceConnect ya solo te. Eloko moko te etindami na Leta.
practice-choose-doc-title = Kokota - Kopona compte
practice-connecting = Kokota ezali kosalema na { $service }
practice-choose-title = Bopona compte moko mpo na kokota:
practice-aidants = Bozali mosalisi ya mosala? Bosalela Aidants Connect
practice-login-title = Kokota na { $idp }
practice-account = Compte ya komeka
practice-username = Kombo ya mosaleli
practice-password = Liloba ya sekele
practice-login-button = Kokota
practice-wrong-password = Kombo ya mosaleli to liloba ya sekele ezali malamu te.
practice-continue-doc-title = Kokota - Kokoba na service { $service }
practice-as = Bokokota lokola:
practice-continue = Kokoba na { $service }
practice-consent = Nandimi ete FranceConnect etinda bansango na ngai epai ya service mpo nakota
practice-consent-missing = Tobondeli bino, botia elembo na kare mpo na kondima kotinda bansango
practice-error-doc-title = Libunga ya kokota
practice-back = Kozonga na { $service }
practice-error-title = Libunga moko esalemi
practice-error-code = Libunga { $code }
practice-error-body = Libunga moko esalemi, tobondeli bino bomeka lisusu na sima
practice-help-page = Tobondeli bino, botala page ya lisalisi ya FranceConnect.
practice-what-to-do = Nini ya kosala?
practice-contact = Bosolola na biso
practice-logged-out = Bobimi na FranceConnect.
practice-not-found = Page emonani te
practice-account-typical = Moto mokolo, abotama na France
practice-account-several = Bankombo mingi
practice-account-abroad = Moto oyo abotama na mboka mopaya
practice-account-temporary = Nimero ya sekirite sosiale ya ntango moke: kokota ekolonga te

## Plain mode

plain-invalid = Nasosoli te. Bokoma nimero kobanda 1 tii { $max }, to Enter kaka.
input-hidden = Oyo bokomi emonanaka te.
choice-default = ya momesano

## Command line

cli-see-help = Botala: fcguide --help
cli-missing-value = Motuya moko ezangi sima ya { $word }.
cli-unknown-option = Option oyo eyebani te: { $word }
cli-bad-port = Port ebongi te: { $word }
cli-bad-wait = Ntango ebongi te (na miniti, kobanda 1 tii 1440): { $word }
cli-not-text = Argument moko ezali makomi oyo ekoki kotangama te: { $word }
cli-switch-value = Option oyo ezwaka motuya te: { $word }
cli-bad-rules = --rules ezwaka “franceconnect” (mibeko ya plateforme) to “oidc” (OpenID Connect ya momesano): { $word }
cli-no-secret-option = Sekele epesamaka ata moke te na ligne de commande ({ $word }): basaleli mosusu bakoki kotanga yango. Bosalela variable FCGUIDE_CLIENT_SECRET to fisye ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Mopesi oyo ayebani te: { $word }. Bopona practice, franceconnect-sandbox, franceconnect-integration to franceconnect, to bopesa --issuer.
cli-provider-and-issuer = Bopona --provider to --issuer, kasi mibale te ({ $word }).
cli-unknown-language = Lokota oyo ezali te: { $word }. Botala: fcguide --list-languages
cli-practice-port = Port { $word } ezwami kala. Bopona mosusu na --port, to botia --port te.
cli-practice-started = Mopesi ya komeka abandi (kaka na ordinateur oyo). Ctrl-C ekatisaka ye.
cli-bad-bidi = --bidi ezwaka “program” (mosalisi atii makomi ya loboko ya mobali kino ya mwasi na molongo) to “terminal” (terminal esalaka yango): { $word }
cli-bad-format = --format ezwaka “html” (page ya kobimisa na papye) to “text” (makomi ya pete): { $word }
cli-help =
    fcguide: kokota na FranceConnect, eteni na eteni, na lokota na bino.

    Bosaleli:
      fcguide [options]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LOKOTA] [--second-lang LOKOTA|none]
    {"                ["}--format html|text]

    Options:
      --plain               mode ya molongo na molongo (batangi ya ekran,
                            terminal ya pete)
      --lang LOKOTA         lokota (fr, uk, en…); botala --list-languages
      --provider KOMBO      practice (ya momesano), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          mopesi mosusu ya OpenID Connect
      --client-id ID        kombo ya service (to FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adresi ya kozonga oyo ekomamaki (http://localhost:PORT/nzela),
                            esengeli na FranceConnect
      --rules KOMBO         franceconnect (mibeko ya plateforme, ya momesano mpo na
                            bisika na yango) to oidc (ya momesano na --issuer)
      --scopes "…"          bansango oyo esengami (ya momesano: idantite pivot mpe e-mail)
      --idp-hint ID         kombo ya mopesi idantite oyo plateforme epesaki
                            mpo na service oyo (etindami lokola idp_hint)
      --no-browser          kofungola navigateur te: komonisa adresi
      --wait MINITI         kozela navigateur liboso ya kotuna (5 ya momesano, 1 tii 1440)
      --bidi terminal       kondima ete terminal ebongisa makomi ya loboko
                            ya mobali kino ya mwasi
      --high-contrast       thème ya langi ekeseni makasi
      --second-lang LOKOTA  lokota ya mibale ya vue ya nkota mibale
                            (lifalanse ya momesano)
      --speak               kotanga ba eteni na mongongo (spd-say to espeak-ng)
      --list-languages      nkota oyo ezali
      --help, --version

    Sekele ya service euti na FCGUIDE_CLIENT_SECRET to na fisye
    ~/.config/fcguide/client_secret (bino moko kaka bokoki kotanga),
    ata moke te na ligne de commande.
    fcguide sheet ekomaka lokasa ya ba eteni mpo na kobimisa na papye
    (html, ya momesano) to na makomi ya pete.
    Ba code ya suka: 0 bokoti, 1 elongi te, 2 libunga ya bosaleli, 3 eboyami.
more-below = ↓ Oyo etikali ezali na se: touche Page Down.
more-above = ↑ Ebandeli ezali likolo: touche Page Up.
more-choices = ↕ Ba eponi mosusu emonani te: ba touche flèches.

## Printable sheet

sheet-title = FranceConnect, eteni na eteni
sheet-intro = Ba page ya FranceConnect ezali kaka na lifalanse. Tala maloba na yango mpenza, elongo na libongoli na yango. Bokoma ba liloba ya sekele na bino awa ata moke te.
sheet-bring-title = Oyo esengeli kozala na yango
sheet-bring-card = Carte Vitale na bino to mokanda ya Assurance maladie (attestation de droits).
sheet-bring-account = Kombo ya mosaleli mpe liloba ya sekele ya compte na bino na moko ya ba site oyo:
sheet-bring-email = Kokota na adresi na bino ya e-mail: site ya compte na bino ekoki kokomela bino kuna.
sheet-steps-title = Ba eteni
sheet-step-start-title = Na site ya service
sheet-step-start = Boluka bouton oyo ya bule mpe bofina yango:
sheet-step-login = Na page ya compte oyo boponi, bokoma bino moko kombo ya mosaleli mpe liloba ya sekele na bino, sima bofina:
sheet-codes-title = Soki FranceConnect emonisi libunga
sheet-codes-intro = Bokoma code oyo ezali sima ya « Erreur » mpe bopesa yango ntango bozali kosenga lisalisi. Ndimbola na yango:
sheet-help-title = Esika ya kozwa lisalisi
sheet-help-cpam = Caisse ya Assurance maladie na bino (CPAM): soki nimero na bino ebandi na 7 to 8, to soki dosie na bino ezali naino kosalema.
sheet-help-contact = FranceConnect: lien « Contactez-nous » (Bosolola na biso) ya page na yango ya libunga. Bopesa code ya libunga.
sheet-helper-title = Mpo na moto oyo azali kosalisa
sheet-helper-password = Bokoma liloba ya sekele ya moto yango ata moke te, ata mpo na kosalisa ye: ye moko akokoma yango.
sheet-helper-aidants = Mpo na kosala na kombo na ye, mosali oyo ateyami asalelaka Aidants Connect, na mandat oyo moto yango asinyi:
sheet-words-aidants = Bozali mosalisi ya mosala? Bosalela Aidants Connect
