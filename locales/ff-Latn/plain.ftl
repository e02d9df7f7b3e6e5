# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Butoŋ: winndu limoore suɓaande, caggal ɗuum Enter. Enter tan ina ƴetta suɓaande rokkaande. 0 ina rutta ma caggal. l ina waylita ɗemngal tawa a waasaani ɗo njottiɗaa. b ina hollita ɗemngal ɗiɗaɓngal les binndi kala; f ina waylindira ɗemɗe ɗiɗi ɗee. v ina jannga taabe ɗee e daande, walla ina dartina daande ndee. q ngam uddude.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Jooni limoore ɗee maa njiye tuma nde mbinndataa.
plain-digits-hidden = Limoore ɗee suuɗaama kadi.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Jooni wanngorde ndee ina udditoo ngam yaltude e FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Aarabeere
language-in-bn = Bengaliire
language-in-en = Engeleere
language-in-es = Español
language-in-fa-af = Dari
language-in-ff-latn = Pular
language-in-fr = Farayseere
language-in-ht = Kereyol Haayiti
language-in-ka = Jeorjiyaare
language-in-kmr = Kurmanji
language-in-ln = Lingala
language-in-ps = Pastoore
language-in-pt = Portugeere
language-in-ru = Riisiyeere
language-in-so = Somaliire
language-in-sq = Albaniire
language-in-ti = Tigriñaare
language-in-tr = Turkeere
language-in-uk = Ukereneere
language-in-ur = Urduujo
language-in-ta = Tamilkoore
language-in-zh-hans = Siinankoore (hoyɓinaandi)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Winndu alkulaaje adii e innde ɗemngal maa, e Pular walla e ɗemngal maa, refti Enter. h: doggol ɗemɗe { $count } ɗe, e limoore.
