## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Adresi ya kozonga (--redirect-uri) ebongi te.
error-config-redirect-address-next = Pesá kaka adresi oyo ekomamaki mpo na service oyo: mpo na intégration, adresi ya ordinateur oyo na port oyo ebongwanaka te (http://localhost:8400/callback); mpo na production, page https ya service, na nkombo ya domaine na yango moko.
error-config-loopback-production = FranceConnect na production eboyaka ba adresi ya kozonga ya ordinateur oyo (localhost, 127.0.0.1): navigateur ekotelema na libunga Y030007.
error-config-loopback-production-next = Bokoma epai ya FranceConnect page https ya service, na nkombo ya domaine na yango moko, oyo emonisaka adresi na yango (fcguide relay-page epesaka page yango), sima bopesa yango na --redirect-uri. Ba adresi ya ordinateur oyo esalaka kaka na intégration.
cli-bad-service-name = Nkombo ya service ebongi te: { $word }. Bopesa nkombo oyo ekomamaki epai ya FranceConnect, na makomi ya pete, bilembo 100 koleka te.
choice-paste = Kotia adresi ya page ya service
auth-paste-when = Sima ya « Continuer sur { $service } », navigateur ekokoma na page ya { $service }, oyo emonisaka adresi moko. Bokopia yango, sima botia yango awa na boponi ya liboso.
paste-title = Kotia adresi ya page ya service
paste-body = Na page ya { $service }, bokopia adresi mobimba oyo emonisami (ebandi na { $page }), botia yango awa mpe bofina Enter. Enter kaka ezongisaka sima.
paste-input = Adresi:
paste-problem-too-long = Makomi oyo eleki molai mpo na kozala adresi ya page.
paste-problem-control = Makomi oyo ezali na bilembo ya contrôle: ezali adresi te.
paste-problem-not-an-address = Oyo ezali adresi te. Bokopia adresi mobimba, banda ebandeli.
paste-problem-other-page = Oyo ezali adresi ya page ya service te. Bokopia adresi ya page oyo navigateur ekomaki sima ya FranceConnect.
paste-problem-no-answer = Adresi oyo ezali na eyano ya FranceConnect te. Liboso bosilisa connexion na navigateur, sima bokopia adresi ya page oyo ekomaki.
paste-problem-other-attempt = Adresi oyo euti na connexion mosusu (onglet ya kala). Bosalela onglet oyo efungwamaki na nsuka, to bobanda lisusu.
help-paste = Na production, FranceConnect ezongisaka navigateur na page ya service, na ordinateur oyo te. Page yango emonisaka adresi na yango na bouton mpo na kokopia yango. Botia yango awa: nakotala yango mpe nakosalela yango mbala moko kaka.
