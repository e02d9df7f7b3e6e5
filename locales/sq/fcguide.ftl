# Albanian. Glossary: locales/sq/glossary.txt.
language-name = Shqip
language-name-en = Albanian
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = ende pa u rishikuar nga një folës amtar
language-no-voice = pa zë për leximin me zë

## Around every step

progress = Hapi { $step } nga { $total }
practice-mark = Ushtrim: ofrues prove, jo FranceConnect i vërtetë
note-label = E rëndësishme:
help-label = Ndihmë:
french-label = Në frëngjisht:
keys-tui = Shigjetat ose numri: zgjidhni · Enter: konfirmoni · Esc: kthehuni · ?: ndihmë · L: gjuha · B: dy gjuhë · F: ndërroni · Q: dilni
keys-input = Enter: konfirmoni · Esc: kthehuni · F1: ndihmë
keys-input-nir = Enter: kontrolloni · Esc: kthehuni · F1: ndihmë · F2: shfaqni ose fshihni shifrat
keys-plain = Shkruani një numër, pastaj Enter. Vetëm Enter: zgjedhja e propozuar. Zero: kthehuni. h: ndihmë. l: gjuha. q: dilni.
keys-short = ?: ndihmë · Q: dilni
prompt = Zgjedhja
prompt-default = Vetëm Enter: { $choice }
still-waiting = Ende po pres shfletuesin. Mund të vazhdoni në shfletues, ose të shkruani një zgjedhje.
too-small = Dritarja është shumë e vogël. Zmadhojeni, ose nisni fcguide --plain.
connected-mark = [FranceConnect ✓] Jeni lidhur
help-keys = Tastet: Enter merr zgjedhjen e propozuar. Esc, Backspace ose zero ju kthejnë mbrapa. L ndryshon gjuhën pa humbur atë që keni bërë. B tregon një gjuhë të dytë nën çdo tekst; F i ndërron dy gjuhët. V i lexon hapat me zë, ose e ndal zërin. Në mënyrën rresht pas rreshti: h për ndihmë; b, f dhe v si këto taste.
help-practice = Ushtrim: këtu ofruesi është një ofrues prove në këtë kompjuter, jo FranceConnect i vërtetë. Asgjë nuk i dërgohet shtetit.
speech-on = Leximi me zë: aktiv.
speech-off = Leximi me zë: i ndalur.
speech-unavailable = Nuk është instaluar asnjë program për lexim me zë (spd-say ose espeak-ng): asistenti vazhdon pa zë.
more-below = ↓ Vijon më poshtë: tasti Page Down.
more-above = ↑ Fillimi më lart: tasti Page Up.
more-choices = ↕ Ka zgjedhje të tjera të fshehura: tastet shigjeta.

## Words of the real site

fr-words-button = Identifikohuni me FranceConnect
fr-words-choose = Zgjidhni një llogari për t'u lidhur:
fr-words-login = Lidhuni
fr-words-as = Do të lidheni si:
fr-words-continue = Vazhdoni te { $service }
fr-words-consent = Pranoj që FranceConnect t'ia dërgojë të dhënat e mia shërbimit për të më lidhur
fr-words-error = Ndodhi një gabim
fr-words-code = Gabim Y010008
fr-words-what-to-do = Çfarë të bëni?
fr-words-back = Kthehuni te { $service }

## Step 1: language

language-title = Zgjidhni gjuhën tuaj
language-body = Asistenti flet gjuhën tuaj. Ai tregon edhe fjalët në frëngjisht që do të shihni në faqen e vërtetë.
language-note = Për FranceConnect duhet një numër francez i përhershëm i sigurimeve shoqërore. Do ta shpjegojmë këtë.
help-language = Zgjidhni gjuhën që lexoni më mirë. Mund ta ndryshoni në çdo kohë me tastin L. Mund të shkruani edhe fillimin e emrit të një gjuhe për ta gjetur.

## Step 2: welcome and prerequisite

welcome-title = Çfarë është FranceConnect?
welcome-what = FranceConnect është falas: një llogari e vetme për shumë shërbime publike në internet (taksat, shëndeti, papunësia…).
welcome-need = Duhet një numër i përhershëm i sigurimeve shoqërore: FranceConnect e kontrollon identitetin tuaj në regjistrin kombëtar (RNIPP).
welcome-where = Ky numër ka 15 shifra: ndodhet në carte Vitale tuaj dhe në vërtetimin e të drejtave (attestation de droits).
welcome-without = Nuk keni ende numër, ose keni një numër të përkohshëm (që fillon me 7 ose 8)? FranceConnect nuk do të funksionojë ende: pyesni CPAM-in tuaj. Ndërkohë, përdorni llogarinë e faqes.
welcome-note = Pa një numër të përhershëm të sigurimeve shoqërore, lidhja dështon. Një numër i përkohshëm (që fillon me 7 ose 8) nuk mjafton.
help-welcome = „Vazhdoni“ ju çon te zgjedhja e llogarisë. Më parë mund të kontrolloni formën e numrit tuaj: kontrolli bëhet vetëm në këtë kompjuter, asgjë nuk dërgohet dhe asgjë nuk ruhet.
choice-continue = Vazhdoni
choice-check-nir = Kontrolli i numrit tim të sigurimeve shoqërore
choice-check-again = Kontrolloni një numër tjetër
choice-back = Kthehuni
choice-quit = Dilni

