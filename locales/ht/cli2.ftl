# Issue 22: liy kòmand lan, reglaj yo kenbe, fcguide check ak --debug.
cli2-unexpected-operand = Mo nou pa t ap tann: { $word }. Sèl mo ki pa opsyon se kòmand yo: sheet, check, config, practice-server, relay-page (apre -- tou).
cli2-write-failed = Nou pa t ka ekri sòti a: { $word }
cli2-help-more =
    Kòmand ak opsyon ka vini nan nenpòt lòd; -- fini opsyon yo.
      fcguide check [opsyon]     verifye reglaj yo anvan yon seyans (founisè,
                                 proxy, TLS, lè, adrès retou, fichye sekrè)
      fcguide config [opsyon]    montre chak reglaj k ap mache ak kote li soti
      --debug                    ekri yon tras adrès, estati ak erè, san okenn done
                                 pèsonèl: sou sòti erè a nan mòd liy pa liy,
                                 sinon nan ~/.local/state/fcguide/debug.log
      KÒMAND --help              èd yon sèl kòmand

    Reglaj yo kenbe: ~/.config/fcguide/config, yon liy kle = valè pou chak reglaj
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Opsyon yo pi fò pase fichye a.

    Anviwònman: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Gade: man fcguide
cli2-help-sheet =
    fcguide sheet: fèy etap yo pou enprime, sou sòti estanda a, ak mo fransè sit la
    bò kote tradiksyon yo, san okenn done pèsonèl.

    Itilizasyon: fcguide sheet [--lang LANG] [--second-lang LANG|none] [--format html|text]
      --lang LANG              lang fèy la (pa defo: lang sistèm nan)
      --second-lang LANG       enprime anba, pi piti (pa defo: fransè);
                               none: yon sèl lang
      --format html|text       html (pa defo): yon paj pou enprime sou A4;
                               text: liy ki gen 80 kolòn pou pi plis
    Egzanp: fcguide sheet --lang uk > fey.html
cli2-help-practice-server =
    fcguide practice-server: founisè pratik la pou kont li, sou òdinatè sa a
    (127.0.0.1), pou navigatè yon fòmatè oswa yon lòt pwogram. Li montre issuer li,
    idantifyan kliyan an, yon sekrè yo fè pou fwa sa a ak adrès retou li aksepte.
    Ctrl-C kanpe l.

    Itilizasyon: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang LANG]
      --port N             pò a (pa defo: yon pò ki lib)
      --redirect-uri URL   sèl adrès retou li aksepte
      --consent-box        montre bwat pou koche anvan ou kontinye, tankou kèk sèvis fè
      --lang LANG          lang sa li montre
cli2-help-check =
    fcguide check: verifye reglaj yo anvan ou chita ak yon moun, yon rezilta pa liy:
    reglaj yo (idantifyan kliyan, adrès retou, sekrè), fichye sekrè a, proxy a,
    koneksyon an sekirite (TLS), lè òdinatè sa a konpare ak lè founisè a, ak
    deskripsyon founisè a (discovery). Anyen ki sekrè pa parèt. Li pran opsyon yon
    seyans (--provider, --issuer, --client-id, --redirect-uri, --rules, --lang,
    --debug) epi li li fichye reglaj la. Kòd sòti: 0 pare, 1 gen yon pwoblèm.
cli2-help-config =
    fcguide config: montre chak reglaj k ap mache ak kote li soti: yon opsyon, yon
    varyab, yon liy nan fichye a, oswa valè pa defo a.
    Fichye a: ~/.config/fcguide/config (oswa $XDG_CONFIG_HOME/fcguide/config),
    yon reglaj pa liy, kle = valè; yon liy ki kòmanse ak # se yon kòmantè.
    Kle yo: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes oswa no), theme (high-contrast oswa default).
    Sekrè a pa janm ale ladan l: sèvi ak fichye client_secret ki bò kote l (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: liy sa a pa kle = valè. Korije l, oswa mete # devan l pou l tounen yon kòmantè.
cli2-config-unknown-key = { $file }:{ $line }: reglaj nou pa konnen { $word }. Reglaj yo se: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: valè sa a pa bon pou { $word }. Gade: fcguide config --help
cli2-config-secret = { $file }:{ $line }: sekrè a pa janm ale nan fichye sa a. Efase liy sa a epi mete sekrè a pou kont li nan { $secret } (chmod 600), oswa nan FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: reglaj sa a deja bay nan liy { $word }. Kenbe yon sèl.
cli2-config-unreadable = Nou pa ka li { $file }: se pou l yon fichye tèks ou ka li, ki pi piti pase 64 KiB.
cli2-config-file = Fichye reglaj: { $file }
cli2-config-no-file = Pa gen fichye reglaj (nou ta li l nan { $file }).
cli2-config-unset = (pa regle)
cli2-origin-option = opsyon { $word }
cli2-origin-env = varyab { $word }
cli2-origin-default = pa defo
cli2-check-title = Verifikasyon reglaj yo pou { $word }
cli2-check-ok = Byen
cli2-check-warning = Atansyon
cli2-check-problem = Pwoblèm
cli2-check-practice = Founisè pratik ki anndan pwogram nan: pa gen idantifyan kliyan, sekrè oswa adrès retou pou regle.
cli2-check-setup-ok = Anyen pa manke nan reglaj yo.
cli2-check-secret-env = Sekrè a soti nan FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Fichye sekrè a se pou ou epi li fèmen pou lòt moun: { $file }
cli2-check-secret-none = Pa gen sekrè. Si sèvis la gen youn, mete l pou kont li nan { $file } (chmod 600), oswa nan FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Adrès retou a suiv règ platfòm nan: { $word }
cli2-check-redirect-free = Pa gen adrès retou pou anrejistre: yo pran yon pò lib sou òdinatè sa a pou chak koneksyon.
cli2-check-loopback = Founisè a sou òdinatè sa a: pa gen proxy, pa gen TLS, menm lè a.
cli2-check-proxy-none = Pa gen proxy: nou jwenn founisè a dirèkteman.
cli2-check-proxy = Pa mwayen proxy { $word }.
cli2-check-proxy-socks = Proxy { $word } se yon proxy SOCKS, fcguide pa sèvi avè l: nou jwenn founisè a dirèkteman.
cli2-check-tls-ok = Koneksyon an sekirite (TLS) verifye ak { $word }.
cli2-check-clock-ok = Lè òdinatè sa a dakò ak lè founisè a ({ $seconds } s diferans).
cli2-check-clock-off = Lè òdinatè sa a gen { $seconds } s diferans ak lè founisè a: regle lè a, sinon y ap refize koneksyon an.
cli2-check-clock-unknown = Founisè a pa bay lè li: nou pa t verifye lè a.
cli2-check-discovery-ok = Founisè a reponn epi li dekri tèt li (discovery).
cli2-check-ready = Pare: anyen pa anpeche yon seyans.
cli2-check-not-ready = Pa pare: korije pwoblèm ki anwo yo, epi lanse fcguide check ankò.
cli2-debug-file = Tras seyans sa a (san done pèsonèl) nan { $file }, se ou sèl ki ka li l.
