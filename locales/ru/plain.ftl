# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Клавиши: наберите номер варианта, затем Enter. Один Enter выбирает предложенный вариант. 0 — назад. l меняет язык, не теряя прогресса. b показывает второй язык под каждым текстом; f меняет языки местами. v читает шаги вслух или выключает голос. q — закрыть.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Теперь цифры будут видны при наборе.
plain-digits-hidden = Цифры снова скрыты.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Сейчас откроется браузер, чтобы выйти из FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Арабский
language-in-bn = Бенгальский
language-in-en = Английский
language-in-es = Испанский
language-in-fa-af = Дари
language-in-ff-latn = Пулар (фула)
language-in-fr = Французский
language-in-ht = Гаитянский креольский
language-in-ka = Грузинский
language-in-kmr = Курманджи
language-in-ln = Лингала
language-in-ps = Пушту
language-in-pt = Португальский
language-in-ru = Русский
language-in-so = Сомалийский
language-in-sq = Албанский
language-in-ti = Тигринья
language-in-tr = Турецкий
language-in-uk = Украинский
language-in-ur = Урду
language-in-ta = Тамильский
language-in-zh-hans = Китайский (упрощённый)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Введите первые буквы названия вашего языка, по-русски или на вашем языке, затем Enter. h: список { $count } языков с номерами.
