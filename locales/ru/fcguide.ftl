language-name = Русский
language-name-en = Russian
language-direction = ltr

## Around every step

progress = Шаг { $step } из { $total }
practice-mark = Тренировка: учебный поставщик, а не настоящий FranceConnect
note-label = Важно:
help-label = Справка:
french-label = На сайте, по-французски:
keys-tui = Стрелки или цифра: выбрать · Enter: подтвердить · Esc: назад · ?: справка · L: язык · B: два языка · Q: выйти
keys-short = ?: справка · Q: выйти
keys-plain = Введите номер варианта и нажмите Enter. Только Enter: вариант по умолчанию. «<»: назад, «?»: справка, «l»: язык, «b»: два языка, «q»: выйти.
prompt = Ваш выбор
prompt-default = Только Enter: { $choice }
still-waiting = Я всё ещё жду возвращения из браузера. Продолжайте в браузере или введите вариант.
too-small = Окно слишком маленькое. Увеличьте его или запустите fcguide --plain.
connected-mark = [FranceConnect ✓] Подключено
help-keys = Клавиши: Enter выбирает вариант по умолчанию. Esc или Backspace — назад. L меняет язык, не теряя ваш прогресс. B показывает второй язык под каждым абзацем.

## Words of the real site

fr-words-button = Войти через FranceConnect
fr-words-choose = Я выбираю учётную запись для входа на { $service }
fr-words-login = Войти
fr-words-welcome = Добро пожаловать
fr-words-continue = Продолжить на { $service }

## Step 1: language

language-title = Выберите язык
language-body = Помощник говорит на вашем языке. Он также показывает французские слова, которые вы увидите на настоящем сайте.
language-note = Для FranceConnect нужен постоянный номер социального страхования во Франции. Мы это объясним.
help-language = Выберите язык, на котором вы лучше всего читаете. Его можно сменить в любой момент клавишей L. Можно также ввести начало названия языка, чтобы найти его.

## Step 2: welcome and prerequisite

welcome-title = Что такое FranceConnect?
welcome-what = FranceConnect бесплатен. С одной учётной записью вы входите во многие государственные онлайн-сервисы: налоги, здоровье, пособие по безработице, паспорт…
welcome-need = Нужен постоянный номер социального страхования во Франции. FranceConnect проверяет вашу личность в национальном реестре лиц (RNIPP).
welcome-where = Этот номер состоит из 15 цифр. Он есть на вашей carte Vitale и в справке о правах (attestation de droits) от Assurance maladie.
welcome-without = Номера ещё нет или он только временный? Тогда FranceConnect пока не будет работать. Спросите в своей кассе медицинского страхования (CPAM), как продвигается ваше дело. А пока пользуйтесь собственной учётной записью сайта.
welcome-note = Без постоянного номера социального страхования подключение не удастся. Временного номера (начинается с 7 или 8) недостаточно.
help-welcome = «Продолжить» ведёт к выбору учётной записи. Сначала можно проверить форму номера: ничего не отправляется и не сохраняется.
choice-continue = Продолжить
choice-check-nir = Проверить мой номер социального страхования (только на этом компьютере)
choice-check-again = Проверить другой номер
choice-back = Назад
choice-quit = Выйти

## Number check

nir-title = Проверить мой номер социального страхования
nir-body = Введите 15 цифр вместе с ключом. Номер остаётся на этом компьютере: он не отправляется, не сохраняется и стирается после проверки.
nir-input = Номер социального страхования (15 цифр). Только Enter: пропустить.
nir-permanent = Номер правильный и постоянный. FranceConnect может работать.
nir-permanent-abroad = Номер правильный и постоянный (человек, родившийся за пределами Франции). FranceConnect может работать.
nir-temporary = Это временный номер: он начинается с 7 или 8. С ним FranceConnect работать не будет. Попросите в CPAM свой постоянный номер.
nir-wrong-key = Ключ (последние 2 цифры) не соответствует остальной части номера. Проверьте каждую цифру на carte Vitale.
nir-malformed = Это не похоже на номер социального страхования. Нужно 15 знаков; первая цифра 1 или 2 (7 или 8 для временного номера).
nir-note = Постоянный номер начинается с 1 или 2. Именно его знает национальный реестр.
nir-note-temporary = С временным номером FranceConnect ответит «личность не найдена». Это не ваша вина: нужно дождаться постоянного номера.
help-nir = Проверка смотрит только на форму номера и его ключ. Она не говорит, знает ли вас уже реестр.

