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

## Step 4: authenticate in the browser

auth-title = Lidhuni në shfletues
auth-failed-title = Lidhja nuk u krye
auth-starting = Po përgatis lidhjen…
auth-opened = Shfletuesi u hap. Pastaj kthehuni këtu.
auth-not-opened = Shfletuesi nuk u hap. Hapeni këtë adresë në një shfletues në këtë kompjuter:
auth-no-browser = Hapeni këtë adresë në një shfletues në këtë kompjuter:
auth-no-display = Këtu nuk ka shfletues grafik. Hapeni këtë adresë në një shfletues në këtë kompjuter, për shembull një shfletues teksti:
auth-ssh = Jeni lidhur me këtë kompjuter nga larg (SSH). Dy mënyra për të vazhduar: hapni adresën në një shfletues në këtë kompjuter; ose, në kompjuterin tuaj, shkruani komandën më poshtë, pastaj hapni adresën në shfletuesin tuaj.
auth-in-browser = Në shfletues: zgjidhni { $idp }, shkruani emrin e përdoruesit dhe fjalëkalimin, pastaj « Se connecter ».
auth-timed-out = Koha e parashikuar kaloi, por mund ta përfundoni ende në shfletues. Nëse ju duhet më shumë kohë, zgjidhni „Më shumë kohë“.
auth-checking = Shfletuesi u kthye. Po e kontrolloj identitetin tuaj…
auth-note = FranceConnect do ta kërkojë identitetin tuaj në regjistrin kombëtar. Me një numër të përkohshëm, ai nuk do të gjendet.
auth-note-register = Shkaku më i shpeshtë: ende nuk keni numër të përhershëm të sigurimeve shoqërore. Mund ta kontrolloni numrin tuaj: zgjidhni „Kontrolli i numrit tim të sigurimeve shoqërore“.
help-auth = Shfletuesi tregon faqet e FranceConnect. Nëse nuk hapet asgjë, kopjoni adresën e treguar. Mund të kërkoni më shumë kohë sa herë të keni nevojë.
help-auth-failed = Çdo zgjedhje thotë se çfarë bën. „Provoni përsëri“ e hap sërish shfletuesin. Për të kuptuar një faqe gabimi të FranceConnect, shkruani kodin e saj. Për t'i shkruar FranceConnect: butoni « Contactez-nous » në faqen e tij të gabimit, ose faqja aide.franceconnect.gouv.fr.
choice-reopen = Hapni përsëri shfletuesin
choice-more-time = Më shumë kohë ({ $minutes ->
        [one] { $minutes } minutë më shumë
       *[other] { $minutes } minuta më shumë
    })
notice-more-time = Në rregull: { $minutes ->
        [one] { $minutes } minutë më shumë.
       *[other] { $minutes } minuta më shumë.
    }
notice-more-time-until = Në rregull: { $minutes ->
        [one] { $minutes } minutë më shumë
       *[other] { $minutes } minuta më shumë
    }, deri në { $time }.
