# Issue 22: khadka amarrada, dejinta la xasuusto, fcguide check iyo --debug.
cli2-unexpected-operand = Eray aan la filayn: { $word }. Erayada kaliya ee aan doorasho ahayn waa amarrada: sheet, check, config, practice-server, relay-page (xitaa -- kadib).
cli2-write-failed = Lama qori karin wixii soo baxay: { $word }
cli2-help-more =
    Amarrada iyo doorashooyinka waxay iman karaan si kasta; -- wuxuu dhammeeyaa doorashooyinka.
      fcguide check [doorashooyin]    hubi dejinta ka hor kulan (bixiyaha, proxy,
                                      TLS, saacadda, cinwaanka soo celinta, faylka sirta)
      fcguide config [doorashooyin]   muuji dejin kasta oo shaqaynaysa iyo meesha ay ka timid
      --debug                         qor raad cinwaannada, xaaladaha iyo khaladaadka, xog
                                      shakhsi ah la'aan: soo-saarka khaladaadka qaabka
                                      sadar-sadar, haddii kale ~/.local/state/fcguide/debug.log
      AMAR --help                     caawinta hal amar

    Dejinta la xasuusto: ~/.config/fcguide/config, sadar kasta hal fure = qiime
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Doorashooyinka ayaa ka adag.

    Deegaanka: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Eeg: man fcguide
cli2-help-sheet =
    fcguide sheet: warqadda tallaabooyinka ee la daabaco, soo-saarka caadiga ah,
    oo erayada Faransiiska ee goobta ay ku ag yaalaan turjumaaddooda, xog shakhsi ah la'aan.

    Isticmaalka: fcguide sheet [--lang LUQAD] [--second-lang LUQAD|none] [--format html|text]
      --lang LUQAD             luqadda warqadda (caadi ahaan: tan nidaamka)
      --second-lang LUQAD      hoosta lagu daabaco, ka yar (caadi ahaan: Faransiis);
                               none: hal luqad oo keliya
      --format html|text       html (caadi ahaan): bog lagu daabaco A4;
                               text: sadarro aan ka badnayn 80 tiir
    Tusaale: fcguide sheet --lang uk > warqad.html
cli2-help-practice-server =
    fcguide practice-server: bixiyaha tababarka oo keliya, kumbuyuutarkan
    (127.0.0.1), daalacaha tababare ama barnaamij kale. Wuxuu muujiyaa issuer-kiisa,
    aqoonsiga macmiilka, sir loo sameeyay mar kan iyo cinwaanka soo celinta ee uu
    aqbalo. Ctrl-C ayaa joojiya.

    Isticmaalka: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang LUQAD]
      --port N             dekedda (caadi ahaan: mid bannaan)
      --redirect-uri URL   cinwaanka kaliya ee soo celinta ee uu aqbalo
      --consent-box        muuji sanduuqa la calaamadeeyo ka hor inta aan la sii wadin, sida adeegyada qaar
      --lang LUQAD         luqadda wixii uu muujiyo
cli2-help-check =
    fcguide check: wuxuu hubiyaa dejinta ka hor intaadan la fadhiisan qof, hal go'aan
    sadar kasta: dejinta (aqoonsiga macmiilka, cinwaanka soo celinta, sirta), faylka
    sirta, proxy, isku xirka ammaan ah (TLS), saacadda kumbuyuutarkan marka la
    barbar dhigo tan bixiyaha, iyo sharraxaadda bixiyaha (discovery). Wax sir ah lama
    muujiyo. Wuxuu qaataa doorashooyinka kulanka (--provider, --issuer, --client-id,
    --redirect-uri, --rules, --lang, --debug) wuxuuna akhriyaa faylka dejinta.
    Koodka ka bixista: 0 diyaar, 1 dhibaato.
