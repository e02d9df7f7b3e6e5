# Issue 22: diidol yamirooje, teeltine ciftinaaɗe, fcguide check e --debug.
cli2-unexpected-operand = Konngol ngol sabbiniraa: { $word }. Konnguɗi tan ɗi ngalaa suɓaaji ko yamirooje ɗee: sheet, check, config, practice-server, relay-page (caggal -- kadi).
cli2-write-failed = Horaaki winndude ko yaltata: { $word }
cli2-help-more =
    Yamirooje e suɓaaji ena mbaawi warde e jokkondiral kala; -- ina gasna suɓaaji.
      fcguide check [suɓaaji]     ƴeewto teeltine ado batu (jeytinoowo,
                                  proxy, TLS, waktu, ñiiɓirde artirgal, fiisiyee suturo)
      fcguide config [suɓaaji]    hollu teeltinol kala golloowol e to iwri
      --debug                     winndu ko ƴeewtaa ñiiɓirɗe, ngonkaaji e juumeeji, tawa
                                  humpito neɗɗo alaa: e yaltirde juumeeji e mbaydi
                                  diidol diidol, so wonaa ɗum e ~/.local/state/fcguide/debug.log
      YAMIRO --help               ballal yamiroore wootere

    Teeltine ciftinaaɗe: ~/.config/fcguide/config, diidol kala wootere coktirgal = njeenaari
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Suɓaaji ɓurata fiisiyee.

    Taariindi: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Yiy: man fcguide
cli2-help-sheet =
    fcguide sheet: kaayit daawe ngam muulde, e yaltirde laawɗunde, e konnguɗi
    Farayse lowre ndee ɓadiiɗi e firo maɗɗi, tawa humpito neɗɗo alaa.

    Huutoraade: fcguide sheet [--lang ƊEMNGAL] [--second-lang ƊEMNGAL|none] [--format html|text]
      --lang ƊEMNGAL           ɗemngal kaayit (e tuugnorgal: ngal sistem)
      --second-lang ƊEMNGAL    muulaa ley, ina famɗi (e tuugnorgal: Farayse);
                               none: ɗemngal gootal tan
      --format html|text       html (e tuugnorgal): hello ngam muulde e A4;
                               text: diidi 80 kolon tan ɓurɗe
    Misal: fcguide sheet --lang uk > kaayit.html
cli2-help-practice-server =
    fcguide practice-server: jeytinoowo eggitorgo kañum tan, e ordinateer ngoo
    (127.0.0.1), ngam wanngorde jannginoowo walla porogaraam goo. Ina hollira issuer
    mum, innde kiliyan, suturo waɗaaɗo ngam ndee laawol e ñiiɓirde artirgal nde
    jaɓata. Ctrl-C ina daartina ɗum.

    Huutoraade: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang ƊEMNGAL]
      --port N             poor (e tuugnorgal: gooto mo alaa gollal)
      --redirect-uri URL   ñiiɓirde artirgal wootere nde jaɓata
      --consent-box        hollu kaare ngam maantaade ado jokkude, wano golle goo
      --lang ƊEMNGAL       ɗemngal ko hollirta
cli2-help-check =
    fcguide check: ina ƴeewta teeltine ado joodaade e neɗɗo, jaabawol gootol e
    diidol kala: teeltine (innde kiliyan, ñiiɓirde artirgal, suturo), fiisiyee suturo,
    proxy, jokkondiral hisnaangal (TLS), waktu ordinateer ngoo e waktu jeytinoowo,
    e sifaa jeytinoowo (discovery). Hay huunde suturo hollaaka. Ina jogoo suɓaaji
    batu (--provider, --issuer, --client-id, --redirect-uri, --rules, --lang,
    --debug) ina tara fiisiyee teeltine. Kod yaltude: 0 heɓii, 1 caɗeele.
