# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Touch: tape nimewo yon chwa, apre sa Enter. Enter sèl pran chwa ki pwopoze a. 0 fè ou retounen. l chanje lang nan san ou pa pèdi kote ou rive. b montre yon dezyèm lang anba chak tèks; f ranvèse de lang yo. v li etap yo a wot vwa, oswa kanpe vwa a. q pou kite.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Kounye a chif yo ap parèt pandan w ap tape.
plain-digits-hidden = Chif yo kache ankò.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Navigatè a ap louvri kounye a pou dekonekte w nan FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Arab
language-in-bn = Bengali
language-in-en = Angle
language-in-es = Panyòl
language-in-fa-af = Dari
language-in-ff-latn = Pula
language-in-fr = Franse
language-in-ht = Kreyòl ayisyen
language-in-ka = Jòjyen
language-in-kmr = Kid kurmanji
language-in-ln = Lingala
language-in-ps = Pachto
language-in-pt = Pòtigè
language-in-ru = Ris
language-in-so = Somali
language-in-sq = Albanè
language-in-ti = Tigrinya
language-in-tr = Tik
language-in-uk = Ikrenyen
language-in-ur = Ourdou
language-in-ta = Tamoul
language-in-zh-hans = Chinwa (senplifye)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Tape premye lèt non lang ou, an kreyòl oswa nan lang pa ou, epi Enter. h: lis { $count } lang yo, ak nimewo.
