## Command line

cli-see-help = Shihni: fcguide --help
cli-missing-value = Mungon një vlerë pas { $word }.
cli-unknown-option = Opsion i panjohur: { $word }
cli-bad-port = Port i pavlefshëm: { $word }
cli-bad-wait = Kohëzgjatje e pavlefshme (në minuta, nga 1 deri në 1440): { $word }
cli-not-text = Një argument nuk është tekst i lexueshëm: { $word }
cli-switch-value = Ky opsion nuk merr vlerë: { $word }
cli-bad-rules = --rules pranon „franceconnect“ (rregullat e platformës) ose „oidc“ (OpenID Connect standard): { $word }
cli-no-secret-option = Sekreti nuk jepet kurrë në rreshtin e komandës ({ $word }): përdoruesit e tjerë mund ta lexojnë. Përdorni variablin FCGUIDE_CLIENT_SECRET ose skedarin ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Ofrues i panjohur: { $word }. Zgjidhni practice, franceconnect-sandbox, franceconnect-integration ose franceconnect, ose jepni --issuer.
cli-provider-and-issuer = Zgjidhni ose --provider, ose --issuer, jo të dyja ({ $word }).
cli-unknown-language = Gjuha nuk është e disponueshme: { $word }. Shihni: fcguide --list-languages
cli-practice-port = Porti { $word } është tashmë i zënë. Zgjidhni një tjetër me --port, ose mos e jepni --port.
cli-practice-started = Ofruesi i ushtrimit u nis (vetëm në këtë kompjuter). Ctrl-C e ndalon.
cli-bad-bidi = --bidi pranon „program“ (asistenti e rendit tekstin nga e djathta në të majtë) ose „terminal“ (e bën terminali): { $word }
cli-bad-format = --format pranon „html“ (një faqe për ta shtypur) ose „text“ (tekst i thjeshtë): { $word }
cli-help =
    fcguide: lidhuni me FranceConnect, hap pas hapi, në gjuhën tuaj.

    Përdorimi:
      fcguide [opsione]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang GJUHA] [--second-lang GJUHA|none]
    {"                ["}--format html|text]

    Opsione:
      --plain               mënyra rresht pas rreshti (lexues ekrani, terminale të thjeshta)
      --lang GJUHA          gjuha (fr, uk, en, sq…); shihni --list-languages
      --provider EMRI       practice (e paracaktuar), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          një ofrues tjetër OpenID Connect
      --client-id ID        identifikuesi i shërbimit (ose FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adresa e kthimit e regjistruar (http://localhost:PORT/shteg),
                            e detyrueshme me FranceConnect
      --rules EMRI          franceconnect (rregullat e platformës, e paracaktuar për
                            mjediset e saj) ose oidc (e paracaktuar me --issuer)
      --scopes "…"          të dhënat e kërkuara (paracaktuar: identiteti bazë dhe email-i)
      --idp-hint ID         identifikuesi i një ofruesi identiteti që platforma ka dhënë
                            për këtë shërbim (dërgohet si idp_hint)
      --no-browser          mos e hap shfletuesin: trego adresën
      --wait MINUTA         pritja e shfletuesit para se të pyesë (paracaktuar 5, 1 deri 1440)
      --bidi terminal       lëre terminalin të rendisë tekstin nga e djathta në të majtë
      --high-contrast       temë me kontrast të lartë
      --second-lang GJUHA   gjuha e dytë e pamjes dygjuhëshe (paracaktuar frëngjishtja)
      --speak               lexo hapat me zë (spd-say ose espeak-ng)
      --list-languages      gjuhët e disponueshme
      --help, --version

    Sekreti i shërbimit vjen nga FCGUIDE_CLIENT_SECRET ose nga skedari
    ~/.config/fcguide/client_secret (i lexueshëm vetëm nga ju), kurrë nga rreshti i komandës.
    fcguide sheet shkruan fletën e hapave për ta shtypur (html, e paracaktuar) ose si tekst të thjeshtë.
    Kodet e daljes: 0 i lidhur, 1 dështim, 2 gabim përdorimi, 3 anuluar.
