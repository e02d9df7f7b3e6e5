# Issue 22: د امر کرښه، ساتل شوې تنظیمات، fcguide check او --debug.
cli2-unexpected-operand = ناڅاپي کلمه: { $word }. یوازې هغه کلمې چې انتخابونه نه دي امرونه دي: sheet، check، config، practice-server، relay-page (له -- وروسته هم).
cli2-write-failed = وتنه ونه لیکل شوه: { $word }
cli2-help-more =
    امرونه او انتخابونه په هر ترتیب راتلای شي؛ -- انتخابونه پای ته رسوي.
      fcguide check [انتخابونه]    د ناستې مخکې تنظیمات وګورئ (برابروونکی، پراکسي،
                                   TLS، ساعت، د راستنېدو پته، د راز فایل)
      fcguide config [انتخابونه]   هر چلېدونکی تنظیم او د هغه سرچینه وښایئ
      --debug                      د پتو، حالتونو او تېروتنو یو ثبت ولیکئ، پرته له
                                   شخصي معلوماتو: په کرښه په کرښه حالت کې د تېروتنو
                                   وتنې ته، که نه نو ~/.local/state/fcguide/debug.log ته
      امر --help                   د یوه امر مرسته

    ساتل شوې تنظیمات: ~/.config/fcguide/config، هره کرښه یو کیلي = ارزښت
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). انتخابونه له فایل څخه مخکې دي.

    د چاپېریال متغیرونه: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. وګورئ: man fcguide
cli2-help-sheet =
    fcguide sheet: د چاپ لپاره د ګامونو پاڼه، په معیاري وتنه کې، د سایټ فرانسوي
    کلمې د هغوی د ژباړې تر څنګ، پرته له شخصي معلوماتو.

    کارونه: fcguide sheet [--lang ژبه] [--second-lang ژبه|none] [--format html|text]
      --lang ژبه               د پاڼې ژبه (په ډیفالټ: د سیسټم ژبه)
      --second-lang ژبه        لاندې، کوچنۍ چاپېږي (په ډیفالټ: فرانسوي)؛
                               none: یوازې یوه ژبه
      --format html|text       html (ډیفالټ): د A4 د چاپ لپاره یوه پاڼه؛
                               text: تر 80 ستنو پورې کرښې
    بېلګه: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: یوازې د تمرین برابروونکی، په دې کمپیوټر (127.0.0.1)،
    د یوه روزونکي د براوزر یا بل پروګرام لپاره. خپل issuer، د مراجع پېژند، د دې
    ځل لپاره جوړ شوی راز او هغه د راستنېدو پته ښيي چې مني یې. Ctrl-C یې دروي.

    کارونه: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang ژبه]
      --port N             پورټ (ډیفالټ: یو خالي پورټ)
      --redirect-uri URL   د راستنېدو یوازینۍ پته چې مني یې
      --consent-box        د دوام مخکې د نښه کولو بکس وښایئ، لکه ځینې خدمتونه
      --lang ژبه           د هغه څه ژبه چې ښيي یې
cli2-help-check =
    fcguide check: مخکې له دې چې له یوه کس سره کېنئ تنظیمات ګوري، په هره کرښه یوه
    پایله: تنظیمات (د مراجع پېژند، د راستنېدو پته، راز)، د راز فایل، پراکسي، خوندي
    اړیکه (TLS)، د دې کمپیوټر ساعت د برابروونکي له ساعت سره، او د برابروونکي
    تشریح (discovery). هېڅ راز نه ښودل کېږي. د ناستې انتخابونه اخلي (--provider,
    --issuer, --client-id, --redirect-uri, --rules, --lang, --debug) او د تنظیماتو
    فایل لولي. د وتلو کوډ: 0 چمتو، 1 یوه ستونزه.
