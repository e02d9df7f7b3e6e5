## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Deftere leydi ndee salii ɗaɓɓaande nde: jaɓaani humpito idantite ɗo konte mo cuɓɗaa neldi. Ɗum wonaa caɗeele masiŋaaji.
code-y010009-next = Eto kadi laawol gootol. So kod gootum oo artii, suɓo konte goo, walla jokkondir e FranceConnect e kod oo ngam ƴeewde humpito maa.
code-navigation = Butoŋ rutto navigateur oo, walla loowtude hello kadi, taƴii naatgol ngol.
code-navigation-next = Uddu tabbe FranceConnect fof, nden suɓo Eto kadi. Nde naatgol ngol woni, wata huutoro butoŋ rutto navigateur oo.
code-y180001 = Naatgol maa e FranceConnect daaƴaama.
code-y180001-next = Ngam udditde ɗum kadi, jokkondir e FranceConnect e kod oo. Nde aɗa fadi, huutoro konte site oo e hoore mum.
code-y100011 = A haɗii ndee konte e cuɓe maa FranceConnect.
code-y100011-next = Suɓo konte goo, walla yamir ndee konte kadi e cuɓe maa FranceConnect, nden eto kadi.
code-idp-off = Ndee konte huutortaake jooni ngam ngol carwol: nde daaƴaama, walla ngol carwol jaɓataa nde.
code-idp-off-next = Suɓo konte goo.
code-y04ea6ef = FranceConnect anndaa ngol carwol (innde mum, client id, anndaaka). Ko juumre e winnditagol carwol ngol, wonaa juumre maa.
code-y04ea6ef-next = A waawaa waɗde hay huunde: rokku carwol ngol kod oo. Ngam jiimoowo mum: ƴeew client id e nokku golle oo (integration walla production); client id gollata tan e nokku ɗo rokkaa mo.
code-y04c013c = Adires ruttorde carwol ngol winndaaka e FranceConnect (port goo, innde goo, walla http e nokku https). Ko juumre e winnditagol carwol ngol, wonaa juumre maa.
code-y04c013c-next = A waawaa waɗde hay huunde: rokku carwol ngol kod oo. Ngam jiimoowo mum: winndu adires rokkaande e --redirect-uri ndee tigi, walla rokku ndee winndaande.
code-logout-refused = FranceConnect salii ɗaɓɓaande carwol ngol ngam joofnude sahaa naatgol (seedee naatgol ngol alaa, walla adires ruttorde caggal joofnde sahaa winndaaka).
code-logout-refused-next = Uddu navigateur oo ngam joofnude sahaa naatgol FranceConnect. Ngam jiimoowo carwol ngol: winndu adires ruttorde caggal joofnde sahaa.

## The practice provider, as the platform words its pages

practice-error-technical = Juumre teknik waɗii, uddu tabbere navigateur maa nden naat kadi.
practice-error-session = Sahaa naatgol maa timmii walla moƴƴaani, uddu tabbere navigateur maa nden naat kadi.
practice-error-communication = Juumre jokkondiral e jeyɗo carwol ngol waɗii. Tiiɗno eto kadi ɓaawo.
practice-cancel = Haaytu
practice-idp-failed = Naatgol e { $idp } waawaaki. Tiiɗno eto kadi walla suɓo laawol naatgol goo.
practice-choose-error-doc-title = Juumre nde konte suɓetee

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = Hello ngoo wiyi « La connexion à » … « n’a pas été possible »
notice-not-possible = Ngoo hello FranceConnect firti wonde naatgol e { $idp } timmaani: a haaytii e { $idp }, walla naatgol ngol jaɓaaka ton. Hay huunde neldaaka carwol ngol. Miɗo fadi tawo: e ngoo hello, suɓo { $idp } kadi ngam etaade kadi, walla konte goo.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Jeyɗo oo salii innde carwol ngol (client id) walla sirru mum.
error-client-rejected-next = Caɗeele ngalɗe ina e winnditagol carwol ngol, wonaa e konte maa: etaade kadi waylataa hay huunde. Ƴeewto client id e sirru rokkaaɗo ngol porogaraam, e nokku golle oo (integration walla production), walla naamno jiimoowo carwol ngol ɗum en.
error-config-secret-file-link = Fiilde sirru ndee ({ $file }) ko jokkorde senbolik: mi salii rewde nde.
error-config-secret-file-link-next = Waɗ sirru oo e fiilde goonga e nokku oo, wonaa e jokkorde, nde aan tan waawa janngude (chmod 600).
