## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Malpera Aidants Connect, ji bo karmendan:

## Printable sheet
# `fcguide sheet`: a sheet to print and take home. The steps' own messages make
# most of it; these are the words around them. Words between « » are the real
# site's and stay in French in every language.

sheet-title = FranceConnect, gav bi gav
sheet-intro = Rûpelên FranceConnect tenê bi fransî ne. Li vir peyvên wan ên tam hene, bi wergera wan. Tu carî şîfreyên xwe li vir nenivîsin.
sheet-bring-title = Divê çi bi we re be
sheet-bring-card = Carte Vitale ya we an belgeya mafan a sîgorteya tenduristiyê (attestation de droits).
sheet-bring-account = Navê bikarhêner û şîfreya hesabê we li ser yek ji van malperan:
sheet-bring-email = Gihîştina navnîşana we ya e-nameyê: malpera hesabê we dikare li wir ji we re binivîse.
sheet-steps-title = Gavên têketinê
sheet-step-start-title = Li ser malpera xizmetê
sheet-step-start = Li vê bişkoka şîn bigerin û lê bitikînin:
sheet-step-login = Li ser rûpela hesabê hilbijartî, navê bikarhêner û şîfreya xwe bi xwe binivîsin, paşê li vê bitikînin:
sheet-codes-title = Heke FranceConnect çewtiyekê nîşan bide
sheet-codes-intro = Koda ku piştî « Erreur » hatiye nivîsandin ji xwe re binivîsin û dema ku alîkarî dixwazin wê bidin. Wateya wê:
sheet-help-title = Alîkarî li ku heye
sheet-help-cpam = Ofîsa we ya sîgorteya tenduristiyê (CPAM): heke hejmara we bi 7 an 8 dest pê dike, an heke dosyeya we hîn didome.
sheet-help-contact = FranceConnect: lînka « Contactez-nous » li ser rûpela wê ya çewtiyê. Koda çewtiyê bidin.
sheet-helper-title = Ji bo kesê ku alîkariyê dike
sheet-helper-password = Tu carî şîfreya wê kesê nenivîsin, ne jî ji bo alîkariyê: ew kes bi xwe dinivîse.
sheet-helper-aidants = Ji bo ku li ser navê wê kesê kar bike, karmendekî perwerdekirî Aidants Connect bikar tîne, bi wekaletnameyeke ku ew kes îmze dike:
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = Hûn alîkarekî profesyonel in? Aidants Connect bikar bînin
