# Issue 22: molongo ya mitindo, mibongiseli oyo ebombami, fcguide check mpe --debug.
cli2-unexpected-operand = Liloba oyo tozelaki te: { $word }. Maloba kaka oyo ezali maponi te ezali mitindo: sheet, check, config, practice-server, relay-page (nsima ya -- mpe).
cli2-write-failed = Tokokaki te kokoma oyo ebimi: { $word }
cli2-help-more =
    Mitindo mpe maponi ekoki koya na molongo nyonso; -- esukisi maponi.
      fcguide check [maponi]     tala mibongiseli liboso ya likita (mopesi,
                                 proxy, TLS, ngonga, adrese ya kozonga, fisye ya sekele)
      fcguide config [maponi]    lakisa mobongiseli moko na moko oyo esalaka mpe esika euti
      --debug                    koma elembo ya ba adrese, ba statut mpe mabunga, kozanga
                                 makambo ya moto: na bobimi ya mabunga na lolenge ya
                                 molongo na molongo, soki te na ~/.local/state/fcguide/debug.log
      MOTINDO --help             lisalisi ya motindo moko

    Mibongiseli oyo ebombami: ~/.config/fcguide/config, molongo moko fungola = motuya
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Maponi eleki fisye.

    Esika: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Tala: man fcguide
cli2-help-sheet =
    fcguide sheet: lokasa ya matambe mpo na kobimisa, na bobimi ya libela, na maloba
    ya Lifalansé ya site pembeni ya libongoli na yango, kozanga makambo ya moto.

    Bosaleli: fcguide sheet [--lang LOKOTA] [--second-lang LOKOTA|none] [--format html|text]
      --lang LOKOTA            lokota ya lokasa (na ntina: oyo ya système)
      --second-lang LOKOTA     ekomami na nse, moke (na ntina: Lifalansé);
                               none: lokota moko kaka
      --format html|text       html (na ntina): lokasa moko ya kobimisa na A4;
                               text: milongo ya makonzi 80 mingi
    Ndakisa: fcguide sheet --lang uk > lokasa.html
cli2-help-practice-server =
    fcguide practice-server: mopesi ya komeka ye moko, na ordinatere oyo
    (127.0.0.1), mpo na navigatere ya moteyi to programɛ mosusu. Alakisaka issuer na
    ye, nkombo ya client, sekele oyo esalemi mpo na mbala oyo mpe adrese ya kozonga
    oyo andimaka. Ctrl-C etelemisaka ye.

    Bosaleli: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang LOKOTA]
      --port N             port (na ntina: oyo ezali pamba)
      --redirect-uri URL   adrese kaka moko ya kozonga oyo andimaka
      --consent-box        lakisa kare ya kotia elembo liboso ya kokoba, lokola misala mosusu
      --lang LOKOTA        lokota ya oyo alakisaka
cli2-help-check =
    fcguide check: etalaka mibongiseli liboso ya kofanda na moto, eyano moko na
    molongo: mibongiseli (nkombo ya client, adrese ya kozonga, sekele), fisye ya
    sekele, proxy, boyokani ya libateli (TLS), ngonga ya ordinatere oyo na oyo ya
    mopesi, mpe ndimbola ya mopesi (discovery). Eloko ya sekele ebimaka te. Ezwaka
    maponi ya likita (--provider, --issuer, --client-id, --redirect-uri, --rules,
    --lang, --debug) mpe etangaka fisye ya mibongiseli. Kode ya kobima: 0 ebongi,
    1 likambo moko.
cli2-help-config =
    fcguide config: elakisaka mobongiseli moko na moko oyo esalaka mpe esika euti:
    liponi moko, variable moko, molongo moko ya fisye, to motuya ya na ntina.
    Fisye: ~/.config/fcguide/config (to $XDG_CONFIG_HOME/fcguide/config),
    mobongiseli moko na molongo, fungola = motuya; molongo oyo ebandi na # ezali maloba ya kolimbola.
    Bafungola: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes to no), theme (high-contrast to default).
    Sekele ekendaka kuna soko moke te: salela fisye client_secret oyo ezali pembeni (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: molongo oyo ezali fungola = motuya te. Bongisa yango, to banda yango na # mpo ekoma maloba ya kolimbola.
cli2-config-unknown-key = { $file }:{ $line }: mobongiseli oyo eyebani te { $word }. Mibongiseli ezali: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: motuya oyo ebongi te mpo na { $word }. Tala: fcguide config --help
cli2-config-secret = { $file }:{ $line }: sekele ekendaka na fisye oyo soko moke te. Longola molongo oyo mpe tia sekele yango moko na { $secret } (chmod 600), to na FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: mobongiseli oyo epesami kala na molongo { $word }. Tika kaka moko.
cli2-config-unreadable = Tokoki kotanga { $file } te: esengeli ezala fisye ya makomi oyo okoki kotanga, moke koleka 64 KiB.
cli2-config-file = Fisye ya mibongiseli: { $file }
cli2-config-no-file = Fisye ya mibongiseli ezali te (tolingaki kotanga yango na { $file }).
cli2-config-unset = (ebongisami te)
cli2-origin-option = liponi { $word }
cli2-origin-env = variable { $word }
cli2-origin-default = na ntina
cli2-check-title = Botali ya mibongiseli mpo na { $word }
cli2-check-ok = Malamu
cli2-check-warning = Keba
cli2-check-problem = Likambo
cli2-check-practice = Mopesi ya komeka oyo ezali na kati: nkombo ya client te, sekele te, adrese ya kozonga te ya kobongisa.
cli2-check-setup-ok = Eloko moko ezangi te na mibongiseli.
cli2-check-secret-env = Sekele euti na FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Fisye ya sekele ezali ya yo mpe ekangami mpo na basusu: { $file }
cli2-check-secret-none = Sekele ezali te. Soki mosala ezali na yango, tia yango yango moko na { $file } (chmod 600), to na FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Adrese ya kozonga elandi mibeko ya platforme: { $word }
cli2-check-redirect-free = Adrese ya kozonga ya kokoma ezali te: port moko ya pamba ya ordinatere oyo ezwamaka na boyokani nyonso.
cli2-check-loopback = Mopesi azali na ordinatere oyo: proxy te, TLS te, ngonga moko.
cli2-check-proxy-none = Proxy te: tokomaka epai ya mopesi mbala moko.
cli2-check-proxy = Na nzela ya proxy { $word }.
cli2-check-proxy-socks = Proxy { $word } ezali proxy SOCKS, oyo fcguide esalelaka te: tokomaka epai ya mopesi mbala moko.
cli2-check-tls-ok = Boyokani ya libateli (TLS) etalami na { $word }.
cli2-check-clock-ok = Ngonga ya ordinatere oyo eyokani na oyo ya mopesi (bokeseni { $seconds } s).
cli2-check-clock-off = Ngonga ya ordinatere oyo ekeseni na oyo ya mopesi na { $seconds } s: bongisa ngonga, soki te boyokani ekoboyama.
cli2-check-clock-unknown = Mopesi apesaki ngonga na ye te: ngonga etalamaki te.
cli2-check-discovery-ok = Mopesi ayanolaka mpe alimbolaka ye moko (discovery).
cli2-check-ready = Ebongi: eloko moko epekisi likita te.
cli2-check-not-ready = Ebongi te: bongisa makambo oyo ezali likolo, sima banda lisusu fcguide check.
cli2-debug-file = Elembo ya likita oyo (kozanga makambo ya moto) ezali na { $file }, yo moko nde okoki kotanga yango.
