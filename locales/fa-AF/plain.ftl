# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = کلیدها: شمارهٔ یک انتخاب را بنویسید، بعد Enter. تنها Enter انتخاب پیشنهادی را می‌گیرد. 0 برمی‌گردد. l زبان را بدون از دست دادن پیشرفت شما تغییر می‌دهد. b زیر هر متن یک زبان دوم نشان می‌دهد؛ f دو زبان را جابجا می‌کند. v قدم‌ها را با صدای بلند می‌خواند یا صدا را قطع می‌کند. q برای ترک.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = حالا رقم‌ها هنگام نوشتن نشان داده می‌شوند.
plain-digits-hidden = رقم‌ها دوباره پنهان شدند.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = مرورگر حالا باز می‌شود تا شما را از FranceConnect خارج کند.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = عربی
language-in-bn = بنگالی
language-in-en = انگلیسی
language-in-es = هسپانوی
language-in-fa-af = دری
language-in-ff-latn = پولار
language-in-fr = فرانسوی
language-in-ht = کریول هائیتی
language-in-ka = گرجی
language-in-kmr = کردی کرمانجی
language-in-ln = لینگالا
language-in-ps = پشتو
language-in-pt = پرتگالی
language-in-ru = روسی
language-in-so = سومالیایی
language-in-sq = البانیایی
language-in-ti = تیگرینیا
language-in-tr = ترکی
language-in-uk = اوکراینی
language-in-ur = اردو
language-in-ta = تامیلی
language-in-zh-hans = چینی (ساده‌شده)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = چند حرف اول نام زبان خود را به دری یا به زبان خود بنویسید، سپس Enter. h: فهرست { $count } زبان، با شماره.
