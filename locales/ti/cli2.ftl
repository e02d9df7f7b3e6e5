# Issue 22: መስመር ትእዛዝ፡ ዝተዘከሩ ምድላዋት፡ fcguide check ከምኡ'ውን --debug።
cli2-unexpected-operand = ዘይተጸበየ ቃል: { $word }። ኣማራጺታት ዘይኮኑ ቃላት ትእዛዛት ጥራይ እዮም: sheet፡ check፡ config፡ practice-server፡ relay-page (ድሕሪ -- እውን)።
cli2-write-failed = ውጽኢት ክጽሓፍ ኣይከኣለን: { $word }
cli2-help-more =
    ትእዛዛትን ኣማራጺታትን ብዝኾነ ስርዓት ክመጹ ይኽእሉ፤ -- ኣማራጺታት የብቅዕ።
      fcguide check [ኣማራጺታት]     ቅድሚ ርክብ ምድላዋት ምርኣይ (ሃቢ፡ proxy፡
                                    TLS፡ ሰዓት፡ ኣድራሻ ምምላስ፡ ፋይል ምስጢር)
      fcguide config [ኣማራጺታት]    ነፍሲ ወከፍ ዝሰርሕ ምድላውን ምንጩን ምርኣይ
      --debug                       መዝገብ ኣድራሻታት፡ ኩነታትን ጌጋታትን ምጽሓፍ፡ ብዘይ
                                    ውልቃዊ ሓበሬታ: ኣብ መስመር ብመስመር ኣብ ውጽኢት ጌጋ፡
                                    እንተዘይኮይኑ ኣብ ~/.local/state/fcguide/debug.log
      ትእዛዝ --help                  ሓገዝ ሓንቲ ትእዛዝ

    ዝተዘከሩ ምድላዋት: ~/.config/fcguide/config፡ ነፍሲ ወከፍ መስመር ሓደ መፍትሕ = ዋጋ
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default)። ኣማራጺታት ካብ ፋይል ይበልጹ።

    ሃዋሁ: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG። ርኣዩ: man fcguide
cli2-help-sheet =
    fcguide sheet: ንሕትመት ወረቐት ስጉምትታት፡ ኣብ መደበኛ ውጽኢት፡ ፈረንሳይኛ ቃላት
    ናይቲ መርበብ ኣብ ጥቓ ትርጉሞም፡ ብዘይ ውልቃዊ ሓበሬታ።

    ኣጠቓቕማ: fcguide sheet [--lang ቋንቋ] [--second-lang ቋንቋ|none] [--format html|text]
      --lang ቋንቋ               ቋንቋ ወረቐት (ብንቡር: ቋንቋ ስርዓት)
      --second-lang ቋንቋ        ኣብ ታሕቲ ብንእሽቶ ይሕተም (ብንቡር: ፈረንሳይኛ)፤
                                none: ሓደ ቋንቋ ጥራይ
      --format html|text        html (ንቡር): ኣብ A4 ዝሕተም ገጽ፤
                                text: እንተበዝሐ 80 ዓምዲ ዘለዎም መስመራት
    ኣብነት: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: ሃቢ ልምምድ ጥራይ፡ ኣብዚ ኮምፒዩተር (127.0.0.1)፡
    ንመርበብ ሓደ ኣሰልጣኒ ወይ ካልእ መደብ። issuer ናቱ፡ መለለዪ ዓሚል፡ ነዚ ግዜ ዝተሰርሐ
    ምስጢርን ዝቕበሎ ኣድራሻ ምምላስን የርኢ። Ctrl-C የቋርጾ።

    ኣጠቓቕማ: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang ቋንቋ]
      --port N             ፖርት (ብንቡር: ነጻ ዝኾነ)
      --redirect-uri URL   ዝቕበሎ ሓደ ኣድራሻ ምምላስ
      --consent-box        ቅድሚ ምቕጻል ዝምልከት ሳጹን ምርኣይ፡ ከም ገለ ኣገልግሎታት
      --lang ቋንቋ           ቋንቋ ናይቲ ዘርእዮ
cli2-help-check =
    fcguide check: ምስ ሓደ ሰብ ቅድሚ ምቕማጥኩም ምድላዋት ይርኢ፡ ኣብ ነፍሲ ወከፍ መስመር
    ሓደ ውሳነ: ምድላዋት (መለለዪ ዓሚል፡ ኣድራሻ ምምላስ፡ ምስጢር)፡ ፋይል ምስጢር፡ proxy፡
    ውሑስ ርክብ (TLS)፡ ሰዓት ናይዚ ኮምፒዩተር ምስ ሰዓት ሃቢ፡ ከምኡ'ውን መግለጺ ሃቢ
    (discovery)። ምንም ምስጢር ኣይርአን። ኣማራጺታት ርክብ ይቕበል (--provider,
    --issuer, --client-id, --redirect-uri, --rules, --lang, --debug) ፋይል
    ምድላዋት ድማ የንብብ። ኮድ ምውጻእ: 0 ድሉው፡ 1 ጸገም።
cli2-help-config =
    fcguide config: ነፍሲ ወከፍ ዝሰርሕ ምድላውን ምንጩን የርኢ: ኣማራጺ፡ ተለዋዋጢ፡
    መስመር ፋይል፡ ወይ ንቡር ዋጋ።
    ፋይል: ~/.config/fcguide/config (ወይ $XDG_CONFIG_HOME/fcguide/config)፡
    ኣብ ነፍሲ ወከፍ መስመር ሓደ ምድላው፡ መፍትሕ = ዋጋ፤ ብ # ዝጅምር መስመር ሪኢቶ እዩ።
    መፍትሓት: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes ወይ no), theme (high-contrast ወይ default)።
    ምስጢር ፈጺሙ ኣብኡ ኣይኣቱን: ኣብ ጥቓኡ ዘሎ ፋይል client_secret ተጠቐሙ (chmod 600)።
