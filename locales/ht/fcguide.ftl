language-name = Kreyòl ayisyen
language-name-en = Haitian Creole
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = poko revize pa yon moun ki pale l kòm lang manman
language-no-voice = pa gen vwa pou li a wot vwa

## Around every step

progress = Etap { $step } sou { $total }
practice-mark = Pratik: yon founisè pou egzèse, se pa vrè FranceConnect la
note-label = Enpòtan:
help-label = Èd:
french-label = An franse:
keys-tui = Flèch oswa nimewo: chwazi · Enter: valide · Esc: retounen · ?: èd · L: lang · B: de lang · F: ranvèse · Q: kite
keys-input = Enter: valide · Esc: retounen · F1: èd
keys-input-nir = Enter: verifye · Esc: retounen · F1: èd · F2: montre oswa kache chif yo
keys-plain = Tape yon nimewo, epi Enter. Enter sèlman: chwa ki pwopoze a. Zewo: retounen. h: èd. l: lang. q: kite.
keys-short = ?: èd · Q: kite
prompt = Chwa
prompt-default = Enter sèlman: { $choice }
still-waiting = M ap tann navigatè a toujou. Ou ka kontinye nan navigatè a, oswa tape yon chwa.
too-small = Fenèt la twò piti. Fè l vin pi gran, oswa lanse fcguide --plain.
connected-mark = [FranceConnect ✓] Konekte
help-keys = Touch: Enter pran chwa ki pwopoze a. Esc, Backspace oswa zewo fè ou retounen. L chanje lang nan san ou pa pèdi kote ou rive. B montre yon dezyèm lang anba chak tèks; F ranvèse de lang yo. V li etap yo a wot vwa, oswa kanpe vwa a. Nan mòd liy pa liy: h pou èd, b, f ak v menm jan ak touch sa yo.
help-practice = Pratik: isit la, founisè a se yon founisè pou egzèse sou òdinatè sa a, se pa vrè FranceConnect la. Anyen pa voye bay Leta.
speech-on = Lekti a wot vwa: limen.
speech-off = Lekti a wot vwa: etenn.
speech-unavailable = Pa gen okenn pwogram pou li a wot vwa ki enstale (spd-say oswa espeak-ng): asistan an kontinye san vwa.

## Words of the real site

fr-words-button = Idantifye tèt ou ak FranceConnect
fr-words-choose = Chwazi yon kont pou konekte:
fr-words-login = Konekte
fr-words-as = Ou pral konekte kòm:
fr-words-continue = Kontinye sou { $service }
fr-words-consent = Mwen dakò pou FranceConnect voye done mwen yo bay sèvis la pou l konekte mwen
fr-words-error = Gen yon erè ki fèt
fr-words-code = Erè Y010008
fr-words-what-to-do = Kisa pou m fè?
fr-words-back = Retounen sou { $service }

## Step 1: language

language-title = Chwazi lang ou
language-body = Asistan an pale lang ou. Li montre ou tou mo an franse ou pral wè sou vrè sit la.
language-note = Pou FranceConnect, ou bezwen yon nimewo sekirite sosyal franse ki pèmanan. N ap esplike sa.
help-language = Chwazi lang ou li pi byen an. Ou ka chanje l nenpòt ki lè ak touch L. Ou ka tape kòmansman non yon lang tou pou jwenn li.

## Step 2: welcome and prerequisite

