## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Сайт Aidants Connect для фахівців:

## Printable sheet

sheet-title = FranceConnect крок за кроком
sheet-intro = Сторінки FranceConnect є лише французькою. Ось їхні точні слова з перекладом. Ніколи не записуйте тут свої паролі.
sheet-bring-title = Що мати з собою
sheet-bring-card = Ваша carte Vitale або довідка про права (attestation de droits) від Assurance maladie.
sheet-bring-account = Логін і пароль вашого облікового запису на одному з цих сайтів:
sheet-bring-email = Доступ до вашої електронної пошти: сайт вашого облікового запису може вам туди написати.
sheet-steps-title = Кроки
sheet-step-start-title = На сайті сервісу
sheet-step-start = Знайдіть цю синю кнопку і натисніть її:
sheet-step-login = На сторінці обраного облікового запису самі введіть логін і пароль, потім натисніть:
sheet-codes-title = Якщо FranceConnect показує помилку
sheet-codes-intro = Запишіть код після « Erreur » і назвіть його, коли просите допомоги. Що він означає:
sheet-help-title = Де знайти допомогу
sheet-help-cpam = Ваша каса медичного страхування (CPAM): якщо ваш номер починається з 7 або 8 або ваша справа ще розглядається.
sheet-help-contact = FranceConnect: посилання « Contactez-nous » на його сторінці помилки. Назвіть код помилки.
sheet-helper-title = Для людини, яка допомагає
sheet-helper-password = Ніколи не вводьте пароль цієї людини, навіть щоб допомогти: вона вводить його сама.
sheet-helper-aidants = Щоб діяти від її імені, навчений фахівець використовує Aidants Connect, з дорученням, яке підписала ця людина:
sheet-words-aidants = Ви професійно допомагаєте людям? Скористайтеся Aidants Connect
