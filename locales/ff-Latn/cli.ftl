## Command line

cli-see-help = Ƴeew: fcguide --help
cli-missing-value = Keɓal ina ŋakki caggal { $word }.
cli-unknown-option = Cuɓirgal ngal anndaaka: { $word }
cli-bad-port = Port moƴƴaani: { $word }
cli-bad-wait = Sahaa moƴƴaani (hojomaaji, gila 1 haa 1440): { $word }
cli-not-text = Argument wonaa binndi janngeteeɗi: { $word }
cli-switch-value = Ngal cuɓirgal jaɓataa keɓal: { $word }
cli-bad-rules = --rules ina jaɓa “franceconnect” (sarɗiiji platform oo) walla “oidc” (OpenID Connect jaaɓngal): { $word }
cli-no-secret-option = Sirru ndu rokketaako e diidol yamiroore ({ $word }): huutorooɓe woɗɓe ina mbaawi janngude ɗum. Huutoro variable FCGUIDE_CLIENT_SECRET walla fiilde ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Rokkoowo anndaaka: { $word }. Suɓo practice, franceconnect-sandbox, franceconnect-integration walla franceconnect, walla rokku --issuer.
cli-provider-and-issuer = Suɓo --provider walla --issuer, wonaa ɗiɗo fof ({ $word }).
cli-unknown-language = Ɗemngal ngal heɓotaako: { $word }. Ƴeew: fcguide --list-languages
cli-practice-port = Port { $word } ina huutoraa kisa. Suɓo goo e --port, walla hoto huutoro --port.
cli-practice-started = Rokkoowo ekkitinol oo fuɗɗii (e ndee ordinateur tan). Ctrl-C ina daranna mo.
cli-bad-bidi = --bidi ina jaɓa “program” (ballotooɗo o ina moƴƴina binndi ɗi ñaamo haa nano) walla “terminal” (terminal oo ina waɗa ɗum): { $word }
cli-bad-format = --format ina jaɓa “html” (hello ngam yaltinde e kaayit) walla “text” (binndi newɗi): { $word }
cli-help =
    fcguide: naatu e FranceConnect, taabal e taabal, e ɗemngal maa.

    Huutoraade:
      fcguide [cuɓirɗe]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang ƊEMNGAL] [--second-lang ƊEMNGAL|none]
    {"                ["}--format html|text]

    Cuɓirɗe:
      --plain               mbaadi diidol e diidol (janngooji yaynirde, terminal newɗi)
      --lang ƊEMNGAL        ɗemngal (fr, uk, en…); ƴeew --list-languages
      --provider INNDE      practice (ko woowaa), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          rokkoowo OpenID Connect goo
      --client-id ID        innde carwol ngol (walla FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adires artirgol winndaande (http://localhost:PORT/laawol),
                            ko waajibi e FranceConnect
      --rules INNDE         franceconnect (sarɗiiji platform oo, ko woowaa e
                            nokkuuji mum) walla oidc (ko woowaa e --issuer)
      --scopes "…"          humpitooji ɗaɓɓaaɗi (ko woowaa: idantite pivot e iimeel)
      --idp-hint ID         innde rokkoowo idantite nde platform oo rokki
                            ngam ngol carwol (neldaande no idp_hint)
      --no-browser          hoto uddit navigateur: hollu adires ndee
      --wait HOJOMAAJI      faddugol navigateur hade naamnaade (ko woowaa 5, 1 haa 1440)
      --bidi terminal       accu terminal oo moƴƴina binndi ɗi ñaamo haa nano
      --high-contrast       mbaadi ceertuɗi no feewi
      --second-lang ƊEMNGAL ɗemngal ɗiɗaɓngal e hollirde ɗemɗe ɗiɗi
                            (Farayseere ko woowaa)
      --speak               jannga taabe ɗee e daande (spd-say walla espeak-ng)
      --list-languages      ɗemɗe heɓotooɗe
      --help, --version

    Sirru carwol ngol ummotoo ko e FCGUIDE_CLIENT_SECRET walla e fiilde
    ~/.config/fcguide/client_secret (nde aan tan waawi janngude),
    wonaa abada e diidol yamiroore.
    fcguide sheet ina winnda kaayit taabe ɗee ngam yaltinde e kaayit
    (html, ko woowaa) walla e binndi newɗi.
    Kodduuji sakket: 0 a naatii, 1 waawaaki, 2 juumre huutoraade, 3 haaytaama.