notice-reopened = Shfletuesi u hap përsëri në faqen e lidhjes.
notice-not-reopened = Shfletuesi nuk u hap. Hapeni vetë adresën.
choice-cancel = Anuloni dhe kthehuni te zgjedhja e llogarisë
choice-retry = Provoni përsëri
choice-other-idp = Zgjidhni një llogari tjetër
choice-read-code = Shkruani kodin e faqes së gabimit të FranceConnect
choice-code-again = Shkruani një kod tjetër
code-title = Çfarë thoshte faqja e FranceConnect?
code-body = Nëse faqja thoshte « Une erreur s’est produite », shkruani kodin që shkruhet pas « Erreur » (për shembull Y010008). Nëse nuk kishte kod, shtypni vetëm Enter.
code-input = Kodi nga faqja (për shembull Y010008). Vetëm Enter: pa kod.
code-read = Kodi { $code }:
code-note = Ky kod e ndihmon ekipin e ndihmës së FranceConnect dhe CPAM-in tuaj të kuptojnë se çfarë ndodhi. Shënojeni diku. Për t'i shkruar FranceConnect: butoni « Contactez-nous » në faqen e tij të gabimit, ose faqja aide.franceconnect.gouv.fr.
help-code = Kodi ndodhet në faqen e gabimit të FranceConnect, pas fjalës « Erreur ». Fillon me Y, e ndjekur nga të paktën 6 shifra ose shkronja (për shembull Y010008 ose Y04EA6EF). Asgjë nga ato që shkruani nuk dërgohet askund.
code-y010008 = FranceConnect nuk e gjeti identitetin tuaj në regjistrin kombëtar (RNIPP). Nuk është faji juaj.
code-y010008-next = Shkaku më i shpeshtë: ende nuk keni numër të përhershëm të sigurimeve shoqërore (një numër i përkohshëm, që fillon me 7 ose 8, ose një dosje ende në shqyrtim). Pyesni CPAM-in tuaj për numrin tuaj të përhershëm. Ndërkohë, përdorni llogarinë e vetë faqes. Nëse numri juaj është tashmë i përhershëm, kontaktoni FranceConnect me këtë kod.
code-y010004 = Regjistri kombëtar gjeti një identitet të ngjashëm me atë të llogarisë suaj, por jo mjaftueshëm të ngjashëm.
code-y010004-next = Të dhënat e identitetit tuaj ndryshojnë midis llogarisë suaj dhe regjistrit (mbiemri, emrat, data ose vendi i lindjes). Kontaktoni FranceConnect me këtë kod që t'i korrigjojnë.
code-y010006 = Regjistri kombëtar gjeti disa identitete të mundshme për ju.
code-y010006-next = Të dhënat tuaja duhen korrigjuar. Kontaktoni FranceConnect me këtë kod.
code-y010007 = Regjistri kombëtar ju gjeti vetëm me emrin tuaj të përdorimit (për shembull mbiemrin e bashkëshortit).
code-y010007-next = Të dhënat tuaja duhen korrigjuar. Kontaktoni FranceConnect me këtë kod.
code-register-technical = Regjistri kombëtar nuk mundi të përgjigjej: është problem teknik, jo faji juaj.
code-register-technical-next = Provoni përsëri më vonë. Nëse vazhdon, kontaktoni FranceConnect me këtë kod.
code-y010015 = Regjistri kombëtar nuk e lejon më lidhjen me këtë identitet.
code-y010015-next = Kontaktoni FranceConnect me këtë kod: ekipi do ta shqyrtojë situatën tuaj bashkë me ju.
code-y030007 = Kërkesa që dërgoi shërbimi nuk ishte e saktë. Nuk është faji juaj.
code-y030007-next = Është problem në cilësimet e shërbimit (ose të këtij asistenti). Njoftojeni shërbimin me këtë kod.
code-y190001 = Seanca skadoi ose nuk është më e vlefshme: lidhja zgjati shumë, ose faqja mbeti e hapur shumë gjatë.
code-y190001-next = Mbyllni skedën e FranceConnect, pastaj filloni nga e para: zgjidhni Provoni përsëri.
code-unknown = Nuk e njoh këtë kod.
code-unknown-next = Kontrollojeni në faqe (Y e ndjekur nga të paktën 6 shifra ose shkronja). Nëse është i saktë, kontaktoni FranceConnect me këtë kod.
code-none = Faqja nuk tregonte asnjë kod: ndoshta u kthyet mbrapa para se të lidheshit.
code-none-next = Mund të provoni përsëri, ose të zgjidhni një llogari tjetër.

## Step 5: confirm

confirm-title = Kontrolloni identitetin tuaj
confirm-body = Kontrolloni që ky identitet është vërtet i juaji.
confirm-given = Emrat: { $value }
confirm-family = Mbiemri në lindje: { $value }
confirm-birthdate = Data e lindjes: { $value }
months = janar, shkurt, mars, prill, maj, qershor, korrik, gusht, shtator, tetor, nëntor, dhjetor
confirm-birthplace = Vendi i lindjes: kodi i komunës { $code }
confirm-born-abroad = Vendi i lindjes: jashtë Francës (shteti { $country })
confirm-continue = Në faqen e vërtetë, kjo faqe e fundit tregon emrat tuaj dhe një buton blu. Udhëzuesit e vjetër e quajnë « Bienvenue ».
confirm-consent = Disa shërbime kërkojnë më parë të shënoni një kuti.
confirm-wrong = Nuk jeni ju? Zgjidhni „Nuk jam unë“: identiteti fshihet.
confirm-note = Ky identitet vjen nga regjistri kombëtar, falë numrit tuaj të përhershëm të sigurimeve shoqërore.
help-confirm = Shikoni çdo rresht. Nëse gjithçka është e saktë, konfirmoni. Asgjë nuk ruhet në këtë kompjuter. Diçka është gabim? Kontaktoni institucionin e llogarisë që përdorët. FranceConnect ju dërgon një email vetëm kur një lidhje duket e pazakontë.
choice-confirm-yes = Po, jam unë
choice-not-me = Nuk jam unë

