# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = بٹن: کسی انتخاب کا نمبر لکھیں، پھر Enter۔ صرف Enter تجویز کردہ انتخاب لیتا ہے۔ 0 واپس لے جاتا ہے۔ l آپ کی پیش رفت کھوئے بغیر زبان بدلتا ہے۔ b ہر متن کے نیچے دوسری زبان دکھاتا ہے؛ f دونوں زبانوں کی جگہ بدلتا ہے۔ v مراحل بلند آواز میں پڑھتا ہے، یا آواز روکتا ہے۔ q بند کرتا ہے۔
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = اب لکھتے وقت ہندسے دکھائی دیں گے۔
plain-digits-hidden = ہندسے پھر سے چھپا دیے گئے۔
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = FranceConnect سے لاگ آؤٹ کرنے کے لیے براؤزر اب کھل رہا ہے۔

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = عربی
language-in-bn = بنگالی
language-in-en = انگریزی
language-in-es = ہسپانوی
language-in-fa-af = دری
language-in-ff-latn = پولار
language-in-fr = فرانسیسی
language-in-ht = ہیٹی کریول
language-in-ka = جارجیائی
language-in-kmr = کرمانجی کرد
language-in-ln = لنگالا
language-in-ps = پشتو
language-in-pt = پرتگالی
language-in-ru = روسی
language-in-so = صومالی
language-in-sq = البانوی
language-in-ti = تگرینیا
language-in-tr = ترکی
language-in-uk = یوکرینی
language-in-ur = اردو
language-in-ta = تمل
language-in-zh-hans = چینی (آسان)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = اپنی زبان کے نام کے پہلے حروف اردو میں یا اپنی زبان میں لکھیں، پھر Enter۔ h: { $count } زبانوں کی نمبر وار فہرست۔