welcome-title = Kisa FranceConnect ye?
welcome-what = FranceConnect gratis: yon sèl kont pou anpil sèvis piblik sou entènèt (enpo, sante, chomaj…).
welcome-need = Ou bezwen yon nimewo sekirite sosyal pèmanan: FranceConnect verifye idantite ou nan rejis nasyonal la (RNIPP).
welcome-where = Nimewo sa a gen 15 chif: li sou carte Vitale ou ak sou papye Asirans maladi a (attestation de droits).
welcome-without = Poko gen nimewo, oswa yon nimewo pwovizwa (ki kòmanse ak 7 oswa 8)? FranceConnect poko ka mache: mande CPAM ou. Pandan w ap tann, sèvi ak kont sit la.
welcome-note = San nimewo sekirite sosyal pèmanan, koneksyon an pa mache. Yon nimewo pwovizwa (ki kòmanse ak 7 oswa 8) pa ase.
help-welcome = Kontinye mennen ou nan chwa kont lan. Ou ka verifye fòm nimewo ou anvan: verifikasyon an fèt sou òdinatè sa a sèlman, anyen pa voye, anyen pa anrejistre.
choice-continue = Kontinye
choice-check-nir = Verifye nimewo sekirite sosyal mwen
choice-check-again = Verifye yon lòt nimewo
choice-back = Retounen
choice-quit = Kite

## Number check

nir-title = Verifye nimewo sekirite sosyal mwen
nir-body = Tape 15 chif yo, ansanm ak 2 chif kontwòl ki nan bout la. Nimewo a rete sou òdinatè sa a: li pa voye, li pa anrejistre, epi li efase apre verifikasyon an.
nir-input = Nimewo sekirite sosyal (15 chif). Enter sèlman: sote.
nir-show-digits = s epi Enter: montre chif yo
nir-read-back = Ou tape: { $number }
nir-permanent = Nimewo sa a byen fòme e li pèmanan. FranceConnect ka mache.
nir-permanent-abroad = Nimewo sa a byen fòme e li pèmanan (moun ki fèt andeyò Lafrans). FranceConnect ka mache.
nir-temporary = Sa se yon nimewo pwovizwa: li kòmanse ak 7 oswa 8. FranceConnect p ap mache ak nimewo sa a. Mande CPAM ou nimewo pèmanan ou.
nir-wrong-key = 2 chif kontwòl yo (2 dènye chif yo) pa koresponn ak rès nimewo a. Verifye chak chif sou carte Vitale ou.
nir-missing-key = 2 chif kontwòl yo manke: ajoute 2 dènye chif yo (yo sou carte Vitale ou, apre 13 premye yo).
nir-malformed = Sa a pa gen fòm yon nimewo sekirite sosyal. Li bezwen 15 karaktè; premye a se 1 oswa 2 (7 oswa 8 pou yon nimewo pwovizwa).
nir-note = Nimewo pèmanan an kòmanse ak 1 oswa 2. Se li rejis nasyonal la konnen.
nir-note-temporary = Avèk yon nimewo pwovizwa, FranceConnect ap montre yon paj « Une erreur s’est produite » ak « Erreur Y010008 ». Se pa fòt ou: fòk ou tann nimewo pèmanan an.
help-nir = Verifikasyon an gade sèlman fòm nimewo a ak 2 chif kontwòl li yo. Li pa di si rejis la deja konnen ou.

## Step 3: choose an identity provider

idp-title = Chwazi yon kont
idp-body = Ou dwe deja gen yon kont sou youn nan sit sa yo. Chwazi youn.
idp-after-not-me = Ou te di idantite yo te montre a pa t pou ou. Li efase. Chwazi yon lòt kont, oswa mande èd.
idp-note = Sa ki enpòtan: idantite ou dwe nan rejis nasyonal la. Ou antre ladan l ak yon nimewo sekirite sosyal pèmanan.
help-idp = Chwazi sit kote ou deja gen yon idantifyan ak yon modpas. Si ou pa gen okenn, sa ki pi senp souvan se ameli.fr (Asirans maladi) oswa impots.gouv.fr. Ou se yon pwofesyonèl k ap ede moun sa a? Pa janm tape modpas li pou li: se li menm ki tape l. Pou aji nan non l, gen Aidants Connect.
idp-impots-who = Tout moun ki deklare revni yo an Frans. Ou bezwen nimewo fiskal ou.
idp-ameli-who = Tout moun ki gen Asirans maladi franse. Ou bezwen nimewo sekirite sosyal ou.
idp-laposte-who = Tout granmoun ki gen yon pyès idantite franse oswa yon kat sejou. Ou bezwen yon telefòn pòtab.
idp-msa-who = Moun ki asire nan Mutualité sociale agricole (moun k ap travay latè).
idp-france-identite-who = Moun ki gen nouvo kat idantite franse a ak yon telefòn ki mache avè l.
idp-yris-who = Tout granmoun ki gen yon pyès idantite. Ou bezwen yon telefòn pòtab.
idp-trustme-who = Tout granmoun ki gen yon pyès idantite. Ou bezwen yon telefòn pòtab ak aplikasyon TrustMe.

