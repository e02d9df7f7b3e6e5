## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Сайт Aidants Connect для специалистов:

## Printable sheet

sheet-title = FranceConnect шаг за шагом
sheet-intro = Страницы FranceConnect только на французском. Вот их точные слова с переводом. Никогда не записывайте здесь свои пароли.
sheet-bring-title = Что взять с собой
sheet-bring-card = Ваша carte Vitale или справка о правах (attestation de droits) от Assurance maladie.
sheet-bring-account = Логин и пароль вашей учётной записи на одном из этих сайтов:
sheet-bring-email = Доступ к вашей электронной почте: сайт вашей учётной записи может написать вам туда.
sheet-steps-title = Шаги
sheet-step-start-title = На сайте сервиса
sheet-step-start = Найдите эту синюю кнопку и нажмите на неё:
sheet-step-login = На странице выбранной учётной записи сами введите логин и пароль, затем нажмите:
sheet-codes-title = Если FranceConnect показывает ошибку
sheet-codes-intro = Запишите код после « Erreur » и назовите его, когда просите помощи. Что он значит:
sheet-help-title = Где найти помощь
sheet-help-cpam = Ваша касса медицинского страхования (CPAM): если ваш номер начинается с 7 или 8 или ваше дело ещё рассматривается.
sheet-help-contact = FranceConnect: ссылка « Contactez-nous » на его странице ошибки. Назовите код ошибки.
sheet-helper-title = Для того, кто помогает
sheet-helper-password = Никогда не вводите пароль этого человека, даже чтобы помочь: он вводит его сам.
sheet-helper-aidants = Чтобы действовать от его имени, обученный специалист использует Aidants Connect с доверенностью, подписанной этим человеком:
sheet-words-aidants = Вы помогаете людям как специалист? Воспользуйтесь Aidants Connect
