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
more-below = ↓ Rès la pi ba: touch Page Down.
more-above = ↑ Kòmansman an pi wo: touch Page Up.
more-choices = ↕ Gen lòt chwa ki kache: touch flèch yo.

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

## Plain mode

plain-invalid = Mwen pa t konprann. Tape yon nimewo ant 1 ak { $max }, oswa Enter sèlman.
input-hidden = Sa ou tape a pa parèt.
choice-default = pa defo

