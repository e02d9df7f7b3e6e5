## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Адреса повернення (--redirect-uri) недійсна.
error-config-redirect-address-next = Вкажіть точно адресу, зареєстровану для цього сервісу: для інтеграції — адресу на цьому комп'ютері з постійним портом (http://localhost:8400/callback); для робочого середовища (production) — https-сторінку сервісу на його власному доменному імені.
error-config-loopback-production = FranceConnect у робочому середовищі (production) відхиляє адреси повернення на цьому комп'ютері (localhost, 127.0.0.1): браузер зупиниться на помилці Y030007.
error-config-loopback-production-next = Зареєструйте у FranceConnect https-сторінку сервісу на його власному доменному імені, яка показує свою адресу (цю сторінку дає fcguide relay-page), потім вкажіть її в --redirect-uri. Адреси на цьому комп'ютері працюють лише для інтеграції.
cli-bad-service-name = Недійсна назва сервісу: { $word }. Вкажіть назву, зареєстровану у FranceConnect, простим текстом, не більше 100 символів.
choice-paste = Вставити адресу сторінки сервісу
auth-paste-when = Після « Continuer sur { $service } » браузер відкриє сторінку { $service }, на якій показано адресу. Скопіюйте її, потім вставте сюди першим варіантом.
paste-title = Вставити адресу сторінки сервісу
paste-body = На сторінці { $service } скопіюйте всю показану адресу (вона починається з { $page }), вставте її сюди й натисніть Enter. Лише Enter — назад.
paste-input = Адреса:
paste-problem-too-long = Цей текст задовгий, щоб бути адресою сторінки.
paste-problem-control = У цьому тексті є керівні символи: це не адреса.
paste-problem-not-an-address = Це не адреса. Скопіюйте всю адресу, від самого початку.
paste-problem-other-page = Це не адреса сторінки сервісу. Скопіюйте адресу сторінки, на яку браузер потрапив після FranceConnect.
paste-problem-no-answer = У цій адресі немає відповіді FranceConnect. Спочатку завершіть вхід у браузері, потім скопіюйте адресу сторінки, що відкрилася.
paste-problem-other-attempt = Ця адреса від іншого входу (стара вкладка). Використайте останню відкриту вкладку або почніть знову.
help-paste = У робочому середовищі FranceConnect повертає браузер на сторінку сервісу, а не на цей комп'ютер. Ця сторінка показує свою адресу й кнопку, щоб її скопіювати. Вставте її сюди: я перевірю її й використаю лише один раз.