cli2-help-config =
    fcguide config: هر چلېدونکی تنظیم او د هغه سرچینه ښيي: یو انتخاب، یو متغیر،
    د فایل یوه کرښه، یا ډیفالټ ارزښت.
    فایل: ~/.config/fcguide/config (یا $XDG_CONFIG_HOME/fcguide/config)،
    هره کرښه یو تنظیم، کیلي = ارزښت؛ هغه کرښه چې په # پیلېږي یادښت دی.
    کیلي ګانې: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes یا no), theme (high-contrast یا default).
    راز هېڅکله هلته نه ځي: د هغه تر څنګ client_secret فایل وکاروئ (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: دا کرښه کیلي = ارزښت نه ده. سمه یې کړئ، یا یې په # پیل کړئ چې یادښت شي.
cli2-config-unknown-key = { $file }:{ $line }: ناپېژندل شوی تنظیم { $word }. تنظیمات دا دي: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: دا ارزښت د { $word } لپاره مناسب نه دی. وګورئ: fcguide config --help
cli2-config-secret = { $file }:{ $line }: راز هېڅکله په دې فایل کې نه لیکل کېږي. دا کرښه لرې کړئ او راز یوازې په { $secret } (chmod 600) یا FCGUIDE_CLIENT_SECRET کې کېږدئ.
cli2-config-twice = { $file }:{ $line }: دا تنظیم مخکې په { $word } کرښه کې ورکړل شوی. یوازې یو وساتئ.
cli2-config-unreadable = { $file } نه لوستل کېږي: باید یو متني فایل وي چې تاسو یې لوستلای شئ، له 64 KiB څخه کم.
cli2-config-file = د تنظیماتو فایل: { $file }
cli2-config-no-file = د تنظیماتو فایل نشته (له { $file } څخه به لوستل کېده).
cli2-config-unset = (نه دی ټاکل شوی)
cli2-origin-option = انتخاب { $word }
cli2-origin-env = متغیر { $word }
cli2-origin-default = ډیفالټ
cli2-check-title = د { $word } لپاره د تنظیماتو کتنه
cli2-check-ok = سم
cli2-check-warning = پاملرنه
cli2-check-problem = ستونزه
cli2-check-practice = دننه جوړ د تمرین برابروونکی: نه د مراجع پېژند، نه راز، نه د راستنېدو پته د تنظیم لپاره.
cli2-check-setup-ok = په تنظیماتو کې هېڅ شی کم نه دی.
cli2-check-secret-env = راز له FCGUIDE_CLIENT_SECRET څخه راځي.
cli2-check-secret-file = د راز فایل ستاسو دی او پر نورو تړلی دی: { $file }
cli2-check-secret-none = راز نشته. که خدمت یو لري، یوازې یې په { $file } (chmod 600) یا FCGUIDE_CLIENT_SECRET کې کېږدئ.
cli2-check-redirect-ok = د راستنېدو پته د پلېټفارم قواعد مني: { $word }
cli2-check-redirect-free = د ثبت لپاره د راستنېدو پته نشته: د هرې اړیکې لپاره د دې کمپیوټر یو خالي پورټ اخیستل کېږي.
cli2-check-loopback = برابروونکی په دې کمپیوټر کې دی: پراکسي نشته، TLS نشته، هماغه ساعت.
cli2-check-proxy-none = پراکسي نشته: برابروونکي ته مستقیم رسېږي.
cli2-check-proxy = د { $word } پراکسي له لارې.
cli2-check-proxy-socks = د { $word } پراکسي یو SOCKS پراکسي دی چې fcguide یې نه کاروي: برابروونکي ته مستقیم رسېږي.
cli2-check-tls-ok = خوندي اړیکه (TLS) د { $word } سره وکتل شوه.
cli2-check-clock-ok = د دې کمپیوټر ساعت د برابروونکي له ساعت سره برابر دی ({ $seconds } ثانیې توپیر).
cli2-check-clock-off = د دې کمپیوټر ساعت د برابروونکي له ساعت سره { $seconds } ثانیې توپیر لري: وخت سم کړئ، که نه اړیکه به رد شي.
cli2-check-clock-unknown = برابروونکي خپل وخت ورنه کړ: ساعت ونه کتل شو.
cli2-check-discovery-ok = برابروونکی ځواب ورکوي او ځان تشریح کوي (discovery).
cli2-check-ready = چمتو: هېڅ شی د ناستې مخه نه نیسي.
cli2-check-not-ready = چمتو نه دی: پورته ستونزې سمې کړئ، بیا fcguide check بیا وچلوئ.
cli2-debug-file = د دې ناستې ثبت (پرته له شخصي معلوماتو) په { $file } کې دی، یوازې تاسو یې لوستلای شئ.
