# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Touches : tapez le numéro d'un choix, puis Entrée. Entrée seule valide le choix proposé. 0 revient en arrière. l change la langue sans perdre votre progression. b montre une deuxième langue sous chaque texte ; f inverse les deux langues. v lit les étapes à voix haute ou arrête la voix. q quitte.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Les chiffres seront maintenant affichés pendant la saisie.
plain-digits-hidden = Les chiffres sont de nouveau cachés.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Le navigateur s'ouvre maintenant pour vous déconnecter de FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Arabe
language-in-bn = Bengali
language-in-en = Anglais
language-in-es = Espagnol
language-in-fa-af = Dari
language-in-ff-latn = Peul (pular)
language-in-fr = Français
language-in-ht = Créole haïtien
language-in-ka = Géorgien
language-in-kmr = Kurde kurmandji
language-in-ln = Lingala
language-in-ps = Pachto
language-in-pt = Portugais
language-in-ru = Russe
language-in-so = Somali
language-in-sq = Albanais
language-in-ti = Tigrigna
language-in-tr = Turc
language-in-uk = Ukrainien
language-in-ur = Ourdou
language-in-ta = Tamoul
language-in-zh-hans = Chinois (simplifié)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Tapez le début du nom de votre langue, en français ou dans votre langue, puis Entrée. h : les { $count } langues, numérotées.