## Step 3: choose an identity provider

idp-title = Выберите учётную запись
idp-body = У вас уже должна быть учётная запись на одном из этих сайтов. Их может быть несколько: выберите одну.
idp-after-not-me = Вы сказали, что показанные данные не ваши. Они забыты. Выберите другую учётную запись или попросите помощи.
idp-note = Каждая из этих учётных записей связана с вашим постоянным номером социального страхования.
help-idp = Выберите сайт, где у вас уже есть логин и пароль. Если нет ни одного, проще всего обычно ameli.fr (медицинское страхование) или impots.gouv.fr (налоги).
idp-impots-who = Каждый, кто декларирует доходы во Франции. Нужен налоговый номер.
idp-ameli-who = Каждый, у кого есть медицинское страхование во Франции. Нужен номер социального страхования.
idp-laposte-who = Совершеннолетние с французским удостоверением личности или видом на жительство. Нужен мобильный телефон.
idp-msa-who = Люди, застрахованные в сельскохозяйственной социальной кассе (MSA).
idp-france-identite-who = Люди с новой французской ID-картой и совместимым телефоном.
idp-yris-who = Совершеннолетние с документом, удостоверяющим личность. Нужен мобильный телефон.

## Step 4: authenticate in the browser

auth-title = Вход в браузере
auth-failed-title = Подключение не удалось
auth-starting = Готовлю подключение…
auth-opened = Браузер открылся на FranceConnect. Продолжайте в браузере, затем вернитесь сюда.
auth-not-opened = Браузер не открылся. Откройте этот адрес в браузере на этом компьютере:
auth-in-browser = В браузере: выберите { $idp }, введите логин и пароль, затем нажмите «Se connecter».
auth-timed-out = Время ожидания истекло. Если вы ещё входите, выберите «больше времени».
auth-checking = Браузер вернулся. Проверяю вашу личность у поставщика…
auth-note = FranceConnect будет искать вашу личность в национальном реестре. С временным номером её не найдут.
auth-note-register = Самая частая причина: ещё нет постоянного номера социального страхования. Проверьте свой номер на шаге 2.
help-auth = Браузер показывает страницы FranceConnect. Если ничего не открылось, скопируйте показанный адрес. Больше времени можно просить сколько угодно раз.
choice-reopen = Снова открыть браузер
choice-more-time = Больше времени (ещё { $minutes } { $minutes ->
        [one] минута
        [few] минуты
        [many] минут
       *[other] минуты
    })
choice-cancel = Отменить и вернуться к выбору учётной записи
choice-retry = Попробовать снова
choice-other-idp = Выбрать другую учётную запись

## Step 5: confirm

confirm-title = Добро пожаловать: проверьте свои данные
confirm-body = FranceConnect проверил эти данные. Убедитесь, что это вы.
confirm-given = Имена: { $value }
confirm-family = Фамилия при рождении: { $value }
confirm-birthdate = Дата рождения: { $value }
confirm-birthplace = Место рождения: коммуна { $code }
confirm-born-abroad = Место рождения: за пределами Франции (страна { $country })
confirm-continue = На настоящем сайте затем нажмите синюю кнопку «Continuer sur { $service }», чтобы вернуться в сервис.
confirm-email = После подключения вам может прийти письмо безопасности: это нормально.
confirm-wrong = Это не вы или что-то неверно? Выберите «Это не я» и обратитесь в организацию учётной записи, которой вы воспользовались.
confirm-note = Эти данные взяты из национального реестра благодаря вашему постоянному номеру социального страхования.
help-confirm = Прочитайте каждую строку. Если всё верно, подтвердите. На этом компьютере ничего не сохраняется.
choice-confirm-yes = Да, это я
choice-not-me = Это не я

## Step 6: done

done-title = Вы подключены через FranceConnect
done-connected = Подключение подтверждено.
done-logged-out = Вы вышли из FranceConnect.
done-services = Сервисы, принимающие FranceConnect, перечислены здесь:
done-help = Нужна помощь? Вам помогут в ближайшем центре France Services.
done-note = Берегите свой постоянный номер социального страхования: он нужен при каждом подключении.
help-done = «Завершить» закрывает помощника. «Выйти из FranceConnect» также закрывает сеанс FranceConnect в браузере.
choice-finish = Завершить
choice-logout = Выйти из FranceConnect

