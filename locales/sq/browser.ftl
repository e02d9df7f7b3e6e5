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
