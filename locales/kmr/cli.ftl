## Command line

cli-see-help = Binêrin: fcguide --help
cli-missing-value = Piştî { $word } nirxek kêm e.
cli-unknown-option = Vebijarka nenas: { $word }
cli-bad-port = Portê nederbasdar: { $word }
cli-bad-wait = Demdirêjiya nederbasdar (bi deqîqe, ji 1 heta 1440): { $word }
cli-not-text = Argumentek ne nivîseke xwendbar e: { $word }
cli-switch-value = Ev vebijark nirxekê qebûl nake: { $word }
cli-bad-rules = --rules “franceconnect” (qaîdeyên platformê) an “oidc” (OpenID Connect a standard) qebûl dike: { $word }
cli-no-secret-option = Nepenî tu carî li ser rêzika fermanê nayê dayîn ({ $word }): bikarhênerên din dikarin wê bixwînin. Guherbara FCGUIDE_CLIENT_SECRET an pelê ~/.config/fcguide/client_secret (chmod 600) bikar bînin.
cli-unknown-provider = Pêşkêşkerê nenas: { $word }. practice, franceconnect-sandbox, franceconnect-integration an franceconnect hilbijêrin, an --issuer bidin.
cli-provider-and-issuer = An --provider an --issuer hilbijêrin, ne herduyan ({ $word }).
cli-unknown-language = Ev ziman tune: { $word }. Binêrin: fcguide --list-languages
cli-practice-port = Portê { $word } jixwe tê bikaranîn. Bi --port yekî din hilbijêrin, an --port nenivîsin.
cli-practice-started = Pêşkêşkerê ceribandinê dest pê kir (tenê li ser vê komputerê). Ctrl-C wî radiwestîne.
cli-bad-bidi = --bidi “program” (alîkar nivîsa ji rastê ber bi çepê ve rêz dike) an “terminal” (termînal vê dike) qebûl dike: { $word }
cli-bad-format = --format “html” (rûpelek ji bo çapkirinê) an “text” (nivîsa sade) qebûl dike: { $word }
cli-help =
    fcguide: bi FranceConnect têkevin, gav bi gav, bi zimanê xwe.

    Bikaranîn:
      fcguide [vebijark]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang ZIMAN] [--second-lang ZIMAN|none]
    {"                ["}--format html|text]

    Vebijark:
      --plain               moda rêz bi rêz (xwînerên ekranê, termînalên sade)
      --lang ZIMAN          ziman (fr, uk, en, kmr…); binêrin --list-languages
      --provider NAV        practice (standard), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          pêşkêşkerekî din ê OpenID Connect
      --client-id ID        client id ya xizmetê (an FCGUIDE_CLIENT_ID)
      --redirect-uri URL    navnîşana vegerê ya qeydkirî (http://localhost:PORT/rê),
                            bi FranceConnect re pêwîst e
      --rules NAV           franceconnect (qaîdeyên platformê, standard ji bo
                            hawirdorên wê) an oidc (standard bi --issuer re)
      --scopes "…"          daneyên tên xwestin (standard: nasnameya bingehîn û e-name)
      --idp-hint ID         ID ya pêşkêşkerekî nasnameyê ku platformê ji bo
                            vê xizmetê daye (wekî idp_hint tê şandin)
      --no-browser          gerokê venekin: navnîşanê nîşan bidin
      --wait DEQÎQE         li benda gerokê berî pirsînê (standard 5, ji 1 heta 1440)
      --bidi terminal       bila termînal nivîsa ji rastê ber bi çepê ve rêz bike
      --high-contrast       dîmena bi kontrasta bilind
      --second-lang ZIMAN   zimanê duyem ê dîmena duzimanî (standard: fransî)
      --speak               gavan bi deng bixwînin (spd-say an espeak-ng)
      --list-languages      zimanên berdest
      --help, --version

    Nepeniya xizmetê ji FCGUIDE_CLIENT_SECRET an ji pelê
    ~/.config/fcguide/client_secret (ku tenê hûn dikarin bixwînin) tê, tu carî ji rêzika fermanê nayê.
    fcguide sheet rûpela gavan ji bo çapkirinê dinivîse (html, standard) an wekî nivîsa sade.
    Kodên encamê: 0 têketî, 1 bi ser neket, 2 çewtiya bikaranînê, 3 betal bû.
