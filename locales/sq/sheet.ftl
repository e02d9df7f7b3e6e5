## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Faqja e internetit e Aidants Connect, për profesionistët:

## Printable sheet
# `fcguide sheet`: a sheet to print and take home. The steps' own messages make
# most of it; these are the words around them. Words between « » are the real
# site's and stay in French in every language.

sheet-title = FranceConnect, hap pas hapi
sheet-intro = Faqet e FranceConnect janë vetëm në frëngjisht. Ja fjalët e tyre të sakta, me përkthimin e tyre. Mos i shkruani kurrë fjalëkalimet tuaja këtu.
sheet-bring-title = Çfarë duhet të keni me vete
sheet-bring-card = Carte Vitale tuaj ose vërtetimi i të drejtave nga sigurimi shëndetësor (attestation de droits).
sheet-bring-account = Emri i përdoruesit dhe fjalëkalimi i llogarisë suaj në një nga këto faqe:
sheet-bring-email = Hyrja në adresën tuaj të email-it: faqja e llogarisë suaj mund t'ju shkruajë atje.
sheet-steps-title = Hapat
sheet-step-start-title = Në faqen e shërbimit
sheet-step-start = Kërkoni këtë buton blu dhe klikojeni:
sheet-step-login = Në faqen e llogarisë së zgjedhur, shkruani vetë emrin e përdoruesit dhe fjalëkalimin, pastaj klikoni:
sheet-codes-title = Nëse FranceConnect tregon një gabim
sheet-codes-intro = Shënoni kodin që shkruhet pas « Erreur » dhe jepeni kur kërkoni ndihmë. Çfarë do të thotë:
sheet-help-title = Ku të gjeni ndihmë
sheet-help-cpam = Zyra juaj e sigurimit shëndetësor (CPAM): nëse numri juaj fillon me 7 ose 8, ose nëse dosja juaj është ende në shqyrtim.
sheet-help-contact = FranceConnect: linku « Contactez-nous » në faqen e tij të gabimit. Jepni kodin e gabimit.
sheet-helper-title = Për personin që ndihmon
sheet-helper-password = Mos e shkruani kurrë fjalëkalimin e personit, as për ta ndihmuar: e shkruan vetë personi.
sheet-helper-aidants = Për të vepruar në emër të personit, një profesionist i trajnuar përdor Aidants Connect, me një mandat të nënshkruar nga personi:
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = Jeni ndihmës profesionist? Përdorni Aidants Connect
