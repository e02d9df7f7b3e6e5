## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Lowre Aidants Connect, ngam golloɓe:

## Printable sheet

sheet-title = FranceConnect, taabal e taabal
sheet-intro = Kelle FranceConnect ko e Farayseere tan. Ɗoo ko konguɗi majje tigi, e firo majje. Hoto winndu finnde maa ɗoo abada.
sheet-bring-title = Ko haani a jogii
sheet-bring-card = Carte Vitale maa walla kaayit Assurance maladie maa (attestation de droits).
sheet-bring-account = Innde kuutoro e finnde konte maa e gooto e ɗee site:
sheet-bring-email = Naatde e adires iimeel maa: site konte maa ina waawi winndande maa toon.
sheet-steps-title = Taabe ɗee
sheet-step-start-title = E dow site carwol ngol
sheet-step-start = Yiylo butoŋ bulo oo, tappu e mum:
sheet-step-login = E hello konte ko suɓiɗaa, winndu e hoore maa innde kuutoro maa e finnde maa, nden tappu:
sheet-codes-title = So FranceConnect hollitii juumre
sheet-codes-intro = Winndu kod winndaaɗo caggal « Erreur », rokku mo so aɗa ɗaɓɓa ballal. Ko o firti:
sheet-help-title = Ɗo ballal heɓetee
sheet-help-cpam = Biro Assurance maladie maa (CPAM): so limoore maa ina fuɗɗoroo 7 walla 8, walla so dosiyee maa timmaani.
sheet-help-contact = FranceConnect: jokkol « Contactez-nous » (Jokkondir e amen) e hello juumre mum. Rokku kod juumre ndee.
sheet-helper-title = Ngam neɗɗo ballotooɗo
sheet-helper-password = Hoto winndu finnde neɗɗo oo abada, hay so ko ngam wallude mo: ko kaŋko e hoore makko winndata nde.
sheet-helper-aidants = Ngam gollaade e innde makko, golloowo jannguɗo ina huutora Aidants Connect, e mandat ko neɗɗo oo siifi:
sheet-words-aidants = Aɗa woni golloowo ballotooɗo yimɓe? Huutoro Aidants Connect
