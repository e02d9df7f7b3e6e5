# Issue 22: командний рядок, збережені налаштування, fcguide check і --debug.
cli2-unexpected-operand = Неочікуване слово: { $word }. Крім параметрів, допустимі лише команди: sheet, check, config, practice-server, relay-page (і після -- також).
cli2-write-failed = Не вдалося записати вивід: { $word }
cli2-help-more =
    Команди й параметри можна давати в будь-якому порядку; -- завершує параметри.
      fcguide check [параметри]    перевірити налаштування перед сеансом (провайдер,
                                   проксі, TLS, годинник, адреса повернення, файл секрету)
      fcguide config [параметри]   показати кожне чинне налаштування та його джерело
      --debug                      записати журнал адрес, статусів і помилок без
                                   особистих даних: у потік помилок у порядковому режимі,
                                   інакше в ~/.local/state/fcguide/debug.log
      КОМАНДА --help               довідка щодо однієї команди

    Збережені налаштування: ~/.config/fcguide/config, по рядку ключ = значення
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Параметри важливіші за файл.

    Змінні середовища: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Див.: man fcguide
cli2-help-sheet =
    fcguide sheet: пам'ятка з кроками для друку, у стандартний вивід, з французькими
    словами сайту поруч із перекладом, без особистих даних.

    Використання: fcguide sheet [--lang МОВА] [--second-lang МОВА|none] [--format html|text]
      --lang МОВА              мова пам'ятки (типово: мова системи)
      --second-lang МОВА       друкується нижче, дрібніше (типово: французька);
                               none: лише одна мова
      --format html|text       html (типово): сторінка для друку на A4;
                               text: рядки не довші за 80 знаків
    Приклад: fcguide sheet --lang uk > pamiatka.html
cli2-help-practice-server =
    fcguide practice-server: лише навчальний провайдер, на цьому комп'ютері
    (127.0.0.1), для браузера викладача або іншої програми. Він виводить свій
    issuer, ідентифікатор клієнта, секрет, створений цього разу, і адресу
    повернення, яку він приймає. Ctrl-C зупиняє його.

    Використання: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang МОВА]
      --port N             порт (типово: будь-який вільний)
      --redirect-uri URL   єдина адреса повернення, яку він приймає
      --consent-box        показати позначку перед продовженням, як у деяких служб
      --lang МОВА          мова того, що він виводить
cli2-help-check =
    fcguide check: перевіряє налаштування до зустрічі з людиною, по одному висновку
    в рядку: налаштування (ідентифікатор клієнта, адреса повернення, секрет), файл
    секрету, проксі, захищене з'єднання (TLS), годинник цього комп'ютера порівняно з
    годинником провайдера та опис провайдера (discovery). Нічого секретного не
    виводиться. Приймає параметри сеансу (--provider, --issuer, --client-id,
    --redirect-uri, --rules, --lang, --debug) і читає файл налаштувань.
    Код виходу: 0 готово, 1 є проблема.
cli2-help-config =
    fcguide config: показує кожне чинне налаштування та його джерело: параметр,
    змінна, рядок файлу або типове значення.
    Файл: ~/.config/fcguide/config (або $XDG_CONFIG_HOME/fcguide/config),
    по одному налаштуванню в рядку, ключ = значення; рядок, що починається з #, — коментар.
    Ключі: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes або no), theme (high-contrast або default).
    Секрет туди ніколи не пишеться: для нього є файл client_secret поруч (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: цей рядок не має вигляду ключ = значення. Виправте його або почніть з #, щоб зробити коментарем.
cli2-config-unknown-key = { $file }:{ $line }: невідоме налаштування { $word }. Налаштування: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: це значення не підходить для { $word }. Див.: fcguide config --help
cli2-config-secret = { $file }:{ $line }: секрет ніколи не пишеться в цей файл. Видаліть цей рядок і запишіть секрет окремо в { $secret } (chmod 600) або в FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: це налаштування вже задано в рядку { $word }. Залиште лише одне.
cli2-config-unreadable = { $file } не вдається прочитати: це має бути доступний вам текстовий файл, менший за 64 КіБ.
cli2-config-file = Файл налаштувань: { $file }
cli2-config-no-file = Файлу налаштувань немає (його було б прочитано з { $file }).
cli2-config-unset = (не задано)
cli2-origin-option = параметр { $word }
cli2-origin-env = змінна { $word }
cli2-origin-default = типово
cli2-check-title = Перевірка налаштувань для { $word }
cli2-check-ok = Гаразд
cli2-check-warning = Увага
cli2-check-problem = Проблема
cli2-check-practice = Вбудований навчальний провайдер: не треба задавати ні ідентифікатор клієнта, ні секрет, ні адресу повернення.
cli2-check-setup-ok = У налаштуваннях нічого не бракує.
cli2-check-secret-env = Секрет береться з FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Файл секрету належить вам і закритий для інших: { $file }
cli2-check-secret-none = Секрету немає. Якщо в служби він є, запишіть його окремо в { $file } (chmod 600) або в FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Адреса повернення відповідає правилам платформи: { $word }
cli2-check-redirect-free = Адресу повернення реєструвати не треба: для кожного підключення береться вільний порт цього комп'ютера.
cli2-check-loopback = Провайдер на цьому комп'ютері: без проксі, без TLS, той самий годинник.
cli2-check-proxy-none = Без проксі: зв'язок із провайдером напряму.
cli2-check-proxy = Через проксі { $word }.
cli2-check-proxy-socks = Проксі { $word } — це проксі SOCKS, який fcguide не використовує: зв'язок із провайдером напряму.
cli2-check-tls-ok = Захищене з'єднання (TLS) перевірено за { $word }.
cli2-check-clock-ok = Годинник цього комп'ютера узгоджується з годинником провайдера (різниця { $seconds } с).
cli2-check-clock-off = Годинник цього комп'ютера відрізняється від годинника провайдера на { $seconds } с: встановіть час, інакше підключення буде відхилено.
cli2-check-clock-unknown = Провайдер не повідомив свій час: годинник не перевірено.
cli2-check-discovery-ok = Провайдер відповідає й описує себе (discovery).
cli2-check-ready = Готово: ніщо не заважає сеансу.
cli2-check-not-ready = Не готово: виправте проблеми вище, потім знову запустіть fcguide check.
cli2-debug-file = Журнал цього сеансу (без особистих даних) у { $file }, доступний лише вам.
