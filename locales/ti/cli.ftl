## Command line

cli-see-help = ርኣዩ፦ fcguide --help
cli-missing-value = ድሕሪ { $word } ዋጋ ጎዲሉ።
cli-unknown-option = ዘይፍለጥ ምርጫ፦ { $word }
cli-bad-port = ዘይቅኑዕ ፖርት፦ { $word }
cli-bad-wait = ዘይቅኑዕ ግዜ (ብደቓይቕ፣ ካብ 1 ክሳብ 1440)፦ { $word }
cli-not-text = ሓደ ኣርጉመንት ዝንበብ ጽሑፍ ኣይኮነን፦ { $word }
cli-switch-value = እዚ ምርጫ ዋጋ ኣይወስድን፦ { $word }
cli-bad-rules = --rules “franceconnect” (ሕጊታት ናይቲ መድረኽ) ወይ “oidc” (ንቡር OpenID Connect) ይቕበል፦ { $word }
cli-no-secret-option = ምስጢር ፈጺሙ ኣብ መስመር ትእዛዝ ኣይወሃብን ({ $word })፦ ካልኦት ተጠቀምቲ ከንብብዎ ይኽእሉ። ተለዋዋጢ FCGUIDE_CLIENT_SECRET ወይ ፋይል ~/.config/fcguide/client_secret (chmod 600) ተጠቐሙ።
cli-unknown-provider = ዘይፍለጥ ኣቕራቢ፦ { $word }። practice፣ franceconnect-sandbox፣ franceconnect-integration ወይ franceconnect ምረጹ፣ ወይ --issuer ሃቡ።
cli-provider-and-issuer = --provider ወይ --issuer ምረጹ፣ ክልቲኦም ኣይኮነን ({ $word })።
cli-unknown-language = ቋንቋ ኣይርከብን፦ { $word }። ርኣዩ፦ fcguide --list-languages
cli-practice-port = ፖርት { $word } ድሮ ተታሒዙ ኣሎ። ብ--port ካልእ ምረጹ፣ ወይ --port ኣይትጠቐሙ።
cli-practice-started = ናይ ልምምድ ኣቕራቢ ጀሚሩ (ኣብዚ ኮምፒተር ጥራይ)። Ctrl-C የቋርጾ።
cli-bad-bidi = --bidi “program” (ሓጋዚ ካብ የማን ናብ ጸጋም ዝጽሓፍ ጽሑፍ የሰርዕ) ወይ “terminal” (ተርሚናል የሰርዕ) ይቕበል፦ { $word }
cli-bad-format = --format “html” (ንሕትመት ዝኸውን ገጽ) ወይ “text” (ቀሊል ጽሑፍ) ይቕበል፦ { $word }
cli-help =
    fcguide፦ ብFranceConnect ምትእስሳር፣ ስጉምቲ ብስጉምቲ፣ ብቋንቋኹም።

    ኣጠቓቕማ፦
      fcguide [ምርጫታት]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    ምርጫታት፦
      --plain               መስመር ብመስመር (ኣንበብቲ ስክሪን፣ ቀለልቲ ተርሚናላት)
      --lang LANGUAGE       ቋንቋ (fr, uk, en, ti…)፤ ርኣዩ --list-languages
      --provider NAME       practice (ንቡር), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          ካልእ ኣቕራቢ OpenID Connect
      --client-id ID        መለለዪ ኣገልግሎት (ወይ FCGUIDE_CLIENT_ID)
      --redirect-uri URL    ዝተመዝገበ ኣድራሻ ምምላስ (http://localhost:PORT/path)፣
                            ምስ FranceConnect ግዴታ እዩ
      --rules NAME          franceconnect (ሕጊታት ናይቲ መድረኽ፣ ኣብ ከባቢታቱ ንቡር)
                            ወይ oidc (ምስ --issuer ንቡር)
      --scopes "…"          ዝሕተቱ ሓበሬታታት (ንቡር፦ መሰረታዊ መንነትን ኢመይልን)
      --idp-hint ID         እቲ መድረኽ ነዚ ኣገልግሎት ዝሃቦ መለለዪ ኣቕራቢ
                            መንነት (ከም idp_hint ይለኣኽ)
      --no-browser          ብራውዘር ኣይትኽፈት፦ ኣድራሻ ኣርኢ
      --wait MINUTES        ቅድሚ ምሕታት ንብራውዘር ምጽባይ (ንቡር 5፣ ካብ 1 ክሳብ 1440)
      --bidi terminal       ምስራዕ ካብ የማን ናብ ጸጋም ጽሑፍ ንተርሚናል ግደፍ
      --high-contrast       ልዑል ፍልልይ ሕብሪ
      --second-lang LANG    ካልኣይ ቋንቋ ናይ ክልተ-ቋንቋ ምርኢት (ንቡር፦ ፈረንሳይኛ)
      --speak               ስጉምትታት ብዓውታ ኣንብብ (spd-say ወይ espeak-ng)
      --list-languages      ዘለዉ ቋንቋታት
      --help, --version

    ምስጢር ኣገልግሎት ካብ FCGUIDE_CLIENT_SECRET ወይ ካብ ፋይል
    ~/.config/fcguide/client_secret (ንስኹም ጥራይ እተንብብዎ) ይመጽእ፣ ፈጺሙ ካብ መስመር ትእዛዝ ኣይኮነን።
    fcguide sheet ንሕትመት ዝኸውን ወረቐት ስጉምትታት ይጽሕፍ (html፣ ንቡር) ወይ ቀሊል ጽሑፍ።
    ኮድ ምውጻእ፦ 0 ተኣሳሲሩ፣ 1 ፈሺሉ፣ 2 ጌጋ ኣጠቓቕማ፣ 3 ተሰሪዙ።
