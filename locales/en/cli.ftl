## Command line

cli-see-help = See: fcguide --help
cli-missing-value = A value is missing after { $word }.
cli-unknown-option = Unknown option: { $word }
cli-bad-port = Invalid port: { $word }
cli-bad-wait = Invalid duration (in minutes, from 1 to 1440): { $word }
cli-not-text = An argument is not readable text: { $word }
cli-switch-value = This option takes no value: { $word }
cli-bad-rules = --rules takes “franceconnect” (the platform's rules) or “oidc” (standard OpenID Connect): { $word }
cli-no-secret-option = The secret is never given on the command line ({ $word }): other users could read it. Use the FCGUIDE_CLIENT_SECRET variable or the file ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Unknown provider: { $word }. Choose practice, franceconnect-sandbox, franceconnect-integration or franceconnect, or give --issuer.
cli-provider-and-issuer = Choose either --provider or --issuer, not both ({ $word }).
cli-unknown-language = Language not available: { $word }. See: fcguide --list-languages
cli-practice-port = Port { $word } is already taken. Choose another with --port, or leave --port out.
cli-practice-started = Practice provider started (on this computer only). Ctrl-C stops it.
cli-bad-bidi = --bidi takes “program” (the assistant orders right-to-left text) or “terminal” (the terminal does): { $word }
cli-bad-format = --format takes “html” (a page to print) or “text” (plain text): { $word }
cli-help =
    fcguide: connect with FranceConnect, step by step, in your language.

    Usage:
      fcguide [options]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    Options:
      --plain               line-by-line mode (screen readers, simple terminals)
      --lang LANGUAGE       language (fr, uk, en…); see --list-languages
      --provider NAME       practice (default), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          another OpenID Connect provider
      --client-id ID        the service's client id (or FCGUIDE_CLIENT_ID)
      --redirect-uri URL    registered return address (http://localhost:PORT/path),
                            required with FranceConnect
      --rules NAME          franceconnect (the platform's rules, default for its
                            environments) or oidc (default with --issuer)
      --scopes "…"          the claims asked for (default: identity pivot and email)
      --idp-hint ID         an identity provider's id that the platform gave for
                            this service (sent as idp_hint)
      --no-browser          do not open the browser: show the address
      --wait MINUTES        wait for the browser before asking (default 5, 1 to 1440)
      --bidi terminal       let the terminal order right-to-left text
      --high-contrast       high-contrast theme
      --second-lang LANG    the second language of the bilingual view (default French)
      --speak               read the steps aloud (spd-say or espeak-ng)
      --list-languages      available languages
      --help, --version

    The service's secret comes from FCGUIDE_CLIENT_SECRET or the file
    ~/.config/fcguide/client_secret (readable by you alone), never from the command line.
    fcguide sheet writes the step sheet to print (html, the default) or as plain text.
    Exit codes: 0 connected, 1 failed, 2 usage error, 3 cancelled.
