# Issue 22: rêzika fermanan, mîhengên bîrhatî, fcguide check û --debug.
cli2-unexpected-operand = Peyva ne li bendê: { $word }. Tenê peyvên ku ne vebijark in ferman in: sheet, check, config, practice-server, relay-page (piştî -- jî).
cli2-write-failed = Derketin nehat nivîsandin: { $word }
cli2-help-more =
    Ferman û vebijark dikarin bi her rêzê bên; -- vebijarkan diqedîne.
      fcguide check [vebijark]     berî danişînekê mîhengan kontrol bike (pêşkêşker,
                                   proxy, TLS, saet, navnîşana vegerê, pelê veşartî)
      fcguide config [vebijark]    her mîhenga derbasdar û ji ku tê nîşan bide
      --debug                      şopeke navnîşan, rewş û xeletiyan binivîse, bê daneyên
                                   kesane: di moda rêz bi rêz de li derketina xeletiyan,
                                   wekî din di ~/.local/state/fcguide/debug.log de
      FERMAN --help                alîkariya fermanekê

    Mîhengên bîrhatî: ~/.config/fcguide/config, her rêzek kilît = nirx
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Vebijark ji pelê xurttir in.

    Jîngeh: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Binêre: man fcguide
cli2-help-sheet =
    fcguide sheet: pelgeha gavan ji bo çapkirinê, li derketina standard, bi peyvên
    fransî yên malperê li kêleka wergera wan, bê daneyên kesane.

    Bikaranîn: fcguide sheet [--lang ZIMAN] [--second-lang ZIMAN|none] [--format html|text]
      --lang ZIMAN             zimanê pelgehê (wek standard: yê pergalê)
      --second-lang ZIMAN      li binî, piçûktir tê çapkirin (wek standard: fransî);
                               none: tenê zimanek
      --format html|text       html (wek standard): rûpelek ji bo çapkirina A4;
                               text: rêzên herî zêde 80 stûn
    Mînak: fcguide sheet --lang uk > pelgeh.html
cli2-help-practice-server =
    fcguide practice-server: tenê pêşkêşkera ceribandinê, li ser vê komputerê
    (127.0.0.1), ji bo geroka perwerdekarekî an bernameyeke din. Ew issuer-a xwe,
    nasnameya mişterî, veşartiyeke ji bo vê carê çêkirî û navnîşana vegerê ya ku
    qebûl dike nîşan dide. Ctrl-C wê radiwestîne.

    Bikaranîn: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang ZIMAN]
      --port N             port (wek standard: yekî vala)
      --redirect-uri URL   tenê navnîşana vegerê ya ku qebûl dike
      --consent-box        qutiya nîşankirinê berî domandinê nîşan bide, wek hin xizmetan
      --lang ZIMAN         zimanê tiştên ku nîşan dide
cli2-help-check =
    fcguide check: berî ku hûn bi kesekî re rûnin mîhengan kontrol dike, her rêzek
    encamek: mîheng (nasnameya mişterî, navnîşana vegerê, veşartî), pelê veşartî,
    proxy, girêdana ewle (TLS), saeta vê komputerê li hember ya pêşkêşkerê, û
    danasîna pêşkêşkerê (discovery). Tiştekî veşartî nayê nîşandan. Vebijarkên
    danişînê digire (--provider, --issuer, --client-id, --redirect-uri, --rules,
    --lang, --debug) û pelê mîhengan dixwîne. Koda derketinê: 0 amade, 1 pirsgirêk.
cli2-help-config =
    fcguide config: her mîhenga derbasdar û ji ku tê nîşan dide: vebijarkek,
    guhêrbarek, rêzeke pelê, an nirxa standard.
    Pel: ~/.config/fcguide/config (an $XDG_CONFIG_HOME/fcguide/config),
    her rêzek mîhengek, kilît = nirx; rêza ku bi # dest pê dike şîrove ye.
    Kilît: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes an no), theme (high-contrast an default).
    Veşartî qet naçe wir: pelê client_secret ê li kêlekê bi kar bînin (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: ev rêz ne kilît = nirx e. Rast bikin, an bi # dest pê bikin da ku bibe şîrove.
cli2-config-unknown-key = { $file }:{ $line }: mîhenga nenas { $word }. Mîheng ev in: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: ev nirx ji bo { $word } nabe. Binêre: fcguide config --help
cli2-config-secret = { $file }:{ $line }: veşartî qet naçe vî pelî. Vê rêzê jê bibin û veşartiyê bi tenê têxin { $secret } (chmod 600), an FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: ev mîheng berê di rêza { $word } de hatiye dayîn. Tenê yekê bihêlin.
cli2-config-unreadable = { $file } nayê xwendin: divê pelekî nivîsê be ku hûn dikarin bixwînin, ji 64 KiB kêmtir.
cli2-config-file = Pelê mîhengan: { $file }
cli2-config-no-file = Pelê mîhengan tune (dê ji { $file } bihata xwendin).
cli2-config-unset = (nehatiye mîhengkirin)
cli2-origin-option = vebijark { $word }
cli2-origin-env = guhêrbar { $word }
cli2-origin-default = standard
cli2-check-title = Kontrola mîhengan ji bo { $word }
cli2-check-ok = Baş e
cli2-check-warning = Hişyarî
cli2-check-problem = Pirsgirêk
cli2-check-practice = Pêşkêşkera ceribandinê ya hundirîn: ne nasnameya mişterî, ne veşartî, ne jî navnîşana vegerê ji bo mîhengkirinê heye.
cli2-check-setup-ok = Di mîhengan de tiştek kêm nîne.
cli2-check-secret-env = Veşartî ji FCGUIDE_CLIENT_SECRET tê.
cli2-check-secret-file = Pelê veşartî yê we ye û ji yên din re girtî ye: { $file }
cli2-check-secret-none = Veşartî tune. Heke xizmetê yek hebe, wê bi tenê têxin { $file } (chmod 600), an FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Navnîşana vegerê rêzikên platformê dişopîne: { $word }
cli2-check-redirect-free = Navnîşana vegerê ya ji bo tomarkirinê tune: ji bo her girêdanê portek vala ya vê komputerê tê girtin.
cli2-check-loopback = Pêşkêşker li ser vê komputerê ye: bê proxy, bê TLS, heman saet.
cli2-check-proxy-none = Bê proxy: pêşkêşker rasterast tê gihîştin.
cli2-check-proxy = Bi riya proxy-ya { $word }.
cli2-check-proxy-socks = Proxy-ya { $word } proxy-yeke SOCKS e, ku fcguide bi kar nayîne: pêşkêşker rasterast tê gihîştin.
cli2-check-tls-ok = Girêdana ewle (TLS) bi { $word } hat kontrolkirin.
cli2-check-clock-ok = Saeta vê komputerê bi ya pêşkêşkerê re li hev e ({ $seconds } s cudahî).
cli2-check-clock-off = Saeta vê komputerê { $seconds } s ji ya pêşkêşkerê cuda ye: demê rast bikin, wekî din girêdan dê were redkirin.
cli2-check-clock-unknown = Pêşkêşkerê dema xwe neda: saet nehat kontrolkirin.
cli2-check-discovery-ok = Pêşkêşker bersiv dide û xwe dide nasîn (discovery).
cli2-check-ready = Amade: tiştek pêşiya danişînê nagire.
cli2-check-not-ready = Ne amade: pirsgirêkên li jor rast bikin, paşê dîsa fcguide check bimeşînin.
cli2-debug-file = Şopa vê danişînê (bê daneyên kesane) di { $file } de ye, tenê hûn dikarin bixwînin.
