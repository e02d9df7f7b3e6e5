language-name = Soomaali
language-name-en = Somali
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = weli ma eegin qof uu af hooyo u yahay
language-no-voice = ma jiro cod kor u akhriya

## Around every step

progress = Tallaabo { $step } ee { $total }
practice-mark = Tababar: bixiye tijaabo ah, ma aha kan dhabta ah ee FranceConnect
note-label = Muhiim:
help-label = Caawimaad:
french-label = Af Faransiis:
keys-tui = Falaarta ama lambar: dooro · Enter: xaqiiji · Esc: dib u noqo · ?: caawimaad · L: luqad · B: laba luqadood · F: kala beddel · Q: xir
keys-input = Enter: xaqiiji · Esc: dib u noqo · F1: caawimaad
keys-input-nir = Enter: hubi · Esc: dib u noqo · F1: caawimaad · F2: muuji ama qari tirooyinka
keys-plain = Qor lambar, kadib Enter. Enter keliya: doorashada la soo jeediyay. Eber: dib u noqo. h: caawimaad. l: luqad. q: xir.
keys-short = ?: caawimaad · Q: xir
prompt = Doorasho
prompt-default = Enter keliya: { $choice }
still-waiting = Weli waxaan sugayaa jawaabta biraawsarka. Waxaad ku sii wadi kartaa biraawsarka, ama qor doorasho.
too-small = Daaqaddu aad bay u yar tahay. Weynee, ama kici fcguide --plain.
connected-mark = [FranceConnect ✓] Waad gashay
help-keys = Furayaasha: Enter wuxuu qaataa doorashada la soo jeediyay. Esc, Backspace ama eber dib ayay kuu celiyaan. L wuxuu beddelaa luqadda adigoo aan lumin meeshii aad gaartay. B wuxuu muujiyaa luqad labaad oo ku hoos qoran qoraal kasta; F wuu kala beddelaa labada luqadood. V wuxuu kor u akhriyaa tallaabooyinka, ama joojiyaa codka. Habka sadar-sadarka ah: h waa caawimaad; b, f iyo v waa sida furayaashan.
help-practice = Tababar: halkan bixiyuhu waa bixiye tijaabo ah oo ku jira kumbuyuutarkan, ma aha FranceConnect-ka dhabta ah. Waxba looma diro dowladda.
speech-on = Kor u akhris: shidan.
speech-off = Kor u akhris: demsan.
speech-unavailable = Barnaamij kor u akhris ah lama rakibin (spd-say ama espeak-ng): caawiyuhu cod la'aan ayuu ku sii socdaa.
more-below = ↓ Inta kale waa hoos: furaha Page Down.
more-above = ↑ Bilowgu waa kor: furaha Page Up.
more-choices = ↕ Doorashooyin kale ayaa qarsoon: furayaasha falaarta.

## Words of the real site

fr-words-button = Ku gal FranceConnect
fr-words-choose = Dooro akoon aad ku gasho:
fr-words-login = Soo gal
fr-words-as = Waxaad ku soo geli doontaa magaca:
fr-words-continue = Ku sii wad { $service }
fr-words-consent = Waan oggolahay in FranceConnect xogtayda u diro adeegga si aan u soo galo
fr-words-error = Khalad ayaa dhacay
fr-words-code = Khalad Y010008
fr-words-what-to-do = Maxaa la sameeyaa?
fr-words-back = Ku noqo { $service }

## Step 1: language

language-title = Dooro luqaddaada
language-body = Caawiyuhu wuxuu ku hadlaa luqaddaada. Wuxuu kaloo ku tusaa erayada Faransiiska ah ee aad ku arki doonto bogga dhabta ah.
language-note = FranceConnect wuxuu u baahan yahay lambarka caymiska bulshada Faransiiska oo joogto ah. Waan kuu sharxi doonnaa.
help-language = Dooro luqadda aad sida ugu fiican u akhriso. Waad beddeli kartaa wakhti kasta adigoo riixaya furaha L. Waxaad kaloo qori kartaa bilowga magaca luqad si aad u hesho.

## Step 2: welcome and prerequisite

