## Command line

cli-see-help = См.: fcguide --help
cli-missing-value = Не хватает значения после { $word }.
cli-unknown-option = Неизвестный параметр: { $word }
cli-bad-port = Недопустимый порт: { $word }
cli-bad-wait = Недопустимая длительность (в минутах, от 1 до 1440): { $word }
cli-not-text = Аргумент не является читаемым текстом: { $word }
cli-switch-value = Этот параметр не принимает значения: { $word }
cli-bad-rules = --rules принимает „franceconnect“ (правила платформы) или „oidc“ (стандартный OpenID Connect): { $word }
cli-no-secret-option = Секрет никогда не передаётся в командной строке ({ $word }): другие пользователи могут его прочитать. Используйте переменную FCGUIDE_CLIENT_SECRET или файл ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Неизвестный поставщик: { $word }. Выберите practice, franceconnect-sandbox, franceconnect-integration или franceconnect, или укажите --issuer.
cli-provider-and-issuer = Выберите либо --provider, либо --issuer, но не оба ({ $word }).
cli-unknown-language = Язык недоступен: { $word }. См.: fcguide --list-languages
cli-practice-port = Порт { $word } уже занят. Выберите другой через --port или не указывайте --port.
cli-practice-started = Учебный поставщик запущен (только на этом компьютере). Ctrl-C останавливает его.
cli-bad-bidi = --bidi принимает „program“ (помощник упорядочивает текст справа налево) или „terminal“ (это делает терминал): { $word }
cli-bad-format = --format принимает „html“ (страница для печати) или „text“ (простой текст): { $word }
cli-help =
    fcguide: подключение через FranceConnect шаг за шагом на вашем языке.

    Использование:
      fcguide [параметры]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang ЯЗЫК] [--second-lang ЯЗЫК|none]
    {"                ["}--format html|text]

    Параметры:
      --plain               построчный режим (программы чтения с экрана, простые терминалы)
      --lang ЯЗЫК           язык (fr, uk, en, ru…); см. --list-languages
      --provider ИМЯ        practice (по умолчанию), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          другой поставщик OpenID Connect
      --client-id ID        идентификатор сервиса (или FCGUIDE_CLIENT_ID)
      --redirect-uri URL    зарегистрированный адрес возврата (http://localhost:PORT/путь),
                            обязателен с FranceConnect
      --rules ИМЯ           franceconnect (правила платформы, по умолчанию для
                            её сред) или oidc (по умолчанию с --issuer)
      --scopes "…"          запрашиваемые данные (по умолчанию: основные данные личности и e-mail)
      --idp-hint ID         идентификатор поставщика идентификации, который платформа
                            дала для этого сервиса (передаётся как idp_hint)
      --no-browser          не открывать браузер: показать адрес
      --wait МИНУТЫ         сколько ждать браузер, прежде чем спросить (по умолчанию 5, от 1 до 1440)
      --bidi terminal       поручить терминалу упорядочивание текста справа налево
      --high-contrast       высококонтрастная тема
      --second-lang ЯЗЫК    второй язык двуязычного вида (по умолчанию французский)
      --speak               читать шаги вслух (spd-say или espeak-ng)
      --list-languages      доступные языки
      --help, --version

    Секрет сервиса берётся из FCGUIDE_CLIENT_SECRET или из файла
    ~/.config/fcguide/client_secret (доступного только вам), никогда из командной строки.
    fcguide sheet создаёт памятку с шагами для печати (html, по умолчанию) или простым текстом.
    Коды выхода: 0 подключено, 1 ошибка, 2 ошибка использования, 3 отменено.
