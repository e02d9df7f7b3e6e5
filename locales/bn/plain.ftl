# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = কী: একটি বিকল্পের নম্বর লিখে Enter দিন। শুধু Enter প্রস্তাবিত বিকল্প নেয়। 0 পিছনে নেয়। l অগ্রগতি না হারিয়ে ভাষা বদলায়। b প্রতিটি লেখার নিচে দ্বিতীয় ভাষা দেখায়; f দুই ভাষা অদলবদল করে। v ধাপগুলো পড়ে শোনায়, বা কণ্ঠ থামায়। q দিয়ে বের হন।
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = এখন থেকে লেখার সময় অঙ্কগুলো দেখা যাবে।
plain-digits-hidden = অঙ্কগুলো আবার লুকানো হয়েছে।
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = FranceConnect থেকে লগ আউট করতে এখন ব্রাউজার খুলছে।

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = আরবি
language-in-bn = বাংলা
language-in-en = ইংরেজি
language-in-es = স্প্যানিশ
language-in-fa-af = দারি
language-in-ff-latn = পুলার
language-in-fr = ফরাসি
language-in-ht = হাইতিয়ান ক্রেওল
language-in-ka = জর্জিয়ান
language-in-kmr = কুর্মানজি কুর্দি
language-in-ln = লিঙ্গালা
language-in-ps = পশতু
language-in-pt = পর্তুগিজ
language-in-ru = রুশ
language-in-so = সোমালি
language-in-sq = আলবেনীয়
language-in-ti = তিগরিনিয়া
language-in-tr = তুর্কি
language-in-uk = ইউক্রেনীয়
language-in-ur = উর্দু
language-in-ta = তামিল
language-in-zh-hans = চীনা (সরলীকৃত)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = আপনার ভাষার নামের প্রথম কয়েকটি অক্ষর লিখুন, বাংলায় বা আপনার ভাষায়, তারপর Enter। h: { $count }টি ভাষার নম্বর দেওয়া তালিকা।
