## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Sit entènèt Aidants Connect la, pou pwofesyonèl yo:

## Printable sheet

sheet-title = FranceConnect, etap pa etap
sheet-intro = Paj FranceConnect yo an franse sèlman. Men mo egzak yo, ak tradiksyon yo. Pa janm ekri modpas ou isit la.
sheet-bring-title = Sa pou ou pote
sheet-bring-card = Carte Vitale ou oswa papye Asirans maladi ou (attestation de droits).
sheet-bring-account = Idantifyan ak modpas kont ou sou youn nan sit sa yo:
sheet-bring-email = Aksè nan adrès imèl ou: sit kont ou a ka ekri ou la.
sheet-steps-title = Etap yo
sheet-step-start-title = Sou sit sèvis la
sheet-step-start = Chèche bouton ble sa a epi klike sou li:
sheet-step-login = Sou paj kont ou chwazi a, se ou menm ki tape idantifyan ou ak modpas ou, epi klike sou:
sheet-codes-title = Si FranceConnect montre yon erè
sheet-codes-intro = Ekri kòd ki apre « Erreur » a epi bay li lè w ap mande èd. Sa li vle di:
sheet-help-title = Ki kote pou jwenn èd
sheet-help-cpam = Kès Asirans maladi ou (CPAM): si nimewo ou kòmanse ak 7 oswa 8, oswa si dosye ou poko fini.
sheet-help-contact = FranceConnect: lyen « Contactez-nous » (Kontakte nou) ki sou paj erè li. Bay kòd erè a.
sheet-helper-title = Pou moun k ap ede a
sheet-helper-password = Pa janm tape modpas moun nan, menm pou ede l: se li menm ki tape l.
sheet-helper-aidants = Pou aji nan non moun nan, yon pwofesyonèl ki fòme sèvi ak Aidants Connect, ak yon manda moun nan siyen:
sheet-words-aidants = Ou se yon pwofesyonèl k ap ede moun? Sèvi ak Aidants Connect
