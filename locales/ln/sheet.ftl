## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Site internet ya Aidants Connect, mpo na basali:

## Printable sheet

sheet-title = FranceConnect, eteni na eteni
sheet-intro = Ba page ya FranceConnect ezali kaka na lifalanse. Tala maloba na yango mpenza, elongo na libongoli na yango. Bokoma ba liloba ya sekele na bino awa ata moke te.
sheet-bring-title = Oyo esengeli kozala na yango
sheet-bring-card = Carte Vitale na bino to mokanda ya Assurance maladie (attestation de droits).
sheet-bring-account = Kombo ya mosaleli mpe liloba ya sekele ya compte na bino na moko ya ba site oyo:
sheet-bring-email = Kokota na adresi na bino ya e-mail: site ya compte na bino ekoki kokomela bino kuna.
sheet-steps-title = Ba eteni
sheet-step-start-title = Na site ya service
sheet-step-start = Boluka bouton oyo ya bule mpe bofina yango:
sheet-step-login = Na page ya compte oyo boponi, bokoma bino moko kombo ya mosaleli mpe liloba ya sekele na bino, sima bofina:
sheet-codes-title = Soki FranceConnect emonisi libunga
sheet-codes-intro = Bokoma code oyo ezali sima ya « Erreur » mpe bopesa yango ntango bozali kosenga lisalisi. Ndimbola na yango:
sheet-help-title = Esika ya kozwa lisalisi
sheet-help-cpam = Caisse ya Assurance maladie na bino (CPAM): soki nimero na bino ebandi na 7 to 8, to soki dosie na bino ezali naino kosalema.
sheet-help-contact = FranceConnect: lien « Contactez-nous » (Bosolola na biso) ya page na yango ya libunga. Bopesa code ya libunga.
sheet-helper-title = Mpo na moto oyo azali kosalisa
sheet-helper-password = Bokoma liloba ya sekele ya moto yango ata moke te, ata mpo na kosalisa ye: ye moko akokoma yango.
sheet-helper-aidants = Mpo na kosala na kombo na ye, mosali oyo ateyami asalelaka Aidants Connect, na mandat oyo moto yango asinyi:
sheet-words-aidants = Bozali mosalisi ya mosala? Bosalela Aidants Connect