cli2-config-bad-line = { $file }:{ $line }: እዚ መስመር መፍትሕ = ዋጋ ኣይኮነን። ኣስተኻኽልዎ፡ ወይ ሪኢቶ ንምግባሩ ብ # ጀምርዎ።
cli2-config-unknown-key = { $file }:{ $line }: ዘይፍለጥ ምድላው { $word }። ምድላዋት እዚኦም እዮም: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme።
cli2-config-bad-value = { $file }:{ $line }: እዚ ዋጋ ን { $word } ኣይሰማማዕን። ርኣዩ: fcguide config --help
cli2-config-secret = { $file }:{ $line }: ምስጢር ፈጺሙ ኣብዚ ፋይል ኣይኣቱን። ነዚ መስመር ሰርዝዎ፡ ምስጢር በይኑ ኣብ { $secret } (chmod 600) ወይ ኣብ FCGUIDE_CLIENT_SECRET ኣቐምጥዎ።
cli2-config-twice = { $file }:{ $line }: እዚ ምድላው ኣቐዲሙ ኣብ መስመር { $word } ተዋሂቡ ኣሎ። ሓደ ጥራይ ሓዙ።
cli2-config-unreadable = { $file } ክንበብ ኣይከኣለን: ክተንብብዎ እትኽእሉ፡ ካብ 64 KiB ዝነኣሰ ፋይል ጽሑፍ ክኸውን ኣለዎ።
cli2-config-file = ፋይል ምድላዋት: { $file }
cli2-config-no-file = ፋይል ምድላዋት የለን (ካብ { $file } ምተነበ)።
cli2-config-unset = (ኣይተዳለወን)
cli2-origin-option = ኣማራጺ { $word }
cli2-origin-env = ተለዋዋጢ { $word }
cli2-origin-default = ንቡር
cli2-check-title = ምርመራ ምድላዋት ን { $word }
cli2-check-ok = ጽቡቕ
cli2-check-warning = ጥንቃቐ
cli2-check-problem = ጸገም
cli2-check-practice = ውሽጣዊ ሃቢ ልምምድ: መለለዪ ዓሚል፡ ምስጢር ወይ ኣድራሻ ምምላስ ዝዳሎ የለን።
cli2-check-setup-ok = ኣብ ምድላዋት ዝጎደለ የለን።
cli2-check-secret-env = ምስጢር ካብ FCGUIDE_CLIENT_SECRET ይመጽእ።
cli2-check-secret-file = ፋይል ምስጢር ናትኩም እዩ፡ ንኻልኦት ዕጹው እዩ: { $file }
cli2-check-secret-none = ምስጢር የለን። እቲ ኣገልግሎት እንተሃለዎ፡ በይኑ ኣብ { $file } (chmod 600) ወይ ኣብ FCGUIDE_CLIENT_SECRET ኣቐምጥዎ።
cli2-check-redirect-ok = ኣድራሻ ምምላስ ሕግታት መድረኽ ይስዕብ: { $word }
cli2-check-redirect-free = ዝምዝገብ ኣድራሻ ምምላስ የለን: ን ነፍሲ ወከፍ ርክብ ነጻ ፖርት ናይዚ ኮምፒዩተር ይውሰድ።
cli2-check-loopback = ሃቢ ኣብዚ ኮምፒዩተር እዩ ዘሎ: proxy የለን፡ TLS የለን፡ ሓደ ሰዓት።
cli2-check-proxy-none = proxy የለን: ሃቢ ብቐጥታ ይብጻሕ።
cli2-check-proxy = ብ proxy { $word } ኣቢሉ።
cli2-check-proxy-socks = proxy { $word } SOCKS proxy እዩ፡ fcguide ኣይጥቀመሉን: ሃቢ ብቐጥታ ይብጻሕ።
cli2-check-tls-ok = ውሑስ ርክብ (TLS) ብ { $word } ተረጋጊጹ።
cli2-check-clock-ok = ሰዓት ናይዚ ኮምፒዩተር ምስ ሰዓት ሃቢ ይሰማማዕ ({ $seconds } ካልኢት ፍልልይ)።
cli2-check-clock-off = ሰዓት ናይዚ ኮምፒዩተር ካብ ሰዓት ሃቢ { $seconds } ካልኢት ይፈላለ: ሰዓት ኣስተኻኽሉ፡ እንተዘይኮይኑ ርክብ ክንጸግ እዩ።
cli2-check-clock-unknown = ሃቢ ሰዓቱ ኣይሃበን: ሰዓት ኣይተመርመረን።
cli2-check-discovery-ok = ሃቢ ይምልስን ነብሱ ይገልጽን (discovery)።
cli2-check-ready = ድሉው: ንርክብ ዝዓግት የለን።
cli2-check-not-ready = ድሉው ኣይኮነን: ኣብ ላዕሊ ዘለዉ ጸገማት ኣስተኻኽሉ፡ ድሕሪኡ fcguide check ደጊምኩም ኣካይድዎ።
cli2-debug-file = መዝገብ ናይዚ ርክብ (ብዘይ ውልቃዊ ሓበሬታ) ኣብ { $file } ኣሎ፡ ንስኹም ጥራይ ከተንብብዎ ትኽእሉ።
