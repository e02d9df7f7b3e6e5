# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = المفاتيح: اكتب رقم الاختيار ثم Enter. Enter وحده يأخذ الاختيار المقترح. 0 للرجوع. l يغيّر اللغة دون أن تفقد تقدّمك. b يعرض لغة ثانية تحت كل نص، وf يبدّل اللغتين. v يقرأ الخطوات بصوت عالٍ أو يوقف الصوت. q للمغادرة.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = ستظهر الأرقام الآن أثناء الكتابة.
plain-digits-hidden = الأرقام مخفية من جديد.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = يُفتح المتصفح الآن لتسجيل خروجك من FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = العربية
language-in-bn = البنغالية
language-in-en = الإنجليزية
language-in-es = الإسبانية
language-in-fa-af = الدارية
language-in-ff-latn = البولارية
language-in-fr = الفرنسية
language-in-ht = الكريولية الهايتية
language-in-ka = الجورجية
language-in-kmr = الكرمانجية
language-in-ln = اللينغالا
language-in-ps = البشتو
language-in-pt = البرتغالية
language-in-ru = الروسية
language-in-so = الصومالية
language-in-sq = الألبانية
language-in-ti = التيغرينية
language-in-tr = التركية
language-in-uk = الأوكرانية
language-in-ur = الأردية
language-in-ta = التاميلية
language-in-zh-hans = الصينية (المبسطة)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = اكتب الحروف الأولى من اسم لغتك، بالعربية أو بلغتك، ثم Enter. h: قائمة اللغات الـ { $count } مرقّمة.