welcome-title = Waa maxay FranceConnect?
welcome-what = FranceConnect waa bilaash: hal akoon oo lagu galo adeegyo dowladeed oo badan oo internetka ah (canshuur, caafimaad, shaqo la'aan…).
welcome-need = Waxaad u baahan tahay lambarka caymiska bulshada oo joogto ah: FranceConnect wuxuu aqoonsigaaga ka hubiyaa diiwaanka qaranka (RNIPP).
welcome-where = Lambarkani wuxuu leeyahay 15 tiro: wuxuu ku qoran yahay carte Vitale-kaaga iyo warqadda xuquuqda (attestation de droits).
welcome-without = Weli lambar ma lihid, mise lambar ku meel gaar ah (ku bilaabma 7 ama 8)? FranceConnect weli ma shaqayn doono: weydii CPAM-kaaga. Inta aad sugayso, isticmaal akoonka gaarka ah ee bogga.
welcome-note = La'aanta lambarka caymiska bulshada oo joogto ah, gelitaanku wuu fashilmaa. Lambar ku meel gaar ah (oo ka bilaabma 7 ama 8) kuma filna.
help-welcome = “Sii wad” wuxuu kuu gudbiyaa doorashada akoonka. Marka hore waxaad hubin kartaa qaabka lambarkaaga: hubintu waxay ka dhacdaa kumbuyuutarkan oo keliya, waxba lama diro, waxba lama kaydiyo.
choice-continue = Sii wad
choice-check-nir = Hubi lambarkayga caymiska bulshada
choice-check-again = Hubi lambar kale
choice-back = Dib u noqo
choice-quit = Xir

## Number check

nir-title = Hubi lambarkayga caymiska bulshada
nir-body = Qor 15-ka tiro, oo ay ku jiraan labada tiro ee hubinta ee dhammaadka. Lambarku wuxuu ku jiraa kumbuyuutarkan oo keliya: lama diro, lama kaydiyo, waana la tirtiraa hubinta kadib.
nir-input = Lambarka caymiska bulshada (15 tiro). Enter keliya: ka bood.
nir-show-digits = s kadib Enter: muuji tirooyinka
nir-read-back = Waxaad qortay: { $number }
nir-permanent = Lambarkani si sax ah ayuu u qoran yahay, waana joogto. FranceConnect wuu shaqayn karaa.
nir-permanent-abroad = Lambarkani si sax ah ayuu u qoran yahay, waana joogto (qof ku dhashay dibadda Faransiiska). FranceConnect wuu shaqayn karaa.
nir-temporary = Kani waa lambar ku meel gaar ah: wuxuu ka bilaabmaa 7 ama 8. FranceConnect kuma shaqayn doono lambarkan. Weydii CPAM-kaaga lambarkaaga joogtada ah.
nir-wrong-key = Labada tiro ee hubinta (labada ugu dambeeya) kuma habboona inta kale ee lambarka. Hubi tiro kasta oo ku qoran carte Vitale-kaaga.
nir-missing-key = Labada tiro ee hubinta way maqan yihiin: ku dar labada tiro ee ugu dambeeya (waxay ku qoran yihiin carte Vitale-kaaga, 13-ka hore kadib).
nir-malformed = Kani ma laha qaabka lambarka caymiska bulshada. Waa in uu ahaadaa 15 xaraf; kan ugu horreeya waa 1 ama 2 (7 ama 8 haddii uu yahay lambar ku meel gaar ah).
nir-note = Lambarka joogtada ahi wuxuu ka bilaabmaa 1 ama 2. Waa kan uu diiwaanka qaranku yaqaan.
nir-note-temporary = Haddii lambarkaagu ku meel gaar yahay, FranceConnect wuxuu muujin doonaa bog « Une erreur s’est produite » oo leh « Erreur Y010008 ». Eeddaadu ma aha: waa in aad sugto lambarka joogtada ah.
help-nir = Hubintu waxay eegtaa oo keliya qaabka lambarka iyo labadiisa tiro ee hubinta. Ma sheegto in diiwaanku horeba ku yaqaan iyo in kale.

## Step 3: choose an identity provider

idp-title = Dooro akoon
idp-body = Waa in aad hore akoon ugu lahayd mid ka mid ah boggagan. Mid dooro.
idp-after-not-me = Waxaad sheegtay in aqoonsiga lagu tusay aanu adiga ahayn. Waa la tirtiray. Dooro akoon kale, ama weydii caawimaad.
idp-note = Waxa muhiimka ah: aqoonsigaagu waa in uu ku jiraa diiwaanka qaranka. Waxaa lagu galaa lambarka caymiska bulshada oo joogto ah.
help-idp = Dooro bogga aad hore ugu lahayd magac isticmaale iyo erayga sirta ah. Haddii aadan midna lahayn, kan ugu fudud badanaa waa ameli.fr (Caymiska Caafimaadka) ama impots.gouv.fr. Ma tahay shaqaale xirfadle ah oo caawinaya qofkan? Weligaa ha u qorin qofka erayga sirta ah: qofka laftiisa ayaa qoraya. Si aad magaciisa wax ugu qabato, waxaa jira Aidants Connect.
idp-impots-who = Qof kasta oo dakhligiisa ku cadeeya Faransiiska. Waxaad u baahan tahay lambarka canshuuraha.
idp-ameli-who = Qof kasta oo leh Caymiska Caafimaadka Faransiiska. Waxaad u baahan tahay lambarka caymiska bulshada.
idp-laposte-who = Qof kasta oo qaangaar ah oo haysta dukumenti aqoonsi oo Faransiis ah ama sharciga deganaanshaha. Waxaad u baahan tahay taleefan gacan.
idp-msa-who = Dadka ku caymisan Mutualité sociale agricole (dadka beeraha ka shaqeeya).
idp-france-identite-who = Dadka haysta kaarka aqoonsiga Faransiiska ee cusub iyo taleefan ku habboon.
idp-yris-who = Qof kasta oo qaangaar ah oo haysta dukumenti aqoonsi. Waxaad u baahan tahay taleefan gacan.
idp-trustme-who = Qof kasta oo qaangaar ah oo haysta dukumenti aqoonsi. Waxaad u baahan tahay taleefan gacan iyo barnaamijka TrustMe.

## Plain mode

plain-invalid = Ma fahmin. Qor lambar u dhexeeya 1 iyo { $max }, ama Enter keliya.
input-hidden = Waxa aad qorto ma muuqdaan.
choice-default = kan caadiga ah

