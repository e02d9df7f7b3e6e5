## Command line

cli-see-help = وګورئ: fcguide --help
cli-missing-value = له { $word } وروسته یو ارزښت نشته.
cli-unknown-option = نامعلومه ټاکنه: { $word }
cli-bad-port = ناسم پورټ: { $word }
cli-bad-wait = ناسمه موده (په دقیقو، له 1 څخه تر 1440 پورې): { $word }
cli-not-text = یو دلیل (argument) د لوستلو وړ متن نه دی: { $word }
cli-switch-value = دا ټاکنه ارزښت نه اخلي: { $word }
cli-bad-rules = --rules “franceconnect” (د پلاتفورم قواعد) یا “oidc” (معیاري OpenID Connect) مني: { $word }
cli-no-secret-option = راز هېڅکله په کمانډ لاین کې نه ورکول کېږي ({ $word }): نور کاروونکي یې لوستلای شي. د FCGUIDE_CLIENT_SECRET متغیر یا ~/.config/fcguide/client_secret فایل (chmod 600) وکاروئ.
cli-unknown-provider = نامعلوم برابروونکی: { $word }. practice، franceconnect-sandbox، franceconnect-integration یا franceconnect وټاکئ، یا --issuer ورکړئ.
cli-provider-and-issuer = یا --provider یا --issuer وټاکئ، نه دواړه ({ $word }).
cli-unknown-language = ژبه شتون نه لري: { $word }. وګورئ: fcguide --list-languages
cli-practice-port = پورټ { $word } بوخت دی. د --port سره بل وټاکئ، یا --port مه کاروئ.
cli-practice-started = تمریني برابروونکی پیل شو (یوازې په دې کمپیوټر کې). Ctrl-C یې دروي.
cli-bad-bidi = --bidi “program” (مرستیال له ښي څخه کیڼ ته متن تنظیموي) یا “terminal” (ټرمینل یې کوي) مني: { $word }
cli-bad-format = --format “html” (د چاپ لپاره پاڼه) یا “text” (ساده متن) مني: { $word }
cli-help =
    fcguide: د FranceConnect له لارې وصل کېدل، ګام په ګام، ستاسو په ژبه.

    کارونه:
      fcguide [ټاکنې]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    ټاکنې:
      --plain               کرښه په کرښه حالت (پرده لوستونکي، ساده ټرمینلونه)
      --lang LANGUAGE       ژبه (fr، uk، en، ps…)؛ وګورئ --list-languages
      --provider NAME       practice (اصلي)، franceconnect-sandbox،
                            franceconnect-integration، franceconnect
      --issuer URL          بل OpenID Connect برابروونکی
      --client-id ID        د خدمت پېژندنه (یا FCGUIDE_CLIENT_ID)
      --redirect-uri URL    ثبت شوې د راستنېدو پته (http://localhost:PORT/path)،
                            د FranceConnect سره اړینه ده
      --rules NAME          franceconnect (د پلاتفورم قواعد، د هغې د چاپېریالونو
                            لپاره اصلي) یا oidc (د --issuer سره اصلي)
      --scopes "…"          غوښتل شوي معلومات (اصلي: بنسټیز هویت او برېښنالیک)
      --idp-hint ID         د هویت د یو برابروونکي پېژندنه چې پلاتفورم د دې خدمت
                            لپاره ورکړې (د idp_hint په توګه لېږل کېږي)
      --no-browser          براوزر مه پرانیزه: پته وښیه
      --wait MINUTES        د پوښتلو مخکې براوزر ته انتظار (اصلي 5، له 1 تر 1440)
      --bidi terminal       له ښي څخه کیڼ ته د متن تنظیم ټرمینل ته پرېږده
      --high-contrast       لوړ توپیر لرونکې بڼه
      --second-lang LANG    د دوه ژبې ښودنې دویمه ژبه (اصلي: فرانسوي)
      --speak               ګامونه په لوړ غږ لوستل (spd-say یا espeak-ng)
      --list-languages      شته ژبې
      --help, --version

    د خدمت راز له FCGUIDE_CLIENT_SECRET یا له فایل څخه راځي
    ~/.config/fcguide/client_secret (چې یوازې تاسو یې لوستلای شئ)، هېڅکله له کمانډ لاین څخه نه.
    fcguide sheet د چاپ لپاره د ګامونو پاڼه لیکي (html، اصلي) یا ساده متن.
    د وتلو کوډونه: 0 وصل شو، 1 ناکام، 2 د کارونې تېروتنه، 3 لغوه شو.
