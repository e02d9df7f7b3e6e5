# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = விசைகள்: ஒரு தேர்வின் எண்ணைத் தட்டச்சு செய்து, பிறகு Enter. Enter மட்டும் முன்மொழிந்த தேர்வை எடுக்கும். 0 பின்செல்லும். l உங்கள் முன்னேற்றத்தை இழக்காமல் மொழியை மாற்றும். b ஒவ்வொரு உரையின் கீழும் இரண்டாவது மொழியைக் காட்டும்; f இரு மொழிகளையும் இடம் மாற்றும். v படிகளை வாசித்துக் காட்டும், அல்லது குரலை நிறுத்தும். q: மூடவும்.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = இனி நீங்கள் தட்டச்சு செய்யும்போது இலக்கங்கள் காட்டப்படும்.
plain-digits-hidden = இலக்கங்கள் மீண்டும் மறைக்கப்பட்டன.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = FranceConnect இலிருந்து வெளியேற உலாவி இப்போது திறக்கிறது.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = அரபு
language-in-bn = வங்காளம்
language-in-en = ஆங்கிலம்
language-in-es = ஸ்பானிஷ்
language-in-fa-af = டாரி
language-in-ff-latn = புலார் (ஃபுல்ஃபுல்டே)
language-in-fr = பிரெஞ்சு
language-in-ht = ஹைட்டிய கிரியோல்
language-in-ka = ஜார்ஜியன்
language-in-kmr = குர்மாஞ்சி குர்திஷ்
language-in-ln = லிங்காலா
language-in-ps = பஷ்தோ
language-in-pt = போர்த்துகீசியம்
language-in-ru = ரஷ்யன்
language-in-so = சோமாலி
language-in-sq = அல்பேனியன்
language-in-ti = திக்ரின்யா
language-in-tr = துருக்கியம்
language-in-uk = உக்ரைனியன்
language-in-ur = உருது
language-in-ta = தமிழ்
language-in-zh-hans = சீனம் (எளிமையாக்கப்பட்டது)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = உங்கள் மொழியின் பெயரின் முதல் எழுத்துகளைத் தமிழில் அல்லது உங்கள் மொழியில் தட்டச்சு செய்து, பிறகு Enter. h: { $count } மொழிகளின் எண்ணிட்ட பட்டியல்.