## Errors

error-code = Код для службы поддержки: { $code }
error-check = Не пройдена проверка: { $check }
error-config-client-id = Для этого поставщика не указан идентификатор сервиса (client id).
error-config-client-id-next = Укажите его через --client-id или переменную FCGUIDE_CLIENT_ID, или используйте учебного поставщика.
error-config-secret = Не хватает секрета сервиса.
error-config-secret-next = Поместите его в переменную FCGUIDE_CLIENT_SECRET или в файл настроек (доступный для чтения только вам).
error-config-secret-file-open = Файл с секретом могут читать другие люди: я отказываюсь его использовать.
error-config-secret-file-open-next = Сделайте его доступным только вам: chmod 600 и имя файла.
error-config-secret-file = Файл с секретом невозможно прочитать.
error-config-secret-file-next = Проверьте его путь и права доступа.
error-config-redirect-uri = Адрес возврата (--redirect-uri) недействителен.
error-config-redirect-uri-next = Он должен иметь вид http://localhost:PORT/путь или http://127.0.0.1:PORT/путь, точно как зарегистрирован.
error-config-issuer = Адрес поставщика недействителен.
error-config-issuer-next = Укажите полный адрес https или выберите готового поставщика.
error-unreachable = Поставщик не отвечает.
error-unreachable-next = Проверьте подключение к Интернету и попробуйте снова. Без сети используйте учебного поставщика.
error-discovery = Поставщик дал настройки, которые невозможно прочитать или которые ему не принадлежат.
error-discovery-next = Проверьте адрес поставщика. Если он верный, попробуйте позже.
error-insecure = Адрес поставщика не зашифрован (http).
error-insecure-next = Используйте адрес https. Обычный http разрешён только на этом компьютере (127.0.0.1).
error-identity-not-found = FranceConnect не нашёл вашу личность в национальном реестре.
error-identity-not-found-next = Самая частая причина: временный номер социального страхования или ещё нет постоянного номера. Обратитесь в CPAM. Если ваш номер постоянный, свяжитесь с FranceConnect, указав код ниже.
error-access-denied = Подключение отменено или отклонено.
error-access-denied-next = Попробуйте снова или выберите другую учётную запись.
error-invalid-idp-hint = Эту учётную запись нельзя выбрать отсюда для этого сервиса.
error-invalid-idp-hint-next = Выберите другую учётную запись или попробуйте снова: тогда выбор будет в браузере.
error-invalid-request = Поставщик отклонил запрос.
error-invalid-request-next = Это проблема настроек сервиса, а не вашей учётной записи. Попробуйте позже или сообщите о ней.
error-server-error = У поставщика техническая проблема.
error-server-error-next = Закройте вкладку браузера и попробуйте снова.
error-temporarily-unavailable = Поставщик временно недоступен.
error-temporarily-unavailable-next = Попробуйте через несколько минут.
error-refused = Поставщик отклонил подключение.
error-refused-next = Попробуйте снова или выберите другую учётную запись.
error-callback-issuer = Ответ пришёл не от ожидаемого поставщика. Я его отклонил.
error-callback-issuer-next = Закройте другие вкладки входа и попробуйте снова.
error-missing-code = Браузер вернулся без пригодного ответа.
error-missing-code-next = Попробуйте снова.
error-port-in-use = Порт возврата { $port } уже занят на этом компьютере.
error-port-in-use-next = Закройте программу, которая его использует, или выберите другой зарегистрированный адрес возврата.
error-listener = Я не смог дождаться браузера на этом компьютере.
error-listener-next = Попробуйте снова. Если повторится, перезагрузите компьютер.
error-timeout = Браузер не вернулся вовремя.
error-timeout-next = Попробуйте снова: начнётся новое подключение.
error-token-endpoint = Поставщик не подтвердил подключение.
error-token-endpoint-next = Попробуйте снова сразу: ответ браузера действителен лишь несколько секунд.
error-id-token = Подтверждение личности от поставщика недействительно. Я его отклонил.
error-id-token-next = Никакие данные личности не показаны. Попробуйте снова; если повторится, о поставщике нужно сообщить.
error-userinfo = Данные личности от поставщика недействительны. Я их отклонил.
error-userinfo-next = Никакие данные личности не показаны. Попробуйте снова; если повторится, о поставщике нужно сообщить.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Готово. Можете закрыть эту вкладку и вернуться в терминал.
callback-refused = Этот ответ не относится к текущему подключению. Вернитесь в терминал.
logout-done = Вы вышли. Можете закрыть эту вкладку и вернуться в терминал.