## Number check

nir-title = Kontrolli i numrit tim të sigurimeve shoqërore
nir-body = Shkruani 15 shifrat, bashkë me 2 shifrat e kontrollit në fund. Numri mbetet në këtë kompjuter: nuk dërgohet, nuk ruhet dhe fshihet pas kontrollit.
nir-input = Numri i sigurimeve shoqërore (15 shifra). Vetëm Enter: kaloni.
nir-show-digits = s pastaj Enter: shfaqni shifrat
nir-read-back = Shkruat: { $number }
nir-permanent = Ky numër ka formë të saktë dhe është i përhershëm. FranceConnect mund të funksionojë.
nir-permanent-abroad = Ky numër ka formë të saktë dhe është i përhershëm (person i lindur jashtë Francës). FranceConnect mund të funksionojë.
nir-temporary = Ky është një numër i përkohshëm: fillon me 7 ose 8. FranceConnect nuk do të funksionojë me të. Kërkojini CPAM-it tuaj numrin tuaj të përhershëm.
nir-wrong-key = 2 shifrat e kontrollit (2 të fundit) nuk përputhen me pjesën tjetër të numrit. Kontrolloni çdo shifër në carte Vitale tuaj.
nir-missing-key = Mungojnë shifrat e kontrollit: shtoni 2 shifrat e fundit (janë në carte Vitale tuaj, pas 13 të parave).
nir-malformed = Kjo nuk është forma e një numri të sigurimeve shoqërore. Duhen 15 shenja; e para është 1 ose 2 (7 ose 8 për një numër të përkohshëm).
nir-note = Numri i përhershëm fillon me 1 ose 2. Ky është numri që njeh regjistri kombëtar.
nir-note-temporary = Me një numër të përkohshëm, FranceConnect do të tregojë një faqe « Une erreur s’est produite » me « Erreur Y010008 ». Nuk është faji juaj: duhet të prisni numrin e përhershëm.
help-nir = Kontrolli shikon vetëm formën e numrit dhe 2 shifrat e kontrollit. Nuk tregon nëse regjistri ju njeh tashmë.

## Step 3: choose an identity provider

idp-title = Zgjidhni një llogari
idp-body = Duhet të keni tashmë një llogari në një nga këto faqe. Zgjidhni njërën.
idp-after-not-me = Thatë se identiteti i treguar nuk ishte i juaji. Ai u fshi. Zgjidhni një llogari tjetër, ose kërkoni ndihmë.
idp-note = Ajo që ka rëndësi: identiteti juaj duhet të jetë në regjistrin kombëtar. Aty hyhet me një numër të përhershëm të sigurimeve shoqërore.
help-idp = Zgjidhni faqen ku keni tashmë emër përdoruesi dhe fjalëkalim. Nëse nuk keni asnjë, më e thjeshta shpesh është ameli.fr (sigurimi shëndetësor) ose impots.gouv.fr. Jeni profesionist që e ndihmon këtë person? Mos e shkruani kurrë fjalëkalimin e personit në vend të tij: e shkruan vetë personi. Për të vepruar në emër të tij, ekziston Aidants Connect.
idp-impots-who = Çdo person që deklaron të ardhurat në Francë. Duhet numri tatimor.
idp-ameli-who = Çdo person i siguruar nga sigurimi shëndetësor francez. Duhet numri i sigurimeve shoqërore.
idp-laposte-who = Të rriturit me një dokument identiteti francez ose leje qëndrimi. Duhet një telefon celular.
idp-msa-who = Personat e siguruar nga sigurimi shoqëror bujqësor (bujqësia).
idp-france-identite-who = Personat që kanë kartën e re franceze të identitetit dhe një telefon të përshtatshëm.
idp-yris-who = Të rriturit me një dokument identiteti. Duhet një telefon celular.
idp-trustme-who = Të rriturit me një dokument identiteti. Duhen një telefon celular dhe aplikacioni TrustMe.

## Plain mode

plain-invalid = Nuk kuptova. Shkruani një numër nga 1 deri në { $max }, ose vetëm Enter.
input-hidden = Ajo që shkruani nuk shfaqet.
choice-default = e paracaktuar