## Step 6: done

done-title = Jeni lidhur me FranceConnect
done-title-logged-out = Jeni shkëputur nga FranceConnect
done-connected = Lidhja u konfirmua.
done-logged-out = Jeni shkëputur nga FranceConnect.
done-services = Shërbimet që pranojnë FranceConnect janë të listuara këtu:
done-help = Keni nevojë për ndihmë? Një zyrë France Services pranë jush mund t'ju ndihmojë.
done-note = Ruajeni numrin tuaj të përhershëm të sigurimeve shoqërore: përdoret në çdo lidhje.
help-done = „Përfundoni“ mbyll asistentin. „Shkëputuni nga FranceConnect“ mbyll edhe seancën e FranceConnect në shfletues. Keni nevojë për ndihmë? Një zyrë France Services pranë jush mund t'ju ndihmojë.
choice-finish = Përfundoni
choice-logout = Shkëputuni nga FranceConnect
end-connected = Fundi i asistentit: jeni lidhur.
end-failed = Fundi i asistentit: lidhja nuk u krye.
end-cancelled = Fundi i asistentit.

## Errors

error-code = Kodi që duhet t'i jepni ekipit të ndihmës: { $code }
error-check = Kontrolli që dështoi: { $check }
error-config-client-id = Nuk është caktuar asnjë identifikues shërbimi (client id) për këtë ofrues.
error-config-client-id-next = Jepeni me --client-id ose me variablin FCGUIDE_CLIENT_ID, ose përdorni ofruesin e ushtrimit.
error-config-secret = Mungon sekreti i shërbimit (client secret).
error-config-secret-next = Vendoseni në variablin FCGUIDE_CLIENT_SECRET ose në skedarin e konfigurimit (të lexueshëm vetëm nga ju).
error-config-secret-file-open = Skedari i sekretit ({ $file }) mund të lexohet nga persona të tjerë: refuzoj ta përdor.
error-config-secret-file-open-next = Bëjeni të lexueshëm vetëm nga ju: chmod 600 { $file }
error-config-secret-file = Skedari i sekretit ({ $file }) nuk mund të lexohet.
error-config-secret-file-next = Kontrolloni shtegun dhe lejet e tij.
error-config-redirect-uri = Adresa e kthimit (--redirect-uri) nuk është e vlefshme.
error-config-redirect-uri-next = Duhet të jetë si http://localhost:PORT/shteg ose http://127.0.0.1:PORT/shteg, saktësisht siç është regjistruar.
error-config-redirect-required = Për FranceConnect duhet adresa e kthimit e regjistruar për këtë shërbim (--redirect-uri).
error-config-redirect-required-next = FranceConnect pranon vetëm adresën e saktë të regjistruar. Regjistroni një adresë në këtë kompjuter me një port fiks, për shembull http://localhost:8400/callback, pastaj jepeni me --redirect-uri.
error-config-issuer = Adresa e ofruesit nuk është e vlefshme.
error-config-issuer-next = Jepni një adresë të plotë https, ose zgjidhni një ofrues të paracaktuar.
error-unreachable = Ofruesi nuk përgjigjet.
error-unreachable-next = Kontrolloni lidhjen me internetin, pastaj provoni përsëri. Pa internet, përdorni ofruesin e ushtrimit.
error-discovery = Ofruesi dha një konfigurim që nuk lexohet ose që nuk është i tij.
error-discovery-next = Kontrolloni adresën e ofruesit. Nëse është e saktë, provoni përsëri më vonë.
error-insecure = Adresa e ofruesit nuk është e enkriptuar (http).
error-insecure-next = Përdorni një adresë https. http i thjeshtë lejohet vetëm në këtë kompjuter (127.0.0.1).
error-identity-not-found = FranceConnect nuk e gjeti identitetin tuaj në regjistrin kombëtar.
error-identity-not-found-next = Shkaku më i shpeshtë: një numër i përkohshëm i sigurimeve shoqërore, ose ende pa numër të përhershëm. Pyesni CPAM-in tuaj. Nëse numri juaj është i përhershëm, kontaktoni FranceConnect me kodin më poshtë.
error-access-denied = Lidhja nuk u krye: FranceConnect nuk ktheu asnjë identitet.
error-access-denied-next = Kjo ndodh kur jeni kthyer mbrapa, ose kur FranceConnect ka treguar një faqe gabimi (« Une erreur s’est produite »). Nëse faqja tregonte « Erreur » të ndjekur nga një kod, zgjidhni ta shkruani atë kod: do t'jua shpjegoj.
error-invalid-idp-hint = Kjo llogari nuk mund të zgjidhet nga këtu për këtë shërbim.
error-invalid-idp-hint-next = Zgjidhni një llogari tjetër, ose provoni përsëri: atëherë do të zgjidhni në shfletues.
error-invalid-request = Ofruesi e refuzoi kërkesën.
error-invalid-request-next = Ky është problem i cilësimeve të shërbimit, jo i llogarisë suaj. Provoni përsëri më vonë ose njoftojeni.
error-server-error = Ofruesi pati një problem teknik.
error-server-error-next = Mbyllni skedën e shfletuesit dhe provoni përsëri. Nëse faqja e FranceConnect tregonte « Erreur » të ndjekur nga një kod, zgjidhni ta shkruani atë kod: do t'jua shpjegoj.
error-temporarily-unavailable = Ofruesi nuk është i disponueshëm për momentin.
error-temporarily-unavailable-next = Provoni përsëri pas disa minutash. Nëse faqja e FranceConnect tregonte « Erreur » të ndjekur nga një kod, zgjidhni ta shkruani atë kod: do t'jua shpjegoj.
error-refused = Ofruesi e refuzoi lidhjen.
error-refused-next = Provoni përsëri, ose zgjidhni një llogari tjetër.
error-callback-issuer = Përgjigjja nuk vjen nga ofruesi i pritur. E refuzova.
error-callback-issuer-next = Mbyllni skedat e tjera të lidhjes dhe provoni përsëri.
error-callback-issuer-missing = Përgjigjja nuk thotë nga cili ofrues vjen, edhe pse ky ofrues e thotë gjithmonë. E refuzova.
error-callback-issuer-missing-next = Mbyllni skedat e tjera të lidhjes dhe provoni përsëri.
error-missing-code = Shfletuesi u kthye pa një përgjigje të përdorshme.
error-missing-code-next = Provoni përsëri.
error-port-in-use = Porti i kthimit { $port } është tashmë i zënë në këtë kompjuter.
error-port-in-use-next = Mbyllni programin që e përdor, ose zgjidhni një adresë tjetër kthimi të regjistruar.
error-listener = Nuk munda ta pres shfletuesin në këtë kompjuter.
error-listener-next = Provoni përsëri. Nëse vazhdon, rindizni kompjuterin.
error-timeout = Shfletuesi nuk u kthye në kohë.
error-timeout-next = Provoni përsëri: do të fillojë një lidhje e re.
error-token-endpoint = Ofruesi nuk e konfirmoi lidhjen.
error-token-endpoint-next = Provoni përsëri menjëherë: përgjigjja e shfletuesit është e vlefshme vetëm për pak sekonda.
error-id-token = Prova e identitetit e dërguar nga ofruesi nuk është e vlefshme. E refuzova.
error-id-token-next = Nuk tregohet asnjë identitet. Provoni përsëri; nëse vazhdon, ofruesi duhet raportuar.
error-userinfo = Të dhënat e identitetit të dërguara nga ofruesi nuk janë të vlefshme. I refuzova.
error-userinfo-next = Nuk tregohet asnjë identitet. Provoni përsëri; nëse vazhdon, ofruesi duhet raportuar.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = U krye. Mund ta mbyllni këtë skedë dhe të ktheheni te terminali.
callback-failed = Lidhja nuk u krye. Kthehuni te terminali: asistenti ju shpjegon çfarë të bëni.
callback-refused = Kjo përgjigje nuk i përket lidhjes në vazhdim. Kthehuni te terminali.
logout-done = Jeni shkëputur. Mund ta mbyllni këtë skedë dhe të ktheheni te terminali.