## Practice provider pages

practice-banner = Тренировка: это не настоящий FranceConnect. Ничего не отправляется государству.
practice-choose-title = Я выбираю учётную запись для входа на { $service }
practice-login-title = Вход в { $idp }
practice-account = Учебная учётная запись
practice-username = Логин
practice-password = Пароль
practice-login-button = Войти
practice-welcome = Добро пожаловать, { $name }
practice-continue = Продолжить на { $service }
practice-register-title = Личность не найдена
practice-register-body = Проблема с вашими данными личности не позволяет завершить подключение.
practice-back = Вернуться на { $service }
practice-error-title = Ошибка
practice-logged-out = Вы вышли из FranceConnect.
practice-account-typical = Взрослый, родившийся во Франции
practice-account-several = Несколько имён
practice-account-abroad = Человек, родившийся за границей
practice-account-temporary = Временный номер социального страхования: подключение не удастся

## Plain mode

plain-invalid = Я не понял. Введите число от 1 до { $max } или нажмите только Enter.
input-hidden = То, что вы вводите, не отображается.
choice-default = по умолчанию
more-below = ↓ Продолжение ниже: клавиша Page Down.
more-above = ↑ Начало выше: клавиша Page Up.

## Command line

cli-see-help = См.: fcguide --help
cli-missing-value = Не хватает значения после { $word }.
cli-unknown-option = Неизвестный параметр: { $word }
cli-bad-port = Недопустимый порт: { $word }
cli-bad-wait = Недопустимое время (в минутах, не меньше 1): { $word }
cli-no-secret-option = Секрет никогда не передаётся в командной строке ({ $word }): другие пользователи могут его прочитать. Используйте переменную FCGUIDE_CLIENT_SECRET или файл ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Неизвестный поставщик: { $word }. Выберите practice, franceconnect-sandbox, franceconnect-integration или franceconnect, или укажите --issuer.
cli-provider-and-issuer = Выберите либо --provider, либо --issuer, но не оба ({ $word }).
cli-unknown-language = Язык недоступен: { $word }. См.: fcguide --list-languages
cli-practice-port = Порт { $word } уже занят. Выберите другой через --port или не указывайте --port.
cli-practice-started = Учебный поставщик запущен (только на этом компьютере). Ctrl-C останавливает его.
cli-bad-bidi = --bidi принимает «program» (помощник упорядочивает текст справа налево) или «terminal» (это делает терминал): { $word }
cli-help =
    fcguide: подключение через FranceConnect шаг за шагом на вашем языке.

    Использование:
      fcguide [параметры]
      fcguide practice-server [--port N]

    Параметры:
      --plain               построчный режим (программы чтения с экрана, простые терминалы)
      --lang ЯЗЫК           язык (fr, uk, en, ru…); см. --list-languages
      --provider ИМЯ        practice (по умолчанию), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          другой поставщик OpenID Connect
      --client-id ID        идентификатор сервиса (или FCGUIDE_CLIENT_ID)
      --redirect-uri URL    зарегистрированный адрес возврата (http://localhost:PORT/путь)
      --scopes "…"          запрашиваемые данные (по умолчанию: основные данные личности и e-mail)
      --idp-hint            передать выбранную учётную запись поставщику (если сервису разрешено)
      --no-browser          не открывать браузер: показать адрес
      --wait МИНУТЫ         сколько ждать браузер, прежде чем спросить (по умолчанию 5)
      --bidi terminal       поручить терминалу упорядочивание текста справа налево
      --high-contrast       высококонтрастная тема
      --list-languages      доступные языки
      --help, --version

    Секрет сервиса берётся из FCGUIDE_CLIENT_SECRET или из файла
    ~/.config/fcguide/client_secret (доступного только вам), никогда из командной строки.
    Коды выхода: 0 подключено, 1 ошибка, 2 ошибка использования, 3 отменено.
