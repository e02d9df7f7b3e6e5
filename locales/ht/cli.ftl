## Command line

cli-see-help = Gade: fcguide --help
cli-missing-value = Yon valè manke apre { $word }.
cli-unknown-option = Opsyon nou pa konnen: { $word }
cli-bad-port = Pò ki pa valab: { $word }
cli-bad-wait = Dire ki pa valab (an minit, soti 1 rive 1440): { $word }
cli-not-text = Yon agiman pa yon tèks ki ka li: { $word }
cli-switch-value = Opsyon sa a pa pran valè: { $word }
cli-bad-rules = --rules pran “franceconnect” (règ platfòm nan) oswa “oidc” (OpenID Connect estanda): { $word }
cli-no-secret-option = Sekrè a pa janm bay sou liy kòmand lan ({ $word }): lòt itilizatè ta ka li l. Sèvi ak varyab FCGUIDE_CLIENT_SECRET oswa fichye ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Founisè nou pa konnen: { $word }. Chwazi practice, franceconnect-sandbox, franceconnect-integration oswa franceconnect, oswa bay --issuer.
cli-provider-and-issuer = Chwazi swa --provider, swa --issuer, pa toude ({ $word }).
cli-unknown-language = Lang sa a pa disponib: { $word }. Gade: fcguide --list-languages
cli-practice-port = Pò { $word } la deja okipe. Chwazi yon lòt ak --port, oswa pa mete --port.
cli-practice-started = Founisè pratik la demare (sou òdinatè sa a sèlman). Ctrl-C kanpe l.
cli-bad-bidi = --bidi pran “program” (asistan an mete tèks ki ekri de dwat a goch la nan lòd) oswa “terminal” (tèminal la fè l): { $word }
cli-bad-format = --format pran “html” (yon paj pou enprime) oswa “text” (tèks senp): { $word }
cli-help =
    fcguide: konekte ak FranceConnect, etap pa etap, nan lang ou.

    Itilizasyon:
      fcguide [opsyon]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANG] [--second-lang LANG|none]
    {"                ["}--format html|text]

    Opsyon:
      --plain               mòd liy pa liy (lektè ekran, tèminal senp)
      --lang LANG           lang (fr, uk, en…); gade --list-languages
      --provider NON        practice (pa defo), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          yon lòt founisè OpenID Connect
      --client-id ID        idantifyan sèvis la (oswa FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adrès retou ki anrejistre (http://localhost:PORT/chemen),
                            obligatwa ak FranceConnect
      --rules NON           franceconnect (règ platfòm nan, pa defo pou
                            anviwònman li yo) oswa oidc (pa defo ak --issuer)
      --scopes "…"          done yo mande (pa defo: idantite pivot ak imèl)
      --idp-hint ID         idantifyan yon founisè idantite platfòm nan bay
                            pou sèvis sa a (voye kòm idp_hint)
      --no-browser          pa louvri navigatè a: montre adrès la
      --wait MINIT          tan pou tann navigatè a anvan li mande (5 pa defo, 1 a 1440)
      --bidi terminal       bay tèminal la ranje tèks ki ekri de dwat a goch
      --high-contrast       tèm ak gwo kontras
      --second-lang LANG    dezyèm lang nan vi de lang lan (franse pa defo)
      --speak               li etap yo a wot vwa (spd-say oswa espeak-ng)
      --list-languages      lang ki disponib
      --help, --version

    Sekrè sèvis la soti nan FCGUIDE_CLIENT_SECRET oswa nan fichye
    ~/.config/fcguide/client_secret (se ou sèl ki ka li l), pa janm nan liy kòmand lan.
    fcguide sheet ekri fèy etap yo pou enprime (html, pa defo) oswa an tèks senp.
    Kòd sòti: 0 konekte, 1 echèk, 2 erè itilizasyon, 3 anile.
