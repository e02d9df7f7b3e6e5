## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Ciwaanka soo noqoshada (--redirect-uri) ma ansaxsana.
error-config-redirect-address-next = Bixi ciwaanka saxda ah ee loo diiwaangeliyay adeeggan: isdhexgalka (integration), ciwaan kombiyuutarkan ku yaal oo leh port go'an (http://localhost:8400/callback); wax-soo-saarka (production), bog https ah oo adeegga leh, kuna yaal magaca domain-kiisa.
error-config-loopback-production = FranceConnect-ka production-ku wuu diidaa ciwaannada soo noqoshada ee kombiyuutarkan (localhost, 127.0.0.1): biraawsarku wuxuu ku istaagi lahaa khaladka Y030007.
error-config-loopback-production-next = Ka diiwaangeli FranceConnect bog https ah oo adeegga leh, kuna yaal magaca domain-kiisa, oo muujiya ciwaankiisa (fcguide relay-page ayaa bixiya boggaas), kadibna ku bixi --redirect-uri. Ciwaannada kombiyuutarkan waxay u shaqeeyaan integration oo keliya.
cli-bad-service-name = Magaca adeegga ma ansaxsana: { $word }. Bixi magaca lagu diiwaangeliyay FranceConnect, qoraal caadi ah, ugu badnaan 100 xaraf.
choice-paste = Halkan dhig ciwaanka bogga adeegga
auth-paste-when = « Continuer sur { $service } » kadib, biraawsarku wuxuu yimaadaa bogga { $service }, kaas oo muujiya ciwaan. Koobiyee, kadib halkan ku dhig adigoo doorta doorashada koowaad.
paste-title = Halkan dhig ciwaanka bogga adeegga
paste-body = Bogga { $service }, koobiyee ciwaanka oo dhan ee uu muujiyo (wuxuu ka bilaabmaa { $page }), halkan dhig oo riix Enter. Enter keliya dib ayuu u celiyaa.
paste-input = Ciwaanka:
paste-problem-too-long = Qoraalkani aad buu u dheer yahay inuu noqdo ciwaanka bogga.
paste-problem-control = Qoraalkan waxaa ku jira xarfo kontorool: ciwaan ma aha.
paste-problem-not-an-address = Kani ciwaan ma aha. Koobiyee ciwaanka oo dhan, bilowgiisa laga bilaabo.
paste-problem-other-page = Kani ma aha ciwaanka bogga adeegga. Koobiyee ciwaanka bogga biraawsarku yimid FranceConnect kadib.
paste-problem-no-answer = Ciwaankan kuma jiro jawaabta FranceConnect. Marka hore ku dhammee gelitaanka biraawsarka, kadib koobiyee ciwaanka bogga uu yimid.
paste-problem-other-attempt = Ciwaankan wuxuu ka yimid gelitaan kale (tab hore). Isticmaal tab-ka ugu dambeeyay ee la furay, ama dib u bilow.
help-paste = Production-ka, FranceConnect wuxuu biraawsarka dib ugu celiyaa bogga adeegga, ma aha kombiyuutarkan. Boggaas wuxuu muujiyaa ciwaankiisa iyo badhan lagu koobiyeeyo. Halkan ku dhig: waan hubinayaa, hal mar oo keliya ayaan isticmaalayaa.
