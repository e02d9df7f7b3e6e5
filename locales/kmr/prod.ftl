## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Navnîşana vegerê (--redirect-uri) ne derbasdar e.
error-config-redirect-address-next = Tam navnîşana ku ji bo vê xizmetê hatiye qeydkirin bidin: ji bo entegrasyonê, navnîşaneke li ser vê komputerê bi portekî sabît (http://localhost:8400/callback); ji bo production, rûpeleke https a xizmetê, li ser navê domaina wê ya xwe.
error-config-loopback-production = FranceConnect di production de navnîşanên vegerê yên li ser vê komputerê (localhost, 127.0.0.1) red dike: gerok dê li ser çewtiya Y030007 raweste.
error-config-loopback-production-next = Li cem FranceConnect rûpeleke https a xizmetê, li ser navê domaina wê ya xwe, ku navnîşana xwe nîşan dide, qeyd bikin (fcguide relay-page vê rûpelê dide), paşê wê bi --redirect-uri bidin. Navnîşanên li ser vê komputerê tenê ji bo entegrasyonê dixebitin.
cli-bad-service-name = Navê xizmetê ne derbasdar e: { $word }. Navê ku li cem FranceConnect hatiye qeydkirin, wekî nivîsa sade, herî zêde 100 tîp, bidin.
choice-paste = Navnîşana rûpela xizmetê bizeliqînin
auth-paste-when = Piştî « Continuer sur { $service } », gerok digihîje rûpela { $service }, ku navnîşanekê nîşan dide. Wê kopî bikin, paşê bi bijartina yekem li vir bizeliqînin.
paste-title = Navnîşana rûpela xizmetê bizeliqînin
paste-body = Li ser rûpela { $service }, hemû navnîşana ku nîşan dide kopî bikin (bi { $page } dest pê dike), li vir bizeliqînin û Enter bikirtînin. Tenê Enter vedigere paş.
paste-input = Navnîşan:
paste-problem-too-long = Ev nivîs pir dirêj e ku navnîşana rûpelê be.
paste-problem-control = Di vê nivîsê de tîpên kontrolê hene: ew ne navnîşan e.
paste-problem-not-an-address = Ev ne navnîşan e. Hemû navnîşanê, ji destpêkê, kopî bikin.
paste-problem-other-page = Ev ne navnîşana rûpela xizmetê ye. Navnîşana rûpela ku gerok piştî FranceConnect gihîştiyê kopî bikin.
paste-problem-no-answer = Di vê navnîşanê de bersiva FranceConnect tune. Pêşî têketinê di gerokê de biqedînin, paşê navnîşana rûpela ku lê gihîşt kopî bikin.
paste-problem-other-attempt = Ev navnîşan ji têketineke din tê (tabeke kevn). Taba herî dawî vebûyî bi kar bînin, an ji nû ve dest pê bikin.
help-paste = Di production de, FranceConnect gerokê vedigerîne rûpela xizmetê, ne vê komputerê. Ew rûpel navnîşana xwe bi bişkokeke ji bo kopîkirinê nîşan dide. Wê li vir bizeliqînin: ez wê kontrol dikim û tenê carekê bi kar tînim.