cli2-help-config =
    fcguide config: wuxuu muujiyaa dejin kasta oo shaqaynaysa iyo meesha ay ka timid:
    doorasho, doorsoome, sadar faylka ah, ama qiimaha caadiga ah.
    Faylka: ~/.config/fcguide/config (ama $XDG_CONFIG_HOME/fcguide/config),
    hal dejin sadar kasta, fure = qiime; sadar ku bilaabma # waa faallo.
    Furayaasha: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes ama no), theme (high-contrast ama default).
    Sirta halkaas marnaba lama geliyo: isticmaal faylka client_secret ee ag yaal (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: sadarkani ma aha fure = qiime. Sax, ama ku bilow # si uu faallo u noqdo.
cli2-config-unknown-key = { $file }:{ $line }: dejin aan la aqoon { $word }. Dejintu waa: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: qiimahan kuma habboona { $word }. Eeg: fcguide config --help
cli2-config-secret = { $file }:{ $line }: sirta marnaba faylkan laguma qoro. Tirtir sadarkan oo sirta keligeed geli { $secret } (chmod 600), ama FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: dejintan horay ayaa loo bixiyay sadarka { $word }. Mid keliya hay.
cli2-config-unreadable = { $file } lama akhrin karo: waa inuu noqdaa fayl qoraal ah oo aad akhrin karto, ka yar 64 KiB.
cli2-config-file = Faylka dejinta: { $file }
cli2-config-no-file = Fayl dejin ma jiro (waxaa laga akhrin lahaa { $file }).
cli2-config-unset = (lama dejin)
cli2-origin-option = doorashada { $word }
cli2-origin-env = doorsoomaha { $word }
cli2-origin-default = caadi
cli2-check-title = Hubinta dejinta ee { $word }
cli2-check-ok = Hagaag
cli2-check-warning = Digniin
cli2-check-problem = Dhibaato
cli2-check-practice = Bixiyaha tababarka ee ku dhex jira: ma jiro aqoonsi macmiil, sir ama cinwaan soo celin oo la dejiyo.
cli2-check-setup-ok = Waxba kama maqna dejinta.
cli2-check-secret-env = Sirtu waxay ka timid FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Faylka sirta waa kaaga, dadka kalena waa u xiran yahay: { $file }
cli2-check-secret-none = Sir ma jirto. Haddii adeeggu mid leeyahay, keligeed geli { $file } (chmod 600), ama FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = Cinwaanka soo celintu wuxuu raacayaa xeerarka madasha: { $word }
cli2-check-redirect-free = Ma jiro cinwaan soo celin oo la diiwaangeliyo: deked bannaan oo kumbuyuutarkan ah ayaa la qaataa isku xir kasta.
cli2-check-loopback = Bixiyuhu wuxuu ku jiraa kumbuyuutarkan: proxy ma jiro, TLS ma jiro, isla saacadda.
cli2-check-proxy-none = Proxy ma jiro: bixiyaha si toos ah ayaa loo gaaraa.
cli2-check-proxy = Iyadoo loo marayo proxy { $word }.
cli2-check-proxy-socks = Proxy { $word } waa proxy SOCKS, oo fcguide aanu isticmaalin: bixiyaha si toos ah ayaa loo gaaraa.
cli2-check-tls-ok = Isku xirka ammaanka ah (TLS) waxaa lagu hubiyay { $word }.
cli2-check-clock-ok = Saacadda kumbuyuutarkan waxay la jaan qaadaysaa tan bixiyaha (farqi { $seconds } s).
cli2-check-clock-off = Saacadda kumbuyuutarkan waxay ka duwan tahay tan bixiyaha { $seconds } s: sax waqtiga, haddii kale isku xirka waa la diidi doonaa.
cli2-check-clock-unknown = Bixiyuhu ma bixin waqtigiisa: saacadda lama hubin.
cli2-check-discovery-ok = Bixiyuhu wuu jawaabaa oo wuu is sharxaa (discovery).
cli2-check-ready = Diyaar: waxba kama hor istaagaan kulan.
cli2-check-not-ready = Diyaar ma aha: sax dhibaatooyinka kor ku xusan, kadibna mar kale socodsii fcguide check.
cli2-debug-file = Raadka kulankan (xog shakhsi ah la'aan) wuxuu ku jiraa { $file }, adiga keliya ayaa akhrin kara.
