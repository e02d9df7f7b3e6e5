## Command line

cli-see-help = Див.: fcguide --help
cli-missing-value = Бракує значення після { $word }.
cli-unknown-option = Невідомий параметр: { $word }
cli-bad-port = Недійсний порт: { $word }
cli-bad-wait = Недійсна тривалість (у хвилинах, від 1 до 1440): { $word }
cli-not-text = Аргумент не є читабельним текстом: { $word }
cli-switch-value = Цей параметр не приймає значення: { $word }
cli-bad-rules = --rules приймає „franceconnect“ (правила платформи) або „oidc“ (стандартний OpenID Connect): { $word }
cli-no-secret-option = Секрет ніколи не передається в командному рядку ({ $word }): інші користувачі можуть його прочитати. Використовуйте змінну FCGUIDE_CLIENT_SECRET або файл ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Невідомий постачальник: { $word }. Оберіть practice, franceconnect-sandbox, franceconnect-integration або franceconnect, або вкажіть --issuer.
cli-provider-and-issuer = Оберіть або --provider, або --issuer, а не обидва ({ $word }).
cli-unknown-language = Мова недоступна: { $word }. Див.: fcguide --list-languages
cli-practice-port = Порт { $word } уже зайнятий. Оберіть інший через --port або не вказуйте --port.
cli-practice-started = Навчального постачальника запущено (лише на цьому комп’ютері). Ctrl-C зупиняє його.
cli-bad-bidi = --bidi приймає „program“ (помічник упорядковує текст справа наліво) або „terminal“ (це робить термінал): { $word }
cli-bad-format = --format приймає „html“ (сторінка для друку) або „text“ (простий текст): { $word }
cli-help =
    fcguide: підключення через FranceConnect крок за кроком вашою мовою.

    Використання:
      fcguide [параметри]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang МОВА] [--second-lang МОВА|none]
    {"                ["}--format html|text]

    Параметри:
      --plain               построковий режим (програми зчитування екрана, прості термінали)
      --lang МОВА           мова (fr, uk, en…); див. --list-languages
      --provider НАЗВА      practice (за замовчуванням), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          інший постачальник OpenID Connect
      --client-id ID        ідентифікатор сервісу (або FCGUIDE_CLIENT_ID)
      --redirect-uri URL    зареєстрована адреса повернення (http://localhost:PORT/шлях),
                            обов’язкова з FranceConnect
      --rules НАЗВА         franceconnect (правила платформи, за замовчуванням для
                            її середовищ) або oidc (за замовчуванням з --issuer)
      --scopes "…"          запитувані дані (за замовчуванням: основні дані особи та e-mail)
      --idp-hint ID         ідентифікатор постачальника ідентифікації, який платформа
                            надала для цього сервісу (надсилається як idp_hint)
      --no-browser          не відкривати браузер: показати адресу
      --wait ХВИЛИНИ        скільки чекати на браузер, перш ніж запитати (5 за замовчуванням, від 1 до 1440)
      --bidi terminal       доручити терміналу впорядкування тексту справа наліво
      --high-contrast       висококонтрастна тема
      --second-lang МОВА    друга мова двомовного вигляду (за замовчуванням французька)
      --speak               читати кроки вголос (spd-say або espeak-ng)
      --list-languages      доступні мови
      --help, --version

    Секрет сервісу береться з FCGUIDE_CLIENT_SECRET або з файлу
    ~/.config/fcguide/client_secret (доступного лише вам), ніколи з командного рядка.
    fcguide sheet створює пам’ятку з кроками для друку (html, за замовчуванням) або простим текстом.
    Коди виходу: 0 підключено, 1 помилка, 2 помилка використання, 3 скасовано.