cli2-help-config =
    fcguide config: ina hollira teeltinol kala golloowol e to iwri: suɓaare,
    waylotoongal, diidol fiisiyee, walla njeenaari tuugnorgal.
    Fiisiyee: ~/.config/fcguide/config (walla $XDG_CONFIG_HOME/fcguide/config),
    teeltinol gootol e diidol kala, coktirgal = njeenaari; diidol fuɗɗiingol e # ko miijo.
    Coktirɗe: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes walla no), theme (high-contrast walla default).
    Suturo naatataa ton abadaa: huutoro fiisiyee client_secret ɓadiiɗo (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: diidol ngol wonaa coktirgal = njeenaari. Feewnu ngol, walla fuɗɗor ngol e # ngam wontude miijo.
cli2-config-unknown-key = { $file }:{ $line }: teeltinol ngol anndaaka { $word }. Teeltine ɗee ko: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: njeenaari ndii haanaani { $word }. Yiy: fcguide config --help
cli2-config-secret = { $file }:{ $line }: suturo naatataa e fiisiyee ngoo abadaa. Momtu diidol ngol, waɗ suturo kañum tan e { $secret } (chmod 600), walla e FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: teeltinol ngol rokkaama gila e diidol { $word }. Resu gootol tan.
cli2-config-unreadable = { $file } tarotaako: ina foti wonde fiisiyee binndi ngo mbaawɗaa tarude, ina famɗi 64 KiB.
cli2-config-file = Fiisiyee teeltine: { $file }
cli2-config-no-file = Fiisiyee teeltine alaa (tarataa ko e { $file }).
cli2-config-unset = (teeltinaaka)
cli2-origin-option = suɓaare { $word }
cli2-origin-env = waylotoongal { $word }
cli2-origin-default = tuugnorgal
cli2-check-title = Ƴeewtugol teeltine ngam { $word }
cli2-check-ok = Moƴƴii
cli2-check-warning = Reentino
cli2-check-problem = Caɗeele
cli2-check-practice = Jeytinoowo eggitorgo nder porogaraam: alaa innde kiliyan, suturo walla ñiiɓirde artirgal ngam teeltinde.
cli2-check-setup-ok = Hay huunde ustaaki e teeltine.
cli2-check-secret-env = Suturo ina iwi e FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Fiisiyee suturo ko maa, ina uddanaa woɓɓe: { $file }
cli2-check-secret-none = Suturo alaa. So golle ɗee ina jogii gooto, waɗ mo kañum tan e { $file } (chmod 600), walla e FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Ñiiɓirde artirgal ina jokki sarɗiiji platforme: { $word }
cli2-check-redirect-free = Ñiiɓirde artirgal ngam winndinde alaa: poor mo alaa gollal e ordinateer ngoo ina jogee e jokkondiral kala.
cli2-check-loopback = Jeytinoowo ina e ordinateer ngoo: proxy alaa, TLS alaa, waktu gootu.
cli2-check-proxy-none = Proxy alaa: jeytinoowo ina yettinee ko aldaaki e hay gooto.
cli2-check-proxy = Rewrude e proxy { $word }.
cli2-check-proxy-socks = Proxy { $word } ko proxy SOCKS, mo fcguide huutortaa: jeytinoowo ina yettinee ko aldaaki e hay gooto.
cli2-check-tls-ok = Jokkondiral hisnaangal (TLS) ƴeewtaama e { $word }.
cli2-check-clock-ok = Waktu ordinateer ngoo ina fotndi e waktu jeytinoowo (seertude { $seconds } s).
cli2-check-clock-off = Waktu ordinateer ngoo ina seerndi e waktu jeytinoowo { $seconds } s: feewnu waktu, so wonaa ɗum jokkondiral ina salee.
cli2-check-clock-unknown = Jeytinoowo rokkaani waktu mum: waktu ƴeewtaaka.
cli2-check-discovery-ok = Jeytinoowo ina jaaboo ina sifa hoore mum (discovery).
cli2-check-ready = Heɓii: hay huunde haɗataa batu.
cli2-check-not-ready = Heɓaaki: feewnu caɗeele dow ɗee, caggal ɗuum fuɗɗito fcguide check.
cli2-debug-file = Ko ƴeewtaa e ndee batu (tawa humpito neɗɗo alaa) ina e { $file }, aan tan waawi tarude.