## Step 4: authenticate in the browser

auth-title = Konekte nan navigatè a
auth-failed-title = Koneksyon an pa t reyisi
auth-starting = M ap prepare koneksyon an…
auth-opened = Navigatè a louvri. Retounen isit la apre.
auth-not-opened = Navigatè a pa t louvri. Louvri adrès sa a nan yon navigatè sou òdinatè sa a:
auth-no-browser = Louvri adrès sa a nan yon navigatè sou òdinatè sa a:
auth-no-display = Pa gen navigatè grafik isit la. Louvri adrès sa a nan yon navigatè sou òdinatè sa a, pa egzanp yon navigatè tèks:
auth-ssh = Ou konekte ak òdinatè sa a a distans (SSH). De fason pou kontinye: louvri adrès la nan yon navigatè sou òdinatè sa a; oswa, sou pwòp òdinatè pa ou, tape kòmand ki anba a, epi louvri adrès la nan navigatè ou.
auth-in-browser = Nan navigatè a: chwazi { $idp }, tape idantifyan ou ak modpas ou, epi « Se connecter ».
auth-timed-out = Tan ki te prevwa a pase, men ou ka fini nan navigatè a toujou. Si ou bezwen plis tan, chwazi “Plis tan”.
auth-checking = Navigatè a tounen. M ap verifye idantite ou…
auth-note = FranceConnect pral chèche idantite ou nan rejis nasyonal la. Avèk yon nimewo pwovizwa, li p ap jwenn li.
auth-note-register = Rezon ki pi souvan: ou poko gen yon nimewo sekirite sosyal pèmanan. Ou ka verifye nimewo ou: chwazi “Verifye nimewo sekirite sosyal mwen”.
help-auth = Navigatè a montre paj FranceConnect yo. Si anyen pa louvri, kopye adrès ki parèt la. Ou ka mande plis tan otan fwa ou bezwen.
help-auth-failed = Chak chwa di sa li fè. Eseye ankò louvri navigatè a ankò. Pou konprann yon paj erè FranceConnect, tape kòd li. Pou ekri FranceConnect: bouton « Contactez-nous » ki sou paj erè li, oswa sit aide.franceconnect.gouv.fr.
choice-reopen = Louvri navigatè a ankò
choice-more-time = Plis tan ({ $minutes ->
       *[other] { $minutes } minit anplis
    })
notice-more-time = Dakò: { $minutes ->
       *[other] { $minutes } minit anplis.
    }
notice-more-time-until = Dakò: { $minutes ->
       *[other] { $minutes } minit anplis
    }, jiska { $time }.
