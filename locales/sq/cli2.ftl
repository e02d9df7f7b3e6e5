# Issue 22: rreshti i komandave, rregullimet e ruajtura, fcguide check dhe --debug.
cli2-unexpected-operand = Fjalë e papritur: { $word }. Të vetmet fjalë që nuk janë mundësi janë komandat: sheet, check, config, practice-server, relay-page (edhe pas --).
cli2-write-failed = Dalja nuk u shkrua dot: { $word }
cli2-help-more =
    Komandat dhe mundësitë mund të vijnë në çdo rend; -- i mbyll mundësitë.
      fcguide check [mundësi]     kontrollo rregullimet para një seance (ofruesi,
                                  proxy, TLS, ora, adresa e kthimit, skedari sekret)
      fcguide config [mundësi]    shfaq çdo rregullim në fuqi dhe nga vjen
      --debug                     shkruaj një gjurmë adresash, statusesh dhe gabimesh,
                                  pa të dhëna personale: në daljen e gabimeve në mënyrën
                                  rresht pas rreshti, përndryshe në ~/.local/state/fcguide/debug.log
      KOMANDË --help              ndihma e një komande

    Rregullimet e ruajtura: ~/.config/fcguide/config, një rresht çelës = vlerë për rregullim
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Mundësitë kanë përparësi.

    Mjedisi: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Shih: man fcguide
cli2-help-sheet =
    fcguide sheet: fleta e hapave për ta shtypur, në daljen standarde, me fjalët
    frënge të faqes pranë përkthimit të tyre, pa të dhëna personale.

    Përdorimi: fcguide sheet [--lang GJUHA] [--second-lang GJUHA|none] [--format html|text]
      --lang GJUHA             gjuha e fletës (si parazgjedhje: ajo e sistemit)
      --second-lang GJUHA      shtypur poshtë, më e vogël (si parazgjedhje: frëngjisht);
                               none: vetëm një gjuhë
      --format html|text       html (si parazgjedhje): një faqe për ta shtypur në A4;
                               text: rreshta me jo më shumë se 80 shtylla
    Shembull: fcguide sheet --lang uk > fleta.html
cli2-help-practice-server =
    fcguide practice-server: vetëm ofruesi i ushtrimit, në këtë kompjuter
    (127.0.0.1), për shfletuesin e një trajnuesi ose një program tjetër. Shfaq
    issuer-in e vet, identifikuesin e klientit, një sekret të krijuar për këtë herë
    dhe adresën e kthimit që pranon. Ctrl-C e ndal.

    Përdorimi: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang GJUHA]
      --port N             porta (si parazgjedhje: një e lirë)
      --redirect-uri URL   e vetmja adresë kthimi që pranon
      --consent-box        shfaq kutinë për t'u shënuar para se të vazhdohet, si disa shërbime
      --lang GJUHA         gjuha e asaj që shfaq
cli2-help-check =
    fcguide check: kontrollon rregullimet para se të uleni me një person, një
    përfundim për rresht: rregullimet (identifikuesi i klientit, adresa e kthimit,
    sekreti), skedari sekret, proxy, lidhja e sigurt (TLS), ora e këtij kompjuteri
    krahasuar me atë të ofruesit dhe përshkrimi i ofruesit (discovery). Asgjë
    sekrete nuk shfaqet. Merr mundësitë e një seance (--provider, --issuer,
    --client-id, --redirect-uri, --rules, --lang, --debug) dhe lexon skedarin e
    rregullimeve. Kodi i daljes: 0 gati, 1 një problem.
cli2-help-config =
    fcguide config: shfaq çdo rregullim në fuqi dhe nga vjen: një mundësi, një
    ndryshore, një rresht i skedarit ose vlera e parazgjedhur.
    Skedari: ~/.config/fcguide/config (ose $XDG_CONFIG_HOME/fcguide/config),
    një rregullim për rresht, çelës = vlerë; një rresht që nis me # është koment.
    Çelësat: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes ose no), theme (high-contrast ose default).
    Sekreti nuk shkon kurrë aty: përdorni skedarin client_secret pranë tij (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: ky rresht nuk është çelës = vlerë. Ndreqeni, ose nisni me # që të bëhet koment.
cli2-config-unknown-key = { $file }:{ $line }: rregullim i panjohur { $word }. Rregullimet janë: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: kjo vlerë nuk i shkon { $word }. Shih: fcguide config --help
cli2-config-secret = { $file }:{ $line }: sekreti nuk shkon kurrë në këtë skedar. Fshijeni këtë rresht dhe vendoseni sekretin vetëm në { $secret } (chmod 600), ose në FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: ky rregullim është dhënë tashmë në rreshtin { $word }. Mbani vetëm një.
cli2-config-unreadable = { $file } nuk lexohet dot: duhet të jetë një skedar teksti që ju mund ta lexoni, nën 64 KiB.
cli2-config-file = Skedari i rregullimeve: { $file }
cli2-config-no-file = Nuk ka skedar rregullimesh (do të lexohej nga { $file }).
cli2-config-unset = (i parregulluar)
cli2-origin-option = mundësia { $word }
cli2-origin-env = ndryshorja { $word }
cli2-origin-default = parazgjedhje
cli2-check-title = Kontrolli i rregullimeve për { $word }
cli2-check-ok = Në rregull
cli2-check-warning = Kujdes
cli2-check-problem = Problem
cli2-check-practice = Ofruesi i ushtrimit i brendshëm: asnjë identifikues klienti, sekret apo adresë kthimi për t'u rregulluar.
cli2-check-setup-ok = Asgjë nuk mungon në rregullime.
cli2-check-secret-env = Sekreti vjen nga FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Skedari sekret është i juaji dhe i mbyllur për të tjerët: { $file }
cli2-check-secret-none = Nuk ka sekret. Nëse shërbimi ka një, vendoseni vetëm në { $file } (chmod 600), ose në FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Adresa e kthimit ndjek rregullat e platformës: { $word }
cli2-check-redirect-free = Nuk ka adresë kthimi për t'u regjistruar: merret një portë e lirë e këtij kompjuteri në çdo lidhje.
cli2-check-loopback = Ofruesi është në këtë kompjuter: pa proxy, pa TLS, e njëjta orë.
cli2-check-proxy-none = Pa proxy: ofruesi arrihet drejtpërdrejt.
cli2-check-proxy = Përmes proxy-t { $word }.
cli2-check-proxy-socks = Proxy { $word } është një proxy SOCKS, që fcguide nuk e përdor: ofruesi arrihet drejtpërdrejt.
cli2-check-tls-ok = Lidhja e sigurt (TLS) u kontrollua me { $word }.
cli2-check-clock-ok = Ora e këtij kompjuteri përputhet me atë të ofruesit ({ $seconds } s diferencë).
cli2-check-clock-off = Ora e këtij kompjuteri ka { $seconds } s diferencë nga ajo e ofruesit: rregulloni orën, përndryshe lidhja do të refuzohet.
cli2-check-clock-unknown = Ofruesi nuk dha orën e vet: ora nuk u kontrollua.
cli2-check-discovery-ok = Ofruesi përgjigjet dhe e përshkruan veten (discovery).
cli2-check-ready = Gati: asgjë nuk pengon një seancë.
cli2-check-not-ready = Jo gati: ndreqni problemet më sipër, pastaj nisni përsëri fcguide check.
cli2-debug-file = Gjurma e kësaj seance (pa të dhëna personale) është në { $file }, e lexueshme vetëm nga ju.
