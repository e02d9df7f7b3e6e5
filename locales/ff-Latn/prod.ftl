## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Adires artirgol (--redirect-uri) ndee moƴƴaani.
error-config-redirect-address-next = Hokku adires winndaande sarwiis oo tigi: e integration, adires ordinateur oo e port ngoo waylotaako (http://localhost:8400/callback); e production, hello https sarwiis oo, e innde domaine mum.
error-config-loopback-production = FranceConnect e production ina salii adires artirgol ordinateur oo (localhost, 127.0.0.1): navigateur oo dartoto e juumre Y030007.
error-config-loopback-production-next = Winndin to FranceConnect hello https sarwiis oo, e innde domaine mum, hollirta adires mum (fcguide relay-page ina hokka ndee hello), caggal ɗum hokku nde e --redirect-uri. Adiresaaji ordinateur oo ina golla tan e integration.
cli-bad-service-name = Innde sarwiis moƴƴaani: { $word }. Hokku innde winndaande to FranceConnect, e binndi laaɓɗi, alkulaaji 100 tan walla ko ustii.
choice-paste = Tuggu adires hello sarwiis oo
auth-paste-when = Caggal « Continuer sur { $service } », navigateur oo yettoto hello { $service }, hollirta adires. Natto nde, caggal ɗum tuggu nde ɗoo e suɓaade adannoore.
paste-title = Tuggu adires hello sarwiis oo
paste-body = E hello { $service }, natto adires hollaande ndee fof (omo fuɗɗoroo { $page }), tuggu nde ɗoo, ñoƴƴu Enter. Enter tan ina artira caggal.
paste-input = Adires:
paste-problem-too-long = Binndi ɗii ina njuuti no feewi, ɗi wonaa adires hello.
paste-problem-control = Binndi ɗii ina njogii alkulaaji kontorol: ɗi wonaa adires.
paste-problem-not-an-address = Ɗum wonaa adires. Natto adires ndee fof, fuɗɗoraade e fuɗɗorde.
paste-problem-other-page = Ɗum wonaa adires hello sarwiis oo. Natto adires hello ka navigateur oo yettii caggal FranceConnect.
paste-problem-no-answer = Adires ndee alaa jaabawol FranceConnect. Gasnu adannde connexion e navigateur oo, caggal ɗum natto adires hello ka o yettii.
paste-problem-other-attempt = Adires ndee iwii e connexion goo (onglet kiiɗɗo). Huutoro onglet udditaaɗo sakket, walla fuɗɗito.
help-paste = E production, FranceConnect ina artira navigateur oo e hello sarwiis oo, wonaa e ordinateur oo. Ndee hello ina hollira adires mum e butoŋ ngam nattaade nde. Tuggu nde ɗoo: mi ƴeewto nde, mi huutoroto nde laawol gootol tan.
