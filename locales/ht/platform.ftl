## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Rejis nasyonal la rejte demann lan: li refize done idantite kont ou chwazi a te voye yo. Se pa yon pàn.
code-y010009-next = Eseye ankò yon fwa. Si menm kòd la tounen, chwazi yon lòt kont, oswa kontakte FranceConnect ak kòd sa a pou yo verifye done ou yo.
code-navigation = Bouton Retounen navigatè a, oswa rechaje yon paj, te koupe koneksyon an.
code-navigation-next = Fèmen tout onglè FranceConnect yo, epi chwazi Eseye ankò. Pandan koneksyon an, pa sèvi ak bouton Retounen navigatè a.
code-y180001 = Aksè ou nan FranceConnect te dezaktive.
code-y180001-next = Pou reaktive l, kontakte FranceConnect ak kòd sa a. Pandan tan sa a, sèvi ak kont pa sit la.
code-y100011 = Ou te bloke kont sa a nan preferans FranceConnect ou yo.
code-y100011-next = Chwazi yon lòt kont, oswa otorize kont sa a ankò nan preferans FranceConnect ou yo, epi eseye ankò.
code-idp-off = Ou pa ka sèvi ak kont sa a kounye a pou sèvis sa a: li dezaktive, oswa sèvis sa a pa aksepte l.
code-idp-off-next = Chwazi yon lòt kont.
code-y04ea6ef = FranceConnect pa konnen sèvis sa a (idantifyan li, client id a, enkoni). Se yon erè nan enskripsyon sèvis la, se pa erè pa w.
code-y04ea6ef-next = Ou pa ka fè anyen pou sa: bay sèvis la kòd sa a. Pou administratè li: verifye client id a ak anviwònman an (entegrasyon oswa pwodiksyon); yon client id mache sèlman nan anviwònman ki te bay li a.
code-y04c013c = Adrès retou sèvis la pa enskri nan FranceConnect (yon lòt pò, yon lòt non, oswa http olye https). Se yon erè nan enskripsyon sèvis la, se pa erè pa w.
code-y04c013c-next = Ou pa ka fè anyen pou sa: bay sèvis la kòd sa a. Pou administratè li: enskri egzakteman adrès yo bay ak --redirect-uri a, oswa bay sa ki enskri a.
code-logout-refused = FranceConnect refize demann sèvis la pou fini sesyon an (prèv koneksyon an manke, oswa adrès retou apre sesyon an fini an pa enskri).
code-logout-refused-next = Fèmen navigatè a pou fini sesyon FranceConnect la. Pou administratè sèvis la: enskri adrès retou apre sesyon an fini.

## The practice provider, as the platform words its pages

practice-error-technical = Gen yon erè teknik ki fèt, fèmen onglè navigatè ou a epi konekte ankò.
practice-error-session = Sesyon ou a fini oswa li pa valab, fèmen onglè navigatè ou a epi konekte ankò.
practice-error-communication = Gen yon erè kominikasyon ak founisè sèvis la ki fèt. Tanpri eseye ankò pita.
practice-cancel = Anile
practice-idp-failed = Koneksyon ak { $idp } pa t posib. Tanpri eseye ankò oswa chwazi yon lòt fason pou konekte.
practice-choose-error-doc-title = Erè pandan chwa kont lan

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = Paj la di « La connexion à » … « n’a pas été possible »
notice-not-possible = Paj FranceConnect sa a vle di koneksyon ak { $idp } pa t fini: ou te anile sou { $idp }, oswa koneksyon an te echwe la. Anyen pa t voye bay sèvis la. M ap tann toujou: sou paj sa a, chwazi { $idp } ankò pou eseye ankò, oswa yon lòt kont.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Founisè a refize idantifyan sèvis la (client id) oswa sekrè li.
error-client-rejected-next = Se enskripsyon sèvis la ki gen pwoblèm, se pa kont ou: eseye ankò p ap chanje anyen. Verifye client id ak sekrè yo bay pwogram sa a, ak anviwònman an (entegrasyon oswa pwodiksyon), oswa mande administratè sèvis la yo.
error-config-secret-file-link = Fichye sekrè a ({ $file }) se yon lyen senbolik: mwen refize swiv li.
error-config-secret-file-link-next = Mete sekrè a nan yon vrè fichye nan plas sa a, pa nan yon lyen, se ou sèl ki ka li l (chmod 600).
