# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Ba touche: kotá nimero ya eponi, sima Enter. Enter kaka ezwaka eponi oyo epesami. 0 ezongisaka sima. l ebongolaka lokota kozanga kobungisa esika bokomi. b emonisaka lokota ya mibale na se ya makomi nyonso; f ebalusaka nkota mibale. v etangaka ba eteni na mongongo, to ekatisaka mongongo. q mpo na kotika.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Sikoyo ba nimero ekomonana ntango bozali kokoma.
plain-digits-hidden = Ba nimero ebombami lisusu.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Navigateur ezali kofungwama sikoyo mpo na kobima na FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Lialabo
language-in-bn = Libengali
language-in-en = Lingɛlɛ́sa
language-in-es = Lispanyɔ́lɛ
language-in-fa-af = Lidari
language-in-ff-latn = Lipular
language-in-fr = Lifalansɛ́
language-in-ht = Kreyòl ya Ayiti
language-in-ka = Lizɔrzi
language-in-kmr = Likurde kurmanji
language-in-ln = Lingála
language-in-ps = Lipashto
language-in-pt = Lipulutugɛ́si
language-in-ru = Lirisí
language-in-so = Lisomali
language-in-sq = Lialbanyɛ
language-in-ti = Litigrinya
language-in-tr = Litiliki
language-in-uk = Liukrɛni
language-in-ur = Liurdu
language-in-ta = Litamil
language-in-zh-hans = Lishinwa (ya pɛ̌tɛɛ)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Kotá bilembo ya liboso ya nkómbó ya lokótá na yo, na lingála to na lokótá na yo, sima Enter. h: liste ya nkótá { $count }, na mituya.