## Practice provider pages

practice-banner = Ushtrim: ky nuk është FranceConnect i vërtetë. Asgjë nuk i dërgohet shtetit.
practice-choose-doc-title = Lidhja - Zgjedhja e llogarisë
practice-connecting = Lidhje në vazhdim me { $service }
practice-choose-title = Zgjidhni një llogari për t'u lidhur:
practice-aidants = Jeni ndihmës profesionist? Përdorni Aidants Connect
practice-login-title = Lidhja me { $idp }
practice-account = Llogari ushtrimi
practice-username = Emri i përdoruesit
practice-password = Fjalëkalimi
practice-login-button = Lidhuni
practice-wrong-password = Emri i përdoruesit ose fjalëkalimi është i pasaktë.
practice-continue-doc-title = Lidhja - Vazhdoni te shërbimi { $service }
practice-as = Do të lidheni si:
practice-continue = Vazhdoni te { $service }
practice-consent = Pranoj që FranceConnect t'ia dërgojë të dhënat e mia shërbimit për të më lidhur
practice-consent-missing = Ju lutemi shënoni kutinë për të pranuar transferimin e të dhënave
practice-error-doc-title = Gabim lidhjeje
practice-back = Kthehuni te { $service }
practice-error-title = Ndodhi një gabim
practice-error-code = Gabim { $code }
practice-error-body = Ndodhi një gabim, ju lutemi provoni përsëri më vonë
practice-help-page = Ju lutemi shikoni faqen tonë të ndihmës FranceConnect.
practice-what-to-do = Çfarë të bëni?
practice-contact = Na kontaktoni
practice-logged-out = Jeni shkëputur nga FranceConnect.
practice-not-found = Faqja nuk u gjet
practice-account-typical = I rritur i lindur në Francë
practice-account-several = Disa emra
practice-account-abroad = Person i lindur jashtë vendit
practice-account-temporary = Numër i përkohshëm i sigurimeve shoqërore: lidhja do të dështojë

