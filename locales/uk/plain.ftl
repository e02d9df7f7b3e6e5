# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Клавіші: введіть номер варіанта, потім Enter. Лише Enter обирає запропонований варіант. 0 повертає назад. l змінює мову, не втрачаючи поступу. b показує другу мову під кожним текстом; f міняє мови місцями. v читає кроки вголос або вимикає голос. q — закрити.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Тепер цифри буде видно під час введення.
plain-digits-hidden = Цифри знову приховано.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Зараз відкриється браузер, щоб вийти з FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Арабська
language-in-bn = Бенгальська
language-in-en = Англійська
language-in-es = Іспанська
language-in-fa-af = Дарі
language-in-ff-latn = Пулар (фула)
language-in-fr = Французька
language-in-ht = Гаїтянська креольська
language-in-ka = Грузинська
language-in-kmr = Курманджі
language-in-ln = Лінгала
language-in-ps = Пушту
language-in-pt = Португальська
language-in-ru = Російська
language-in-so = Сомалі
language-in-sq = Албанська
language-in-ti = Тигринья
language-in-tr = Турецька
language-in-uk = Українська
language-in-ur = Урду
language-in-ta = Тамільська
language-in-zh-hans = Китайська (спрощена)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Введіть початок назви вашої мови, українською або вашою мовою, потім Enter. h: усі { $count } мов із номерами.
