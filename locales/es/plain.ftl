# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Teclas: escriba el número de una opción y luego Enter. Enter solo toma la opción propuesta. 0 vuelve atrás. l cambia el idioma sin perder su avance. b muestra un segundo idioma bajo cada texto; f invierte los dos idiomas. v lee los pasos en voz alta o para la voz. q para salir.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Ahora las cifras se mostrarán mientras escribe.
plain-digits-hidden = Las cifras vuelven a estar ocultas.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = El navegador se abre ahora para desconectarle de FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Árabe
language-in-bn = Bengalí
language-in-en = Inglés
language-in-es = Español
language-in-fa-af = Darí
language-in-ff-latn = Pular (fulfulde)
language-in-fr = Francés
language-in-ht = Criollo haitiano
language-in-ka = Georgiano
language-in-kmr = Kurdo kurmanji
language-in-ln = Lingala
language-in-ps = Pastún
language-in-pt = Portugués
language-in-ru = Ruso
language-in-so = Somalí
language-in-sq = Albanés
language-in-ti = Tigriña
language-in-tr = Turco
language-in-uk = Ucraniano
language-in-ur = Urdu
language-in-ta = Tamil
language-in-zh-hans = Chino (simplificado)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Escriba las primeras letras del nombre de su idioma, en español o en su idioma, y luego Enter. h: la lista de los { $count } idiomas, numerados.
