## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Diiwaanka qaranku wuu diiday codsiga: ma aqbalin xogta aqoonsiga ee uu soo diray akoonka aad dooratay. Tani ma aha cillad farsamo.
code-y010009-next = Mar kale isku day hal mar. Haddii isla koodkaas dib u yimaado, dooro akoon kale, ama la xiriir FranceConnect adigoo wata koodkan si xogtaada loo hubiyo.
code-navigation = Badhanka Dib u noqo ee biraawsarka, ama dib u rarka bog, ayaa joojiyay gelitaanka.
code-navigation-next = Xir dhammaan tab-yada FranceConnect, kadib dooro Isku day mar kale. Inta lagu jiro gelitaanka, ha isticmaalin badhanka Dib u noqo ee biraawsarka.
code-y180001 = Gelitaankaaga FranceConnect waa la joojiyay.
code-y180001-next = Si dib loogu furo, la xiriir FranceConnect adigoo wata koodkan. Inta aad sugayso, isticmaal akoonka gaarka ah ee bogga.
code-y100011 = Akoonkan waxaad ku xannibtay dookhyadaada FranceConnect.
code-y100011-next = Dooro akoon kale, ama mar kale u oggolow akoonkan dookhyadaada FranceConnect, kadib isku day mar kale.
code-idp-off = Akoonkan hadda looma isticmaali karo adeeggan: waa la joojiyay, ama adeeggani ma aqbalo.
code-idp-off-next = Dooro akoon kale.
code-y04ea6ef = FranceConnect ma yaqaan adeeggan (aqoonsigiisa, client id, lama yaqaan). Waa khalad ku jira diiwaangelinta adeegga, ma aha khaladkaaga.
code-y04ea6ef-next = Waxba kama qaban kartid: koodkan sii adeegga. Maamulahiisa: hubi client id iyo deegaanka (integration ama production); client id wuxuu ka shaqeeyaa oo keliya deegaanka bixiyay.
code-y04c013c = Ciwaanka soo celinta ee adeegga laguma diiwaangelin FranceConnect (port kale, magac kale, ama http halkii https). Waa khalad ku jira diiwaangelinta adeegga, ma aha khaladkaaga.
code-y04c013c-next = Waxba kama qaban kartid: koodkan sii adeegga. Maamulahiisa: si sax ah u diiwaangeli ciwaanka lagu bixiyay --redirect-uri, ama bixi kan la diiwaangeliyay.
code-logout-refused = FranceConnect wuu diiday codsiga adeegga ee lagu dhammaynayo fadhiga (caddaynta gelitaanka ma jirto, ama ciwaanka soo celinta kadib dhammaadka fadhiga lama diiwaangelin).
code-logout-refused-next = Xir biraawsarka si fadhiga FranceConnect u dhammaado. Maamulaha adeegga: diiwaangeli ciwaanka soo celinta kadib dhammaadka fadhiga.

## The practice provider, as the platform words its pages

practice-error-technical = Khalad farsamo ayaa dhacay, xir tab-ka biraawsarkaaga oo mar kale gal.
practice-error-session = Fadhigaagu wuu dhacay ama ma shaqaynayo, xir tab-ka biraawsarkaaga oo mar kale gal.
practice-error-communication = Khalad xiriir ah ayaa la dhacay bixiyaha adeegga. Fadlan mar dambe isku day.
practice-cancel = Jooji
practice-idp-failed = Ku gelitaanka { $idp } suurtagal ma noqon. Fadlan isku day mar kale ama dooro hab kale oo gelitaan.
practice-choose-error-doc-title = Khalad inta akoonka la dooranayo

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = Boggu wuxuu leeyahay « La connexion à » … « n’a pas été possible »
notice-not-possible = Boggan FranceConnect wuxuu ka dhigan yahay in ku gelitaanka { $idp } uusan dhammaan: waad joojisay { $idp }, ama gelitaanku halkaas ayuu ku guuldareystay. Waxba looma dirin adeegga. Weli waan sugayaa: boggaas, mar kale dooro { $idp } si aad isugu daydo, ama akoon kale.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Bixiyuhu wuu diiday aqoonsiga adeegga (client id) ama sirtiisa.
error-client-rejected-next = Dhibaatadu waxay ku jirtaa diiwaangelinta adeegga, ma aha akoonkaaga: isku dayga mar kale waxba ma beddelayo. Hubi client id iyo sirta la siiyay barnaamijkan, iyo deegaanka (integration ama production), ama ka codso maamulaha adeegga.
error-config-secret-file-link = Faylka sirta ({ $file }) waa xiriiriye calaamad ah: waan diiday inaan raaco.
error-config-secret-file-link-next = Sirta geli fayl dhab ah oo meeshaas yaal, ha gelin xiriiriye, oo adiga keliya akhrin karto (chmod 600).
