## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Адрес возврата (--redirect-uri) недействителен.
error-config-redirect-address-next = Укажите точно адрес, зарегистрированный для этого сервиса: для интеграции — адрес на этом компьютере с постоянным портом (http://localhost:8400/callback); для рабочей среды (production) — https-страницу сервиса на его собственном доменном имени.
error-config-loopback-production = FranceConnect в рабочей среде (production) отклоняет адреса возврата на этом компьютере (localhost, 127.0.0.1): браузер остановится на ошибке Y030007.
error-config-loopback-production-next = Зарегистрируйте в FranceConnect https-страницу сервиса на его собственном доменном имени, которая показывает свой адрес (эту страницу выдаёт fcguide relay-page), затем укажите её в --redirect-uri. Адреса на этом компьютере работают только для интеграции.
cli-bad-service-name = Недопустимое название сервиса: { $word }. Укажите название, зарегистрированное в FranceConnect, простым текстом, не более 100 символов.
choice-paste = Вставить адрес страницы сервиса
auth-paste-when = После « Continuer sur { $service } » браузер откроет страницу { $service }, на которой показан адрес. Скопируйте его, затем вставьте сюда первым вариантом.
paste-title = Вставить адрес страницы сервиса
paste-body = На странице { $service } скопируйте весь показанный адрес (он начинается с { $page }), вставьте его сюда и нажмите Enter. Только Enter — назад.
paste-input = Адрес:
paste-problem-too-long = Этот текст слишком длинный для адреса страницы.
paste-problem-control = В этом тексте есть управляющие символы: это не адрес.
paste-problem-not-an-address = Это не адрес. Скопируйте адрес целиком, с самого начала.
paste-problem-other-page = Это не адрес страницы сервиса. Скопируйте адрес страницы, на которую браузер пришёл после FranceConnect.
paste-problem-no-answer = В этом адресе нет ответа FranceConnect. Сначала завершите вход в браузере, затем скопируйте адрес открывшейся страницы.
paste-problem-other-attempt = Этот адрес от другого входа (старая вкладка). Используйте последнюю открытую вкладку или начните заново.
help-paste = В рабочей среде FranceConnect возвращает браузер на страницу сервиса, а не на этот компьютер. Эта страница показывает свой адрес и кнопку, чтобы его скопировать. Вставьте его сюда: я проверю его и использую только один раз.
# fcguide --help: production (an https return page, the answer pasted).
cli2-help-production =
    С FranceConnect в рабочей среде (страница возврата https, адрес вставляется):
      --redirect-uri https://…  зарегистрированная страница сервиса (см. fcguide relay-page)
      --service-name NAME       название сервиса, как его показывает « Continuer sur » (памятка тоже его берёт)
      --production-rules        потренироваться с учебным провайдером
      fcguide relay-page        вывести страницу возврата, которую сервис может разместить
cli2-help-relay-page =
    fcguide relay-page: выводит страницу возврата (HTML), которую сервис может
    разместить по своему зарегистрированному адресу https. Страница показывает
    свой адрес с кнопкой копирования, чтобы человек вставил его в fcguide. Она
    никуда ничего не отправляет.
