# Issue 22: the command line, the remembered set-up, fcguide check and --debug.
cli2-unexpected-operand = Unexpected word: { $word }. The only words that are not options are the commands: sheet, check, config, practice-server, relay-page (after -- too).
cli2-write-failed = Could not write the output: { $word }
cli2-help-more =
    Commands and options may come in any order; -- ends the options.
      fcguide check [options]    check the set-up before a session (provider,
                                 proxy, TLS, clock, return address, secret file)
      fcguide config [options]   show each setting in effect and where it comes from
      --debug                    write a trace of addresses, statuses and errors,
                                 without personal data: on standard error in plain
                                 mode, else in ~/.local/state/fcguide/debug.log
      COMMAND --help             the help of one command

    Remembered set-up: ~/.config/fcguide/config, one key = value a line
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Options override it.

    Environment: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. See: man fcguide
cli2-help-sheet =
    fcguide sheet: the step sheet to print, on standard output, with the site's
    French words beside their translation, and no personal data.

    Usage: fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none] [--format html|text]
      --lang LANGUAGE          the sheet's language (default: the system's)
      --second-lang LANGUAGE   printed under it, smaller (default: French);
                               none: one language only
      --format html|text       html (default): a page to print on A4;
                               text: lines of at most 80 columns
    Example: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: the practice provider alone, on this computer
    (127.0.0.1), for a trainer's browser or another program. It prints its
    issuer, client id, a secret made for this run and the return address it
    accepts. Ctrl-C stops it.

    Usage: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang LANGUAGE]
      --port N             the port (default: a free one)
      --redirect-uri URL   the one return address it accepts
      --consent-box        show the box to tick before going on, as some services do
      --lang LANGUAGE      the language of what it prints
cli2-help-check =
    fcguide check: checks the set-up before you sit down with a person, one
    verdict a line: the set-up (client id, return address, secret), the secret
    file, the proxy, the secure connection (TLS), this computer's clock against
    the provider's, and the provider's description (discovery). Nothing secret
    is shown. It takes the options of a session (--provider, --issuer,
    --client-id, --redirect-uri, --rules, --lang, --debug) and reads the
    settings file. Exit code: 0 ready, 1 a problem.
cli2-help-config =
    fcguide config: shows each setting in effect and where it comes from: an
    option, a variable, a line of the file, or the default.
    The file: ~/.config/fcguide/config (or $XDG_CONFIG_HOME/fcguide/config),
    one setting a line, key = value; a line that starts with # is a comment.
    Keys: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes or no), theme (high-contrast or default).
    The secret never goes in it: use the file client_secret beside it (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: this line is not key = value. Correct it, or start it with # to make it a comment.
cli2-config-unknown-key = { $file }:{ $line }: unknown setting { $word }. The settings are: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: this value does not fit { $word }. See: fcguide config --help
cli2-config-secret = { $file }:{ $line }: the secret never goes in this file. Remove this line and put the secret alone in { $secret } (chmod 600), or in FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: this setting is already given on line { $word }. Keep only one.
cli2-config-unreadable = { $file } cannot be read: it must be a text file that you can read, under 64 KiB.
cli2-config-file = Settings file: { $file }
cli2-config-no-file = No settings file (it would be read from { $file }).
cli2-config-unset = (not set)
cli2-origin-option = option { $word }
cli2-origin-env = variable { $word }
cli2-origin-default = default
cli2-check-title = Checking the set-up for { $word }
cli2-check-ok = OK
cli2-check-warning = Warning
cli2-check-problem = Problem
cli2-check-practice = The built-in practice provider: no client id, secret or return address to set up.
cli2-check-setup-ok = Nothing is missing in the set-up.
cli2-check-secret-env = The secret comes from FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = The secret file is yours and closed to others: { $file }
cli2-check-secret-none = No secret. If the service has one, put it alone in { $file } (chmod 600), or in FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = The return address follows the platform's rules: { $word }
cli2-check-redirect-free = No return address to register: a free port on this computer is taken for each connection.
cli2-check-loopback = The provider is on this computer: no proxy, no TLS, the same clock.
cli2-check-proxy-none = No proxy: the provider is reached directly.
cli2-check-proxy = Through the proxy { $word }.
cli2-check-proxy-socks = The proxy { $word } is a SOCKS proxy, which fcguide does not use: the provider is reached directly.
cli2-check-tls-ok = Secure connection (TLS) checked against { $word }.
cli2-check-clock-ok = This computer's clock agrees with the provider's ({ $seconds } s apart).
cli2-check-clock-off = This computer's clock is { $seconds } s away from the provider's: set the time, or the connection will be refused.
cli2-check-clock-unknown = The provider did not give its time: the clock was not checked.
cli2-check-discovery-ok = The provider answers and describes itself (discovery).
cli2-check-ready = Ready: nothing stands in the way of a session.
cli2-check-not-ready = Not ready: correct the problems above, then run fcguide check again.
cli2-debug-file = The trace of this session (no personal data) is in { $file }, readable by you alone.
