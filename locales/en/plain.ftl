# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Keys: type a choice's number, then Enter. Enter alone takes the proposed choice. 0 goes back. l changes the language without losing your progress. b shows a second language under each text; f swaps the two languages. v reads the steps aloud, or stops the voice. q quits.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = The digits will now be shown as you type.
plain-digits-hidden = The digits are hidden again.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = The browser opens now to log out of FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Arabic
language-in-bn = Bengali
language-in-en = English
language-in-es = Spanish
language-in-fa-af = Dari
language-in-ff-latn = Pular (Fulfulde)
language-in-fr = French
language-in-ht = Haitian Creole
language-in-ka = Georgian
language-in-kmr = Kurmanji Kurdish
language-in-ln = Lingala
language-in-ps = Pashto
language-in-pt = Portuguese
language-in-ru = Russian
language-in-so = Somali
language-in-sq = Albanian
language-in-ti = Tigrinya
language-in-tr = Turkish
language-in-uk = Ukrainian
language-in-ur = Urdu
language-in-ta = Tamil
language-in-zh-hans = Chinese (simplified)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Type the start of your language's name, in English or in your language, then Enter. h: the { $count } languages, numbered.
