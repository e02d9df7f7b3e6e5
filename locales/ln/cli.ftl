## Command line

cli-see-help = Botala: fcguide --help
cli-missing-value = Motuya moko ezangi sima ya { $word }.
cli-unknown-option = Option oyo eyebani te: { $word }
cli-bad-port = Port ebongi te: { $word }
cli-bad-wait = Ntango ebongi te (na miniti, kobanda 1 tii 1440): { $word }
cli-not-text = Argument moko ezali makomi oyo ekoki kotangama te: { $word }
cli-switch-value = Option oyo ezwaka motuya te: { $word }
cli-bad-rules = --rules ezwaka “franceconnect” (mibeko ya plateforme) to “oidc” (OpenID Connect ya momesano): { $word }
cli-no-secret-option = Sekele epesamaka ata moke te na ligne de commande ({ $word }): basaleli mosusu bakoki kotanga yango. Bosalela variable FCGUIDE_CLIENT_SECRET to fisye ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Mopesi oyo ayebani te: { $word }. Bopona practice, franceconnect-sandbox, franceconnect-integration to franceconnect, to bopesa --issuer.
cli-provider-and-issuer = Bopona --provider to --issuer, kasi mibale te ({ $word }).
cli-unknown-language = Lokota oyo ezali te: { $word }. Botala: fcguide --list-languages
cli-practice-port = Port { $word } ezwami kala. Bopona mosusu na --port, to botia --port te.
cli-practice-started = Mopesi ya komeka abandi (kaka na ordinateur oyo). Ctrl-C ekatisaka ye.
cli-bad-bidi = --bidi ezwaka “program” (mosalisi atii makomi ya loboko ya mobali kino ya mwasi na molongo) to “terminal” (terminal esalaka yango): { $word }
cli-bad-format = --format ezwaka “html” (page ya kobimisa na papye) to “text” (makomi ya pete): { $word }
cli-help =
    fcguide: kokota na FranceConnect, eteni na eteni, na lokota na bino.

    Bosaleli:
      fcguide [options]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LOKOTA] [--second-lang LOKOTA|none]
    {"                ["}--format html|text]

    Options:
      --plain               mode ya molongo na molongo (batangi ya ekran,
                            terminal ya pete)
      --lang LOKOTA         lokota (fr, uk, en…); botala --list-languages
      --provider KOMBO      practice (ya momesano), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          mopesi mosusu ya OpenID Connect
      --client-id ID        kombo ya service (to FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adresi ya kozonga oyo ekomamaki (http://localhost:PORT/nzela),
                            esengeli na FranceConnect
      --rules KOMBO         franceconnect (mibeko ya plateforme, ya momesano mpo na
                            bisika na yango) to oidc (ya momesano na --issuer)
      --scopes "…"          bansango oyo esengami (ya momesano: idantite pivot mpe e-mail)
      --idp-hint ID         kombo ya mopesi idantite oyo plateforme epesaki
                            mpo na service oyo (etindami lokola idp_hint)
      --no-browser          kofungola navigateur te: komonisa adresi
      --wait MINITI         kozela navigateur liboso ya kotuna (5 ya momesano, 1 tii 1440)
      --bidi terminal       kondima ete terminal ebongisa makomi ya loboko
                            ya mobali kino ya mwasi
      --high-contrast       thème ya langi ekeseni makasi
      --second-lang LOKOTA  lokota ya mibale ya vue ya nkota mibale
                            (lifalanse ya momesano)
      --speak               kotanga ba eteni na mongongo (spd-say to espeak-ng)
      --list-languages      nkota oyo ezali
      --help, --version

    Sekele ya service euti na FCGUIDE_CLIENT_SECRET to na fisye
    ~/.config/fcguide/client_secret (bino moko kaka bokoki kotanga),
    ata moke te na ligne de commande.
    fcguide sheet ekomaka lokasa ya ba eteni mpo na kobimisa na papye
    (html, ya momesano) to na makomi ya pete.
    Ba code ya suka: 0 bokoti, 1 elongi te, 2 libunga ya bosaleli, 3 eboyami.
