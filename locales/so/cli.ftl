## Command line

cli-see-help = Eeg: fcguide --help
cli-missing-value = Qiime ayaa ka maqan { $word } kadib.
cli-unknown-option = Ikhtiyaar aan la aqoon: { $word }
cli-bad-port = Port aan sax ahayn: { $word }
cli-bad-wait = Muddo aan sax ahayn (daqiiqado, 1 ilaa 1440): { $word }
cli-not-text = Doode (argument) ma aha qoraal la akhrin karo: { $word }
cli-switch-value = Ikhtiyaarkani qiime ma qaato: { $word }
cli-bad-rules = --rules wuxuu qaataa “franceconnect” (xeerarka madalka) ama “oidc” (OpenID Connect caadi ah): { $word }
cli-no-secret-option = Sirta weligeed laguma bixiyo khadka amarka ({ $word }): isticmaalayaasha kale ayaa akhrin kara. Isticmaal doorsoomaha FCGUIDE_CLIENT_SECRET ama faylka ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Bixiye aan la aqoon: { $word }. Dooro practice, franceconnect-sandbox, franceconnect-integration ama franceconnect, ama bixi --issuer.
cli-provider-and-issuer = Dooro --provider ama --issuer, labadaba ha dooran ({ $word }).
cli-unknown-language = Luqaddan lama heli karo: { $word }. Eeg: fcguide --list-languages
cli-practice-port = Port-ka { $word } hore ayaa loo qaatay. Mid kale ku dooro --port, ama ha isticmaalin --port.
cli-practice-started = Bixiyaha tababarka wuu bilaabmay (kumbuyuutarkan oo keliya). Ctrl-C ayaa joojiya.
cli-bad-bidi = --bidi wuxuu qaataa “program” (caawiyaha ayaa habeeya qoraalka midig-ilaa-bidix) ama “terminal” (terminalka ayaa sameeya): { $word }
cli-bad-format = --format wuxuu qaataa “html” (bog la daabaco) ama “text” (qoraal fudud): { $word }
cli-help =
    fcguide: ku gal FranceConnect, tallaabo tallaabo, luqaddaada.

    Isticmaalka:
      fcguide [ikhtiyaarro]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LUQAD] [--second-lang LUQAD|none]
    {"                ["}--format html|text]

    Ikhtiyaarro:
      --plain               hab sadar-sadar ah (akhriyeyaasha shaashadda, terminaal fudud)
      --lang LUQAD          luqadda (fr, uk, en…); eeg --list-languages
      --provider MAGAC      practice (caadi), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          bixiye kale oo OpenID Connect ah
      --client-id ID        aqoonsiga adeegga (ama FCGUIDE_CLIENT_ID)
      --redirect-uri URL    ciwaanka soo noqoshada ee la diiwaangeliyay
                            (http://localhost:PORT/jid), waajib la FranceConnect
      --rules MAGAC         franceconnect (xeerarka madalka, caadi u ah
                            deegaannadiisa) ama oidc (caadi la --issuer)
      --scopes "…"          xogta la codsado (caadi: aqoonsiga pivot iyo iimaylka)
      --idp-hint ID         aqoonsiga bixiye aqoonsi oo uu madalku siiyay
                            adeeggan (loo diro sida idp_hint)
      --no-browser          ha furin biraawsarka: muuji ciwaanka
      --wait DAQIIQADO      sugitaanka biraawsarka ka hor intaan la weydiin
                            (caadi 5, 1 ilaa 1440)
      --bidi terminal       terminalka ha habeeyo qoraalka midig-ilaa-bidix
      --high-contrast       muuqaal kala-duwanaan sare leh
      --second-lang LUQAD   luqadda labaad ee muuqaalka laba-luqadeedka
                            (caadi: Faransiis)
      --speak               kor u akhri tallaabooyinka (spd-say ama espeak-ng)
      --list-languages      luqadaha la heli karo
      --help, --version

    Sirta adeegga waxay ka timaadaa FCGUIDE_CLIENT_SECRET ama faylka
    ~/.config/fcguide/client_secret (adiga keliya akhrin karto),
    marna kama timaaddo khadka amarka.
    fcguide sheet wuxuu qoraa warqadda tallaabooyinka ee la daabaco
    (html, caadi) ama qoraal fudud.
    Koodadka ka bixitaanka: 0 la galay, 1 fashil, 2 khalad isticmaal, 3 la joojiyay.
