# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = کیلي: د یوې ټاکنې شمېره ولیکئ، بیا Enter. یوازې Enter وړاندیز شوې ټاکنه اخلي. 0 شاته ځي. l ژبه بدلوي پرته له دې چې ستاسو پرمختګ ورک شي. b د هر متن لاندې دویمه ژبه ښيي؛ f دواړه ژبې سره بدلوي. v ګامونه په لوړ غږ لولي، یا غږ دروي. q د پرېښودلو لپاره.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = اوس به د لیکلو پر مهال عددونه ښکاره شي.
plain-digits-hidden = عددونه بیا پټ شول.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = براوزر اوس پرانیستل کېږي څو له FranceConnect څخه ووځئ.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = عربي
language-in-bn = بنګالي
language-in-en = انګلیسي
language-in-es = هسپانوي
language-in-fa-af = دري
language-in-ff-latn = پولر
language-in-fr = فرانسوي
language-in-ht = هایټيايي کریول
language-in-ka = ګرجي
language-in-kmr = کرمانجي کوردي
language-in-ln = لينګالا
language-in-ps = پښتو
language-in-pt = پرتګالي
language-in-ru = روسي
language-in-so = سومالي
language-in-sq = الباني
language-in-ti = تيګرينيا
language-in-tr = ترکي
language-in-uk = اوکرايني
language-in-ur = اردو
language-in-ta = تامیل
language-in-zh-hans = چینایي (ساده شوې)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = د خپلې ژبې د نوم لومړني توري په پښتو یا په خپله ژبه ولیکئ، بیا Enter. h: د { $count } ژبو شمېره لرونکی لېست.
