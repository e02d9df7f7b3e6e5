# Issue 22: خط فرمان، تنظیمات به خاطر سپرده، fcguide check و --debug.
cli2-unexpected-operand = کلمهٔ غیرمنتظره: { $word }. تنها کلمه‌هایی که گزینه نیستند فرمان‌ها هستند: sheet، check، config، practice-server، relay-page (بعد از -- هم).
cli2-write-failed = خروجی نوشته نشد: { $word }
cli2-help-more =
    فرمان‌ها و گزینه‌ها می‌توانند به هر ترتیبی بیایند؛ -- گزینه‌ها را پایان می‌دهد.
      fcguide check [گزینه‌ها]     بررسی تنظیمات پیش از یک نشست (فراهم‌کننده،
                                   پراکسی، TLS، ساعت، آدرس بازگشت، فایل راز)
      fcguide config [گزینه‌ها]    نشان دادن هر تنظیم نافذ و منبع آن
      --debug                      نوشتن گزارشی از آدرس‌ها، وضعیت‌ها و خطاها، بدون
                                   معلومات شخصی: در خروجی خطا در حالت سطر به سطر،
                                   وگرنه در ~/.local/state/fcguide/debug.log
      فرمان --help                 راهنمای یک فرمان

    تنظیمات به خاطر سپرده: ~/.config/fcguide/config، هر سطر یک کلید = مقدار
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). گزینه‌ها بر فایل برتری دارند.

    متغیرهای محیط: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. ببینید: man fcguide
cli2-help-sheet =
    fcguide sheet: ورق گام‌ها برای چاپ، در خروجی استاندارد، با کلمه‌های فرانسوی
    سایت در کنار ترجمهٔ آن‌ها، بدون معلومات شخصی.

    کاربرد: fcguide sheet [--lang زبان] [--second-lang زبان|none] [--format html|text]
      --lang زبان              زبان ورق (به طور پیش‌فرض: زبان سیستم)
      --second-lang زبان       زیر آن، کوچک‌تر چاپ می‌شود (پیش‌فرض: فرانسوی)؛
                               none: فقط یک زبان
      --format html|text       html (پیش‌فرض): یک صفحه برای چاپ روی A4؛
                               text: سطرهایی با حداکثر 80 ستون
    مثال: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: فقط فراهم‌کنندهٔ تمرینی، روی این کمپیوتر (127.0.0.1)،
    برای مرورگر یک مربی یا برنامهٔ دیگر. issuer خود، شناسهٔ کلاینت، رازی که برای
    این بار ساخته شده و آدرس بازگشتی را که می‌پذیرد نشان می‌دهد. Ctrl-C آن را
    متوقف می‌کند.

    کاربرد: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang زبان]
      --port N             پورت (پیش‌فرض: یک پورت آزاد)
      --redirect-uri URL   تنها آدرس بازگشتی که می‌پذیرد
      --consent-box        نشان دادن خانه‌ای که پیش از ادامه باید نشانی شود، مانند برخی خدمات
      --lang زبان          زبان آنچه نشان می‌دهد
cli2-help-check =
    fcguide check: تنظیمات را پیش از نشستن با یک شخص بررسی می‌کند، در هر سطر یک
    نتیجه: تنظیمات (شناسهٔ کلاینت، آدرس بازگشت، راز)، فایل راز، پراکسی، اتصال امن
    (TLS)، ساعت این کمپیوتر در برابر ساعت فراهم‌کننده، و توضیح فراهم‌کننده
    (discovery). هیچ رازی نشان داده نمی‌شود. گزینه‌های نشست را می‌پذیرد
    (--provider, --issuer, --client-id, --redirect-uri, --rules, --lang, --debug)
    و فایل تنظیمات را می‌خواند. کد خروج: 0 آماده، 1 یک مشکل.