notice-reopened = Navigatè a louvri ankò sou paj koneksyon an.
notice-not-reopened = Navigatè a pa t louvri. Louvri adrès la ou menm.
choice-cancel = Anile epi retounen nan chwa kont lan
choice-retry = Eseye ankò
choice-other-idp = Chwazi yon lòt kont
choice-read-code = Tape kòd paj erè FranceConnect la
choice-code-again = Tape yon lòt kòd
code-title = Kisa paj FranceConnect la te di?
code-body = Si paj la te di « Une erreur s’est produite », tape kòd ki ekri apre « Erreur » (pa egzanp Y010008). Si pa t gen kòd, peze Enter sèlman.
code-input = Kòd paj la (pa egzanp Y010008). Enter sèlman: pa gen kòd.
code-read = Kòd { $code }:
code-note = Kòd sa a ede sèvis èd FranceConnect ak CPAM ou konprann sa ki te pase. Ekri l yon kote. Pou ekri FranceConnect: bouton « Contactez-nous » ki sou paj erè li, oswa sit aide.franceconnect.gouv.fr.
help-code = Kòd la sou paj erè FranceConnect la, apre mo « Erreur ». Li kòmanse ak Y, epi omwen 6 chif oswa lèt apre l (egzanp Y010008 oswa Y04EA6EF). Anyen ou tape pa voye okenn kote.
code-y010008 = FranceConnect pa t jwenn idantite ou nan rejis nasyonal la (RNIPP). Se pa fòt ou.
code-y010008-next = Rezon ki pi souvan: ou poko gen yon nimewo sekirite sosyal pèmanan (yon nimewo pwovizwa, ki kòmanse ak 7 oswa 8, oswa yon dosye ki poko fini). Mande CPAM ou ki kote nimewo pèmanan ou ye. Pandan w ap tann, sèvi ak kont sit la li menm. Si nimewo ou deja pèmanan, kontakte FranceConnect ak kòd sa a.
code-y010004 = Rejis nasyonal la jwenn yon idantite ki sanble ak sa ki nan kont ou a, men li pa sanble ase.
code-y010004-next = Enfòmasyon idantite ou yo pa menm nan kont ou ak nan rejis la (non, prenon, dat oswa kote ou fèt). Kontakte FranceConnect ak kòd sa a pou yo korije yo.
code-y010006 = Rejis nasyonal la jwenn plizyè idantite ki ka pou ou.
code-y010006-next = Fòk yo korije enfòmasyon ou yo. Kontakte FranceConnect ak kòd sa a.
code-y010007 = Rejis nasyonal la jwenn ou sèlman ak non ou itilize chak jou (pa egzanp non mari ou oswa non madanm ou).
code-y010007-next = Fòk yo korije enfòmasyon ou yo. Kontakte FranceConnect ak kòd sa a.
code-register-technical = Rejis nasyonal la pa t ka reponn: se yon pwoblèm teknik, se pa fòt ou.
code-register-technical-next = Eseye ankò pita. Si sa kontinye, kontakte FranceConnect ak kòd sa a.
code-y010015 = Rejis nasyonal la pa pèmèt koneksyon ak idantite sa a ankò.
code-y010015-next = Kontakte FranceConnect ak kòd sa a: ekip la ap gade sitiyasyon ou avè ou.
code-y030007 = Demann sèvis la te voye a pa t kòrèk. Se pa fòt ou.
code-y030007-next = Se yon pwoblèm nan reglaj sèvis la (oswa nan asistan sa a). Siyale l bay sèvis la ak kòd sa a.
code-y190001 = Sesyon an fini oswa li pa valab ankò: koneksyon an te pran twòp tan, oswa paj la te rete louvri twò lontan.
code-y190001-next = Fèmen onglè FranceConnect la, epi rekòmanse: chwazi Eseye ankò.
code-unknown = Mwen pa konnen kòd sa a.
code-unknown-next = Verifye l sou paj la (Y epi omwen 6 chif oswa lèt). Si li bon, kontakte FranceConnect ak kòd sa a.
code-none = Paj la pa t montre okenn kòd: petèt ou te retounen dèyè anvan ou konekte.
code-none-next = Ou ka eseye ankò, oswa chwazi yon lòt kont.

## Step 5: confirm

confirm-title = Verifye idantite ou
confirm-body = Gade byen si idantite sa a se pou ou.
confirm-given = Prenon: { $value }
confirm-family = Non lè ou fèt: { $value }
confirm-birthdate = Dat ou fèt: { $value }
months = janvye, fevriye, mas, avril, me, jen, jiyè, out, septanm, oktòb, novanm, desanm
confirm-birthplace = Kote ou fèt: kòd komin { $code }
confirm-born-abroad = Kote ou fèt: andeyò Lafrans (peyi { $country })
confirm-continue = Sou vrè sit la, dènye paj sa a montre non ou yo ak yon bouton ble. Ansyen gid yo rele l « Bienvenue ».
confirm-consent = Gen kèk sèvis ki mande ou make yon ti kare anvan.
confirm-wrong = Se pa ou? Chwazi “Se pa mwen”: idantite a efase.
confirm-note = Idantite sa a soti nan rejis nasyonal la, gras a nimewo sekirite sosyal pèmanan ou.
help-confirm = Gade chak liy. Si tout bagay kòrèk, valide. Anyen pa anrejistre sou òdinatè sa a. Gen yon enfòmasyon ki pa bon? Kontakte òganis kont ou te itilize a. FranceConnect voye yon imèl ba ou sèlman si yon koneksyon sanble pa nòmal.
choice-confirm-yes = Wi, se mwen
choice-not-me = Se pa mwen

