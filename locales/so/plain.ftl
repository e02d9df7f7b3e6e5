# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Furayaasha: qor lambarka doorasho, kadib Enter. Enter keligiis wuxuu qaataa doorashada la soo jeediyay. 0 dib ayuu kuu celiyaa. l wuxuu beddelaa luqadda adigoo aan lumin meeshii aad gaartay. b wuxuu muujiyaa luqad labaad oo ku hoos qoran qoraal kasta; f wuu kala beddelaa labada luqadood. v wuxuu kor u akhriyaa tallaabooyinka, ama joojiyaa codka. q wuu xiraa.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Hadda tirooyinka waa la arki doonaa inta aad qorayso.
plain-digits-hidden = Tirooyinka mar kale waa la qariyay.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Daalacaha hadda ayaa furmaya si aad ka baxdo FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Carabi
language-in-bn = Bangaali
language-in-en = Ingiriisi
language-in-es = Isbaanish
language-in-fa-af = Dari
language-in-ff-latn = Pular
language-in-fr = Faransiis
language-in-ht = Kiriyoolka Haiti
language-in-ka = Joorjiyaan
language-in-kmr = Kurdi Kurmanji
language-in-ln = Lingala
language-in-ps = Bashtuu
language-in-pt = Boortaqiis
language-in-ru = Ruush
language-in-so = Soomaali
language-in-sq = Albaaniyaan
language-in-ti = Tigrinya
language-in-tr = Turki
language-in-uk = Yukreeniyaan
language-in-ur = Urduu
language-in-ta = Tamiil
language-in-zh-hans = Shiinays (la fududeeyay)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Qor xarfaha ugu horreeya magaca luqaddaada, af-Soomaali ama luqaddaada, kadibna Enter. h: liiska { $count }-da luqadood, oo lambaraysan.
