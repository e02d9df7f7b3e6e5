## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Adresa e kthimit (--redirect-uri) nuk është e vlefshme.
error-config-redirect-address-next = Jepni saktësisht adresën e regjistruar për këtë shërbim: për integrimin, një adresë në këtë kompjuter me një portë fikse (http://localhost:8400/callback); për prodhimin (production), një faqe https të shërbimit, në emrin e vet të domenit.
error-config-loopback-production = FranceConnect në prodhim (production) refuzon adresat e kthimit në këtë kompjuter (localhost, 127.0.0.1): shfletuesi do të ndalej te gabimi Y030007.
error-config-loopback-production-next = Regjistroni te FranceConnect një faqe https të shërbimit, në emrin e vet të domenit, që tregon adresën e saj (fcguide relay-page e jep këtë faqe), pastaj jepeni me --redirect-uri. Adresat në këtë kompjuter funksionojnë vetëm për integrimin.
cli-bad-service-name = Emër shërbimi i pavlefshëm: { $word }. Jepni emrin e regjistruar te FranceConnect, si tekst të thjeshtë, jo më shumë se 100 shenja.
choice-paste = Ngjit adresën e faqes së shërbimit
auth-paste-when = Pas « Continuer sur { $service } », shfletuesi vjen te faqja e { $service }, që tregon një adresë. Kopjojeni, pastaj ngjiteni këtu me zgjedhjen e parë.
paste-title = Ngjit adresën e faqes së shërbimit
paste-body = Në faqen e { $service }, kopjoni gjithë adresën që tregon (fillon me { $page }), ngjiteni këtu dhe shtypni Enter. Vetëm Enter kthehet prapa.
paste-input = Adresa:
paste-problem-too-long = Ky tekst është shumë i gjatë për të qenë adresa e faqes.
paste-problem-control = Ky tekst ka shenja kontrolli: nuk është adresë.
paste-problem-not-an-address = Kjo nuk është adresë. Kopjoni gjithë adresën, që nga fillimi.
paste-problem-other-page = Kjo nuk është adresa e faqes së shërbimit. Kopjoni adresën e faqes ku shfletuesi mbërriti pas FranceConnect.
paste-problem-no-answer = Kjo adresë nuk ka përgjigjen e FranceConnect. Së pari përfundoni lidhjen në shfletues, pastaj kopjoni adresën e faqes ku mbërriti.
paste-problem-other-attempt = Kjo adresë vjen nga një lidhje tjetër (një skedë e vjetër). Përdorni skedën e hapur së fundi, ose filloni nga e para.
help-paste = Në prodhim, FranceConnect e kthen shfletuesin te faqja e shërbimit, jo te ky kompjuter. Kjo faqe tregon adresën e saj me një buton për ta kopjuar. Ngjiteni këtu: e kontrolloj dhe e përdor vetëm një herë.