cli2-help-config =
    fcguide config: هر تنظیم نافذ و منبع آن را نشان می‌دهد: یک گزینه، یک متغیر،
    یک سطر فایل، یا مقدار پیش‌فرض.
    فایل: ~/.config/fcguide/config (یا $XDG_CONFIG_HOME/fcguide/config)،
    هر سطر یک تنظیم، کلید = مقدار؛ سطری که با # آغاز شود یادداشت است.
    کلیدها: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes یا no), theme (high-contrast یا default).
    راز هرگز در آن نوشته نمی‌شود: از فایل client_secret کنار آن استفاده کنید (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: این سطر به شکل کلید = مقدار نیست. آن را درست کنید، یا با # آغاز کنید تا یادداشت شود.
cli2-config-unknown-key = { $file }:{ $line }: تنظیم ناشناخته { $word }. تنظیمات این‌ها هستند: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: این مقدار برای { $word } مناسب نیست. ببینید: fcguide config --help
cli2-config-secret = { $file }:{ $line }: راز هرگز در این فایل نوشته نمی‌شود. این سطر را پاک کنید و راز را به تنهایی در { $secret } (chmod 600) یا در FCGUIDE_CLIENT_SECRET بگذارید.
cli2-config-twice = { $file }:{ $line }: این تنظیم پیش‌تر در سطر { $word } داده شده است. فقط یکی را نگه دارید.
cli2-config-unreadable = { $file } خوانده نمی‌شود: باید یک فایل متنی باشد که شما بتوانید بخوانید، کمتر از 64 KiB.
cli2-config-file = فایل تنظیمات: { $file }
cli2-config-no-file = فایل تنظیمات وجود ندارد (از { $file } خوانده می‌شد).
cli2-config-unset = (تنظیم نشده)
cli2-origin-option = گزینهٔ { $word }
cli2-origin-env = متغیر { $word }
cli2-origin-default = پیش‌فرض
cli2-check-title = بررسی تنظیمات برای { $word }
cli2-check-ok = درست
cli2-check-warning = هشدار
cli2-check-problem = مشکل
cli2-check-practice = فراهم‌کنندهٔ تمرینی درونی: نه شناسهٔ کلاینت، نه راز، نه آدرس بازگشت برای تنظیم.
cli2-check-setup-ok = در تنظیمات چیزی کم نیست.
cli2-check-secret-env = راز از FCGUIDE_CLIENT_SECRET می‌آید.
cli2-check-secret-file = فایل راز از شماست و به روی دیگران بسته است: { $file }
cli2-check-secret-none = رازی نیست. اگر خدمت رازی دارد، آن را به تنهایی در { $file } (chmod 600) یا در FCGUIDE_CLIENT_SECRET بگذارید.
cli2-check-redirect-ok = آدرس بازگشت از قواعد پلتفورم پیروی می‌کند: { $word }
cli2-check-redirect-free = آدرس بازگشتی برای ثبت نیست: برای هر اتصال یک پورت آزاد این کمپیوتر گرفته می‌شود.
cli2-check-loopback = فراهم‌کننده روی این کمپیوتر است: بدون پراکسی، بدون TLS، همان ساعت.
cli2-check-proxy-none = بدون پراکسی: به فراهم‌کننده مستقیم وصل می‌شود.
cli2-check-proxy = از راه پراکسی { $word }.
cli2-check-proxy-socks = پراکسی { $word } یک پراکسی SOCKS است که fcguide از آن استفاده نمی‌کند: به فراهم‌کننده مستقیم وصل می‌شود.
cli2-check-tls-ok = اتصال امن (TLS) با { $word } بررسی شد.
cli2-check-clock-ok = ساعت این کمپیوتر با ساعت فراهم‌کننده هم‌خوان است ({ $seconds } ثانیه فرق).
cli2-check-clock-off = ساعت این کمپیوتر { $seconds } ثانیه با ساعت فراهم‌کننده فرق دارد: وقت را تنظیم کنید، وگرنه اتصال رد می‌شود.
cli2-check-clock-unknown = فراهم‌کننده وقت خود را نداد: ساعت بررسی نشد.
cli2-check-discovery-ok = فراهم‌کننده پاسخ می‌دهد و خود را توضیح می‌دهد (discovery).
cli2-check-ready = آماده: هیچ چیز مانع نشست نیست.
cli2-check-not-ready = آماده نیست: مشکلات بالا را درست کنید، سپس دوباره fcguide check را اجرا کنید.
cli2-debug-file = گزارش این نشست (بدون معلومات شخصی) در { $file } است و فقط شما می‌توانید آن را بخوانید.
