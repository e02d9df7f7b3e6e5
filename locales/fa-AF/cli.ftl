## Command line

cli-see-help = ببینید: fcguide --help
cli-missing-value = بعد از { $word } یک مقدار کم است.
cli-unknown-option = گزینهٔ ناشناخته: { $word }
cli-bad-port = پورت نادرست: { $word }
cli-bad-wait = مدت نادرست (به دقیقه، از 1 تا 1440): { $word }
cli-not-text = یک آرگومان متن خواندنی نیست: { $word }
cli-switch-value = این گزینه مقدار نمی‌گیرد: { $word }
cli-bad-rules = --rules “franceconnect” (قواعد پلتفرم) یا “oidc” (OpenID Connect استاندارد) را قبول می‌کند: { $word }
cli-no-secret-option = رمز هرگز در خط فرمان داده نمی‌شود ({ $word }): کاربران دیگر می‌توانند آن را بخوانند. از متغیر FCGUIDE_CLIENT_SECRET یا فایل ~/.config/fcguide/client_secret (chmod 600) استفاده کنید.
cli-unknown-provider = ارائه‌کنندهٔ ناشناخته: { $word }. practice، franceconnect-sandbox، franceconnect-integration یا franceconnect را انتخاب کنید، یا --issuer بدهید.
cli-provider-and-issuer = یا --provider یا --issuer را انتخاب کنید، نه هر دو را ({ $word }).
cli-unknown-language = زبان موجود نیست: { $word }. ببینید: fcguide --list-languages
cli-practice-port = پورت { $word } مصروف است. با --port پورت دیگری انتخاب کنید، یا --port را نگذارید.
cli-practice-started = ارائه‌کنندهٔ تمرینی شروع شد (فقط در همین کمپیوتر). Ctrl-C آن را متوقف می‌کند.
cli-bad-bidi = --bidi “program” (دستیار متن راست به چپ را مرتب می‌کند) یا “terminal” (ترمینال این کار را می‌کند) را قبول می‌کند: { $word }
cli-bad-format = --format “html” (صفحه برای چاپ) یا “text” (متن ساده) را قبول می‌کند: { $word }
cli-help =
    fcguide: وصل شدن با FranceConnect، قدم به قدم، به زبان شما.

    استفاده:
      fcguide [گزینه‌ها]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    گزینه‌ها:
      --plain               حالت سطر به سطر (صفحه‌خوان‌ها، ترمینال‌های ساده)
      --lang LANGUAGE       زبان (fr، uk، en، fa-AF…)؛ ببینید --list-languages
      --provider NAME       practice (پیش‌فرض)، franceconnect-sandbox،
                            franceconnect-integration، franceconnect
      --issuer URL          یک ارائه‌کنندهٔ دیگر OpenID Connect
      --client-id ID        شناسهٔ خدمت (یا FCGUIDE_CLIENT_ID)
      --redirect-uri URL    آدرس برگشت ثبت‌شده (http://localhost:PORT/path)،
                            با FranceConnect لازمی است
      --rules NAME          franceconnect (قواعد پلتفرم، پیش‌فرض برای محیط‌های آن)
                            یا oidc (پیش‌فرض با --issuer)
      --scopes "…"          معلومات خواسته‌شده (پیش‌فرض: هویت اصلی و ایمیل)
      --idp-hint ID         شناسهٔ یک ارائه‌کنندهٔ هویت که پلتفرم برای این خدمت
                            داده است (به شکل idp_hint فرستاده می‌شود)
      --no-browser          براوزر را باز نکن: آدرس را نشان بده
      --wait MINUTES        انتظار براوزر پیش از پرسیدن (پیش‌فرض 5، از 1 تا 1440)
      --bidi terminal       مرتب کردن متن راست به چپ را به ترمینال بسپار
      --high-contrast       نمای با تضاد زیاد
      --second-lang LANG    زبان دوم نمای دو زبانه (پیش‌فرض: فرانسوی)
      --speak               خواندن قدم‌ها با صدای بلند (spd-say یا espeak-ng)
      --list-languages      زبان‌های موجود
      --help, --version

    رمز خدمت از FCGUIDE_CLIENT_SECRET یا از فایل
    ~/.config/fcguide/client_secret (که فقط شما بخوانید) می‌آید، هرگز از خط فرمان.
    fcguide sheet برگهٔ قدم‌ها را برای چاپ (html، پیش‌فرض) یا به شکل متن ساده می‌نویسد.
    کدهای خروج: 0 وصل شد، 1 ناکام، 2 خطای استفاده، 3 لغو شد.