## Step 6: done

done-title = Ou konekte ak FranceConnect
done-title-logged-out = Ou dekonekte nan FranceConnect
done-connected = Koneksyon an konfime.
done-logged-out = Ou dekonekte nan FranceConnect.
done-services = Sèvis ki aksepte FranceConnect yo nan lis sa a:
done-help = Ou bezwen èd? Yon biwo France Services toupre lakay ou ka ede ou.
done-note = Kenbe nimewo sekirite sosyal pèmanan ou: ou bezwen l chak fwa ou konekte.
help-done = Fini fèmen asistan an. Dekonekte fèmen sesyon FranceConnect lan nan navigatè a tou. Ou bezwen èd? Yon biwo France Services toupre lakay ou ka ede ou.
choice-finish = Fini
choice-logout = Dekonekte nan FranceConnect
end-connected = Asistan an fini: ou konekte.
end-failed = Asistan an fini: koneksyon an pa t reyisi.
end-cancelled = Asistan an fini.

## Errors

error-code = Kòd pou bay sèvis èd la: { $code }
error-check = Verifikasyon ki echwe: { $check }
error-config-client-id = Pa gen okenn idantifyan sèvis (client id) ki regle pou founisè sa a.
error-config-client-id-next = Bay li ak --client-id oswa varyab FCGUIDE_CLIENT_ID, oswa sèvi ak founisè pratik la.
error-config-secret = Sekrè sèvis la manke.
error-config-secret-next = Mete l nan varyab FCGUIDE_CLIENT_SECRET oswa nan fichye konfigirasyon an (se ou sèl ki ka li l).
error-config-secret-file-open = Lòt moun ka li fichye sekrè a ({ $file }): mwen refize sèvi avè l.
error-config-secret-file-open-next = Fè se ou sèl ki ka li l: chmod 600 { $file }
error-config-secret-file = Fichye sekrè a ({ $file }) pa ka li.
error-config-secret-file-next = Verifye chemen l ak dwa li yo.
error-config-redirect-uri = Adrès retou a (--redirect-uri) pa valab.
error-config-redirect-uri-next = Li dwe gen fòm http://localhost:PORT/chemen oswa http://127.0.0.1:PORT/chemen, egzakteman jan li anrejistre a.
error-config-redirect-required = Pou FranceConnect, ou bezwen adrès retou ki anrejistre pou sèvis sa a (--redirect-uri).
error-config-redirect-required-next = FranceConnect aksepte sèlman adrès egzak ki anrejistre a. Anrejistre yon adrès sou òdinatè sa a ak yon pò fiks, pa egzanp http://localhost:8400/callback, epi bay li ak --redirect-uri.
error-config-issuer = Adrès founisè a pa valab.
error-config-issuer-next = Bay yon adrès https konplè, oswa chwazi yon founisè ki deja prepare.
error-unreachable = Founisè a pa reponn.
error-unreachable-next = Verifye koneksyon Entènèt la, epi eseye ankò. San Entènèt, sèvi ak founisè pratik la.
error-discovery = Founisè a bay yon konfigirasyon ki pa ka li oswa ki pa pou li.
error-discovery-next = Verifye adrès founisè a. Si li kòrèk, eseye ankò pita.
error-insecure = Adrès founisè a pa chifre (http).
error-insecure-next = Sèvi ak yon adrès https. http pèmèt sèlman sou òdinatè sa a (127.0.0.1).
error-identity-not-found = FranceConnect pa t jwenn idantite ou nan rejis nasyonal la.
error-identity-not-found-next = Rezon ki pi souvan: yon nimewo sekirite sosyal pwovizwa, oswa ou poko gen nimewo pèmanan. Mande CPAM ou. Si nimewo ou pèmanan, kontakte FranceConnect ak kòd ki anba a.
error-access-denied = Koneksyon an pa t reyisi: FranceConnect pa voye okenn idantite.
error-access-denied-next = Sa rive lè ou te retounen dèyè, oswa lè FranceConnect te montre yon paj erè (« Une erreur s’est produite »). Si paj la te montre « Erreur » ak yon kòd apre l, chwazi pou tape kòd sa a: m ap esplike l ou.
error-invalid-idp-hint = Kont sa a pa ka chwazi isit la pou sèvis sa a.
error-invalid-idp-hint-next = Chwazi yon lòt kont, oswa eseye ankò: w ap chwazi nan navigatè a lè sa a.
error-invalid-request = Founisè a refize demann nan.
error-invalid-request-next = Se yon pwoblèm nan reglaj sèvis la, se pa nan kont ou. Eseye ankò pita oswa siyale l.
error-server-error = Founisè a gen yon pwoblèm teknik.
error-server-error-next = Fèmen onglè navigatè a epi eseye ankò. Si paj FranceConnect la te montre « Erreur » ak yon kòd apre l, chwazi pou tape kòd sa a: m ap esplike l ou.
error-temporarily-unavailable = Founisè a pa disponib pou kounye a.
error-temporarily-unavailable-next = Eseye ankò nan kèk minit. Si paj FranceConnect la te montre « Erreur » ak yon kòd apre l, chwazi pou tape kòd sa a: m ap esplike l ou.
error-refused = Founisè a refize koneksyon an.
error-refused-next = Eseye ankò, oswa chwazi yon lòt kont.
error-callback-issuer = Repons lan pa soti kote founisè nou t ap tann nan. Mwen refize l.
error-callback-issuer-next = Fèmen lòt onglè koneksyon yo epi eseye ankò.
error-callback-issuer-missing = Repons lan pa di ki founisè li soti, men founisè sa a toujou di l. Mwen refize l.
error-callback-issuer-missing-next = Fèmen lòt onglè koneksyon yo epi eseye ankò.
error-missing-code = Navigatè a tounen san yon repons ki ka itilize.
error-missing-code-next = Eseye ankò.
error-port-in-use = Pò retou { $port } la deja okipe sou òdinatè sa a.
error-port-in-use-next = Fèmen pwogram k ap sèvi avè l la, oswa chwazi yon lòt adrès retou ki anrejistre.
error-listener = Mwen pa t ka tann retou navigatè a sou òdinatè sa a.
error-listener-next = Eseye ankò. Si sa kontinye, rekòmanse òdinatè a.
error-timeout = Navigatè a pa t tounen atan.
error-timeout-next = Eseye ankò: yon nouvo koneksyon ap kòmanse.
error-token-endpoint = Founisè a pa t konfime koneksyon an.
error-token-endpoint-next = Eseye ankò touswit: repons navigatè a valab pou kèk segonn sèlman.
error-id-token = Prèv idantite founisè a voye a pa valab. Mwen refize l.
error-id-token-next = Pa gen okenn idantite ki parèt. Eseye ankò; si sa kontinye, fòk yo siyale founisè a.
error-userinfo = Enfòmasyon idantite founisè a voye yo pa valab. Mwen refize yo.
error-userinfo-next = Pa gen okenn idantite ki parèt. Eseye ankò; si sa kontinye, fòk yo siyale founisè a.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Sa fèt. Ou ka fèmen onglè sa a epi retounen nan tèminal la.
callback-failed = Koneksyon an pa t reyisi. Retounen nan tèminal la: asistan an ap esplike ou sa pou fè.
callback-refused = Repons sa a pa koresponn ak koneksyon k ap fèt la. Retounen nan tèminal la.
logout-done = Ou dekonekte. Ou ka fèmen onglè sa a epi retounen nan tèminal la.