## Plain mode

plain-invalid = Nuk kuptova. Shkruani një numër nga 1 deri në { $max }, ose vetëm Enter.
input-hidden = Ajo që shkruani nuk shfaqet.
choice-default = e paracaktuar

## Command line

cli-see-help = Shihni: fcguide --help
cli-missing-value = Mungon një vlerë pas { $word }.
cli-unknown-option = Opsion i panjohur: { $word }
cli-bad-port = Port i pavlefshëm: { $word }
cli-bad-wait = Kohëzgjatje e pavlefshme (në minuta, nga 1 deri në 1440): { $word }
cli-not-text = Një argument nuk është tekst i lexueshëm: { $word }
cli-switch-value = Ky opsion nuk merr vlerë: { $word }
cli-bad-rules = --rules pranon „franceconnect“ (rregullat e platformës) ose „oidc“ (OpenID Connect standard): { $word }
cli-no-secret-option = Sekreti nuk jepet kurrë në rreshtin e komandës ({ $word }): përdoruesit e tjerë mund ta lexojnë. Përdorni variablin FCGUIDE_CLIENT_SECRET ose skedarin ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Ofrues i panjohur: { $word }. Zgjidhni practice, franceconnect-sandbox, franceconnect-integration ose franceconnect, ose jepni --issuer.
cli-provider-and-issuer = Zgjidhni ose --provider, ose --issuer, jo të dyja ({ $word }).
cli-unknown-language = Gjuha nuk është e disponueshme: { $word }. Shihni: fcguide --list-languages
cli-practice-port = Porti { $word } është tashmë i zënë. Zgjidhni një tjetër me --port, ose mos e jepni --port.
cli-practice-started = Ofruesi i ushtrimit u nis (vetëm në këtë kompjuter). Ctrl-C e ndalon.
cli-bad-bidi = --bidi pranon „program“ (asistenti e rendit tekstin nga e djathta në të majtë) ose „terminal“ (e bën terminali): { $word }
cli-bad-format = --format pranon „html“ (një faqe për ta shtypur) ose „text“ (tekst i thjeshtë): { $word }
cli-help =
    fcguide: lidhuni me FranceConnect, hap pas hapi, në gjuhën tuaj.

    Përdorimi:
      fcguide [opsione]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang GJUHA] [--second-lang GJUHA|none]
    {"                ["}--format html|text]

    Opsione:
      --plain               mënyra rresht pas rreshti (lexues ekrani, terminale të thjeshta)
      --lang GJUHA          gjuha (fr, uk, en, sq…); shihni --list-languages
      --provider EMRI       practice (e paracaktuar), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          një ofrues tjetër OpenID Connect
      --client-id ID        identifikuesi i shërbimit (ose FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adresa e kthimit e regjistruar (http://localhost:PORT/shteg),
                            e detyrueshme me FranceConnect
      --rules EMRI          franceconnect (rregullat e platformës, e paracaktuar për
                            mjediset e saj) ose oidc (e paracaktuar me --issuer)
      --scopes "…"          të dhënat e kërkuara (paracaktuar: identiteti bazë dhe email-i)
      --idp-hint ID         identifikuesi i një ofruesi identiteti që platforma ka dhënë
                            për këtë shërbim (dërgohet si idp_hint)
      --no-browser          mos e hap shfletuesin: trego adresën
      --wait MINUTA         pritja e shfletuesit para se të pyesë (paracaktuar 5, 1 deri 1440)
      --bidi terminal       lëre terminalin të rendisë tekstin nga e djathta në të majtë
      --high-contrast       temë me kontrast të lartë
      --second-lang GJUHA   gjuha e dytë e pamjes dygjuhëshe (paracaktuar frëngjishtja)
      --speak               lexo hapat me zë (spd-say ose espeak-ng)
      --list-languages      gjuhët e disponueshme
      --help, --version

    Sekreti i shërbimit vjen nga FCGUIDE_CLIENT_SECRET ose nga skedari
    ~/.config/fcguide/client_secret (i lexueshëm vetëm nga ju), kurrë nga rreshti i komandës.
    fcguide sheet shkruan fletën e hapave për ta shtypur (html, e paracaktuar) ose si tekst të thjeshtë.
    Kodet e daljes: 0 i lidhur, 1 dështim, 2 gabim përdorimi, 3 anuluar.
more-below = ↓ Vijon më poshtë: tasti Page Down.
more-above = ↑ Fillimi më lart: tasti Page Up.
more-choices = ↕ Ka zgjedhje të tjera të fshehura: tastet shigjeta.

## Printable sheet
# `fcguide sheet`: a sheet to print and take home. The steps' own messages make
# most of it; these are the words around them. Words between « » are the real
# site's and stay in French in every language.

sheet-title = FranceConnect, hap pas hapi
sheet-intro = Faqet e FranceConnect janë vetëm në frëngjisht. Ja fjalët e tyre të sakta, me përkthimin e tyre. Mos i shkruani kurrë fjalëkalimet tuaja këtu.
sheet-bring-title = Çfarë duhet të keni me vete
sheet-bring-card = Carte Vitale tuaj ose vërtetimi i të drejtave nga sigurimi shëndetësor (attestation de droits).
sheet-bring-account = Emri i përdoruesit dhe fjalëkalimi i llogarisë suaj në një nga këto faqe:
sheet-bring-email = Hyrja në adresën tuaj të email-it: faqja e llogarisë suaj mund t'ju shkruajë atje.
sheet-steps-title = Hapat
sheet-step-start-title = Në faqen e shërbimit
sheet-step-start = Kërkoni këtë buton blu dhe klikojeni:
sheet-step-login = Në faqen e llogarisë së zgjedhur, shkruani vetë emrin e përdoruesit dhe fjalëkalimin, pastaj klikoni:
sheet-codes-title = Nëse FranceConnect tregon një gabim
sheet-codes-intro = Shënoni kodin që shkruhet pas « Erreur » dhe jepeni kur kërkoni ndihmë. Çfarë do të thotë:
sheet-help-title = Ku të gjeni ndihmë
sheet-help-cpam = Zyra juaj e sigurimit shëndetësor (CPAM): nëse numri juaj fillon me 7 ose 8, ose nëse dosja juaj është ende në shqyrtim.
sheet-help-contact = FranceConnect: linku « Contactez-nous » në faqen e tij të gabimit. Jepni kodin e gabimit.
sheet-helper-title = Për personin që ndihmon
sheet-helper-password = Mos e shkruani kurrë fjalëkalimin e personit, as për ta ndihmuar: e shkruan vetë personi.
sheet-helper-aidants = Për të vepruar në emër të personit, një profesionist i trajnuar përdor Aidants Connect, me një mandat të nënshkruar nga personi:
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = Jeni ndihmës profesionist? Përdorni Aidants Connect
