# Issue 22: командная строка, сохранённые настройки, fcguide check и --debug.
cli2-unexpected-operand = Неожиданное слово: { $word }. Кроме параметров, допустимы только команды: sheet, check, config, practice-server, relay-page (и после -- тоже).
cli2-write-failed = Не удалось записать вывод: { $word }
cli2-help-more =
    Команды и параметры можно давать в любом порядке; -- завершает параметры.
      fcguide check [параметры]    проверить настройки перед сеансом (провайдер,
                                   прокси, TLS, часы, адрес возврата, файл секрета)
      fcguide config [параметры]   показать каждую действующую настройку и её источник
      --debug                      записать журнал адресов, статусов и ошибок без
                                   личных данных: в поток ошибок в построчном режиме,
                                   иначе в ~/.local/state/fcguide/debug.log
      КОМАНДА --help               справка по одной команде

    Сохранённые настройки: ~/.config/fcguide/config, по строке ключ = значение
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Параметры важнее файла.

    Переменные окружения: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. См.: man fcguide
cli2-help-sheet =
    fcguide sheet: памятка с шагами для печати, в стандартный вывод, с французскими
    словами сайта рядом с переводом, без личных данных.

    Использование: fcguide sheet [--lang ЯЗЫК] [--second-lang ЯЗЫК|none] [--format html|text]
      --lang ЯЗЫК              язык памятки (по умолчанию: язык системы)
      --second-lang ЯЗЫК       печатается ниже, мельче (по умолчанию: французский);
                               none: только один язык
      --format html|text       html (по умолчанию): страница для печати на A4;
                               text: строки не длиннее 80 знаков
    Пример: fcguide sheet --lang uk > pamyatka.html
cli2-help-practice-server =
    fcguide practice-server: только учебный провайдер, на этом компьютере
    (127.0.0.1), для браузера преподавателя или другой программы. Он выводит свой
    issuer, идентификатор клиента, секрет, созданный на этот раз, и адрес возврата,
    который он принимает. Ctrl-C останавливает его.

    Использование: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang ЯЗЫК]
      --port N             порт (по умолчанию: любой свободный)
      --redirect-uri URL   единственный адрес возврата, который он принимает
      --consent-box        показать флажок перед продолжением, как у некоторых служб
      --lang ЯЗЫК          язык того, что он выводит
cli2-help-check =
    fcguide check: проверяет настройки до встречи с человеком, по одному выводу в
    строке: настройки (идентификатор клиента, адрес возврата, секрет), файл секрета,
    прокси, защищённое соединение (TLS), часы этого компьютера по сравнению с часами
    провайдера и описание провайдера (discovery). Ничего секретного не выводится.
    Принимает параметры сеанса (--provider, --issuer, --client-id, --redirect-uri,
    --rules, --lang, --debug) и читает файл настроек. Код выхода: 0 готово,
    1 есть проблема.
cli2-help-config =
    fcguide config: показывает каждую действующую настройку и её источник: параметр,
    переменная, строка файла или значение по умолчанию.
    Файл: ~/.config/fcguide/config (или $XDG_CONFIG_HOME/fcguide/config),
    по одной настройке в строке, ключ = значение; строка с # в начале — комментарий.
    Ключи: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes или no), theme (high-contrast или default).
    Секрет туда никогда не пишется: для него есть файл client_secret рядом (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: эта строка не в виде ключ = значение. Исправьте её или начните с #, чтобы сделать комментарием.
cli2-config-unknown-key = { $file }:{ $line }: неизвестная настройка { $word }. Настройки: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: это значение не подходит для { $word }. См.: fcguide config --help
cli2-config-secret = { $file }:{ $line }: секрет никогда не пишется в этот файл. Удалите эту строку и запишите секрет отдельно в { $secret } (chmod 600) или в FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: эта настройка уже задана в строке { $word }. Оставьте только одну.
cli2-config-unreadable = { $file } не удаётся прочитать: это должен быть доступный вам текстовый файл меньше 64 КиБ.
cli2-config-file = Файл настроек: { $file }
cli2-config-no-file = Файла настроек нет (он читался бы из { $file }).
cli2-config-unset = (не задано)
cli2-origin-option = параметр { $word }
cli2-origin-env = переменная { $word }
cli2-origin-default = по умолчанию
cli2-check-title = Проверка настроек для { $word }
cli2-check-ok = Готово
cli2-check-warning = Внимание
cli2-check-problem = Проблема
cli2-check-practice = Встроенный учебный провайдер: не нужно задавать ни идентификатор клиента, ни секрет, ни адрес возврата.
cli2-check-setup-ok = В настройках ничего не упущено.
cli2-check-secret-env = Секрет берётся из FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Файл секрета принадлежит вам и закрыт для других: { $file }
cli2-check-secret-none = Секрета нет. Если у службы он есть, запишите его отдельно в { $file } (chmod 600) или в FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Адрес возврата соответствует правилам платформы: { $word }
cli2-check-redirect-free = Адрес возврата регистрировать не нужно: для каждого подключения берётся свободный порт этого компьютера.
cli2-check-loopback = Провайдер на этом компьютере: без прокси, без TLS, те же часы.
cli2-check-proxy-none = Без прокси: связь с провайдером напрямую.
cli2-check-proxy = Через прокси { $word }.
cli2-check-proxy-socks = Прокси { $word } — это прокси SOCKS, который fcguide не использует: связь с провайдером напрямую.
cli2-check-tls-ok = Защищённое соединение (TLS) проверено по { $word }.
cli2-check-clock-ok = Часы этого компьютера согласуются с часами провайдера (разница { $seconds } с).
cli2-check-clock-off = Часы этого компьютера расходятся с часами провайдера на { $seconds } с: установите время, иначе подключение будет отклонено.
cli2-check-clock-unknown = Провайдер не сообщил своё время: часы не проверены.
cli2-check-discovery-ok = Провайдер отвечает и описывает себя (discovery).
cli2-check-ready = Готово: ничто не мешает сеансу.
cli2-check-not-ready = Не готово: исправьте проблемы выше, затем снова запустите fcguide check.
cli2-debug-file = Журнал этого сеанса (без личных данных) в { $file }, доступен только вам.