## Practice provider pages

practice-banner = Pratik: sa a se pa vrè FranceConnect la. Anyen pa voye bay Leta.
practice-choose-doc-title = Koneksyon - Chwa kont
practice-connecting = Koneksyon ap fèt sou { $service }
practice-choose-title = Chwazi yon kont pou konekte:
practice-aidants = Ou se yon pwofesyonèl k ap ede moun? Sèvi ak Aidants Connect
practice-login-title = Koneksyon sou { $idp }
practice-account = Kont pratik
practice-username = Idantifyan
practice-password = Modpas
practice-login-button = Konekte
practice-wrong-password = Idantifyan oswa modpas pa bon.
practice-continue-doc-title = Koneksyon - Kontinye sou sèvis { $service }
practice-as = Ou pral konekte kòm:
practice-continue = Kontinye sou { $service }
practice-consent = Mwen dakò pou FranceConnect voye done mwen yo bay sèvis la pou l konekte mwen
practice-consent-missing = Tanpri make kare a pou aksepte transfè done yo
practice-error-doc-title = Erè koneksyon
practice-back = Retounen sou { $service }
practice-error-title = Gen yon erè ki fèt
practice-error-code = Erè { $code }
practice-error-body = Gen yon erè ki fèt, tanpri eseye ankò pita
practice-help-page = Tanpri gade paj èd FranceConnect nou an.
practice-what-to-do = Kisa pou m fè?
practice-contact = Kontakte nou
practice-logged-out = Ou dekonekte nan FranceConnect.
practice-not-found = Paj la pa jwenn
practice-account-typical = Granmoun ki fèt an Frans
practice-account-several = Plizyè prenon
practice-account-abroad = Moun ki fèt lòt bò dlo
practice-account-temporary = Nimewo sekirite sosyal pwovizwa: koneksyon an ap echwe

