## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Bogga internetka ee Aidants Connect, loogu talagalay xirfadlayaasha:

## Printable sheet

sheet-title = FranceConnect, tallaabo tallaabo
sheet-intro = Boggaga FranceConnect waa af Faransiis oo keliya. Halkan waa erayadooda saxda ah, iyo turjumaaddooda. Weligaa halkan ha ku qorin erayadaada sirta ah.
sheet-bring-title = Waxa aad sii qaadanayso
sheet-bring-card = Carte Vitale-kaaga ama warqadda xuquuqda ee Caymiska Caafimaadka (attestation de droits).
sheet-bring-account = Magaca isticmaalaha iyo erayga sirta ah ee akoonkaaga ku jira mid ka mid ah boggagan:
sheet-bring-email = Inaad furi karto iimaylkaaga: bogga akoonkaagu halkaas ayuu kuu soo qori karaa.
sheet-steps-title = Tallaabooyinka
sheet-step-start-title = Bogga adeegga
sheet-step-start = Raadi badhankan buluugga ah oo guji:
sheet-step-login = Bogga akoonka aad dooratay, adigu qor magacaaga isticmaale iyo erayga sirta ah, kadibna guji:
sheet-codes-title = Haddii FranceConnect muujiyo khalad
sheet-codes-intro = Qor koodka ku qoran « Erreur » kadib, oo sii marka aad caawimaad weydiisanayso. Macnihiisa:
sheet-help-title = Halka laga helo caawimaad
sheet-help-cpam = Xafiiskaaga Caymiska Caafimaadka (CPAM): haddii lambarkaagu ka bilaabmo 7 ama 8, ama haddii faylkaagu weli socdo.
sheet-help-contact = FranceConnect: linkiga « Contactez-nous » (Nala soo xiriir) ee boggiisa khaladka. Sii koodka khaladka.
sheet-helper-title = Qofka caawinaya
sheet-helper-password = Weligaa ha qorin erayga sirta ah ee qofka, xitaa si aad u caawiso: qofka laftiisa ayaa qoraya.
sheet-helper-aidants = Si uu magaca qofka wax ugu qabto, xirfadle tababaran wuxuu isticmaalaa Aidants Connect, isagoo haysta wakaalad uu qofku saxiixay:
sheet-words-aidants = Ma tahay caawiye xirfadle ah? Isticmaal Aidants Connect