## Plain mode

plain-invalid = Mwen pa t konprann. Tape yon nimewo ant 1 ak { $max }, oswa Enter sèlman.
input-hidden = Sa ou tape a pa parèt.
choice-default = pa defo

## Command line

cli-see-help = Gade: fcguide --help
cli-missing-value = Yon valè manke apre { $word }.
cli-unknown-option = Opsyon nou pa konnen: { $word }
cli-bad-port = Pò ki pa valab: { $word }
cli-bad-wait = Dire ki pa valab (an minit, soti 1 rive 1440): { $word }
cli-not-text = Yon agiman pa yon tèks ki ka li: { $word }
cli-switch-value = Opsyon sa a pa pran valè: { $word }
cli-bad-rules = --rules pran “franceconnect” (règ platfòm nan) oswa “oidc” (OpenID Connect estanda): { $word }
cli-no-secret-option = Sekrè a pa janm bay sou liy kòmand lan ({ $word }): lòt itilizatè ta ka li l. Sèvi ak varyab FCGUIDE_CLIENT_SECRET oswa fichye ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Founisè nou pa konnen: { $word }. Chwazi practice, franceconnect-sandbox, franceconnect-integration oswa franceconnect, oswa bay --issuer.
cli-provider-and-issuer = Chwazi swa --provider, swa --issuer, pa toude ({ $word }).
cli-unknown-language = Lang sa a pa disponib: { $word }. Gade: fcguide --list-languages
cli-practice-port = Pò { $word } la deja okipe. Chwazi yon lòt ak --port, oswa pa mete --port.
cli-practice-started = Founisè pratik la demare (sou òdinatè sa a sèlman). Ctrl-C kanpe l.
cli-bad-bidi = --bidi pran “program” (asistan an mete tèks ki ekri de dwat a goch la nan lòd) oswa “terminal” (tèminal la fè l): { $word }
cli-bad-format = --format pran “html” (yon paj pou enprime) oswa “text” (tèks senp): { $word }
cli-help =
    fcguide: konekte ak FranceConnect, etap pa etap, nan lang ou.

    Itilizasyon:
      fcguide [opsyon]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANG] [--second-lang LANG|none]
    {"                ["}--format html|text]

    Opsyon:
      --plain               mòd liy pa liy (lektè ekran, tèminal senp)
      --lang LANG           lang (fr, uk, en…); gade --list-languages
      --provider NON        practice (pa defo), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          yon lòt founisè OpenID Connect
      --client-id ID        idantifyan sèvis la (oswa FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adrès retou ki anrejistre (http://localhost:PORT/chemen),
                            obligatwa ak FranceConnect
      --rules NON           franceconnect (règ platfòm nan, pa defo pou
                            anviwònman li yo) oswa oidc (pa defo ak --issuer)
      --scopes "…"          done yo mande (pa defo: idantite pivot ak imèl)
      --idp-hint ID         idantifyan yon founisè idantite platfòm nan bay
                            pou sèvis sa a (voye kòm idp_hint)
      --no-browser          pa louvri navigatè a: montre adrès la
      --wait MINIT          tan pou tann navigatè a anvan li mande (5 pa defo, 1 a 1440)
      --bidi terminal       bay tèminal la ranje tèks ki ekri de dwat a goch
      --high-contrast       tèm ak gwo kontras
      --second-lang LANG    dezyèm lang nan vi de lang lan (franse pa defo)
      --speak               li etap yo a wot vwa (spd-say oswa espeak-ng)
      --list-languages      lang ki disponib
      --help, --version

    Sekrè sèvis la soti nan FCGUIDE_CLIENT_SECRET oswa nan fichye
    ~/.config/fcguide/client_secret (se ou sèl ki ka li l), pa janm nan liy kòmand lan.
    fcguide sheet ekri fèy etap yo pou enprime (html, pa defo) oswa an tèks senp.
    Kòd sòti: 0 konekte, 1 echèk, 2 erè itilizasyon, 3 anile.
more-below = ↓ Rès la pi ba: touch Page Down.
more-above = ↑ Kòmansman an pi wo: touch Page Up.
more-choices = ↕ Gen lòt chwa ki kache: touch flèch yo.

## Printable sheet

sheet-title = FranceConnect, etap pa etap
sheet-intro = Paj FranceConnect yo an franse sèlman. Men mo egzak yo, ak tradiksyon yo. Pa janm ekri modpas ou isit la.
sheet-bring-title = Sa pou ou pote
sheet-bring-card = Carte Vitale ou oswa papye Asirans maladi ou (attestation de droits).
sheet-bring-account = Idantifyan ak modpas kont ou sou youn nan sit sa yo:
sheet-bring-email = Aksè nan adrès imèl ou: sit kont ou a ka ekri ou la.
sheet-steps-title = Etap yo
sheet-step-start-title = Sou sit sèvis la
sheet-step-start = Chèche bouton ble sa a epi klike sou li:
sheet-step-login = Sou paj kont ou chwazi a, se ou menm ki tape idantifyan ou ak modpas ou, epi klike sou:
sheet-codes-title = Si FranceConnect montre yon erè
sheet-codes-intro = Ekri kòd ki apre « Erreur » a epi bay li lè w ap mande èd. Sa li vle di:
sheet-help-title = Ki kote pou jwenn èd
sheet-help-cpam = Kès Asirans maladi ou (CPAM): si nimewo ou kòmanse ak 7 oswa 8, oswa si dosye ou poko fini.
sheet-help-contact = FranceConnect: lyen « Contactez-nous » (Kontakte nou) ki sou paj erè li. Bay kòd erè a.
sheet-helper-title = Pou moun k ap ede a
sheet-helper-password = Pa janm tape modpas moun nan, menm pou ede l: se li menm ki tape l.
sheet-helper-aidants = Pou aji nan non moun nan, yon pwofesyonèl ki fòme sèvi ak Aidants Connect, ak yon manda moun nan siyen:
sheet-words-aidants = Ou se yon pwofesyonèl k ap ede moun? Sèvi ak Aidants Connect
