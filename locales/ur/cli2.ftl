# Issue 22: کمانڈ لائن، یاد رکھی گئی ترتیبات، fcguide check اور --debug۔
cli2-unexpected-operand = غیر متوقع لفظ: { $word }۔ جو الفاظ آپشن نہیں ہیں وہ صرف کمانڈز ہیں: sheet، check، config، practice-server، relay-page (-- کے بعد بھی)۔
cli2-write-failed = آؤٹ پٹ لکھا نہ جا سکا: { $word }
cli2-help-more =
    کمانڈز اور آپشنز کسی بھی ترتیب میں آ سکتے ہیں؛ -- آپشنز ختم کرتا ہے۔
      fcguide check [آپشنز]     نشست سے پہلے ترتیبات جانچیں (فراہم کنندہ، پراکسی،
                                TLS، گھڑی، واپسی کا پتہ، راز کی فائل)
      fcguide config [آپشنز]    ہر نافذ ترتیب اور اس کا ماخذ دکھائیں
      --debug                   پتوں، حالتوں اور غلطیوں کا ریکارڈ لکھیں، ذاتی معلومات کے
                                بغیر: سطر بہ سطر موڈ میں غلطیوں کے آؤٹ پٹ پر، ورنہ
                                ~/.local/state/fcguide/debug.log میں
      کمانڈ --help              ایک کمانڈ کی مدد

    یاد رکھی گئی ترتیبات: ~/.config/fcguide/config، ہر سطر میں ایک کلید = قدر
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default)۔ آپشنز فائل پر مقدم ہیں۔

    ماحول کے متغیرات: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG۔ دیکھیں: man fcguide
cli2-help-sheet =
    fcguide sheet: پرنٹ کرنے کے لیے مراحل کی شیٹ، معیاری آؤٹ پٹ پر، سائٹ کے فرانسیسی
    الفاظ ان کے ترجمے کے ساتھ، ذاتی معلومات کے بغیر۔

    استعمال: fcguide sheet [--lang زبان] [--second-lang زبان|none] [--format html|text]
      --lang زبان              شیٹ کی زبان (طے شدہ: سسٹم کی زبان)
      --second-lang زبان       نیچے، چھوٹی چھپتی ہے (طے شدہ: فرانسیسی)؛
                               none: صرف ایک زبان
      --format html|text       html (طے شدہ): A4 پر پرنٹ کے لیے ایک صفحہ؛
                               text: زیادہ سے زیادہ 80 کالم کی سطریں
    مثال: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: صرف مشق کا فراہم کنندہ، اس کمپیوٹر پر (127.0.0.1)،
    کسی تربیت کار کے براؤزر یا کسی اور پروگرام کے لیے۔ یہ اپنا issuer، کلائنٹ
    شناخت، اس بار کے لیے بنایا گیا راز اور وہ واپسی کا پتہ دکھاتا ہے جو یہ قبول
    کرتا ہے۔ Ctrl-C اسے روکتا ہے۔

    استعمال: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang زبان]
      --port N             پورٹ (طے شدہ: کوئی خالی پورٹ)
      --redirect-uri URL   واپسی کا واحد پتہ جو یہ قبول کرتا ہے
      --consent-box        آگے بڑھنے سے پہلے نشان لگانے کا خانہ دکھائیں، جیسے کچھ سروسز
      --lang زبان          اس کی زبان جو یہ دکھاتا ہے
cli2-help-check =
    fcguide check: کسی شخص کے ساتھ بیٹھنے سے پہلے ترتیبات جانچتا ہے، ہر سطر میں ایک
    فیصلہ: ترتیبات (کلائنٹ شناخت، واپسی کا پتہ، راز)، راز کی فائل، پراکسی، محفوظ
    کنکشن (TLS)، اس کمپیوٹر کی گھڑی فراہم کنندہ کی گھڑی کے مقابلے میں، اور فراہم
    کنندہ کی وضاحت (discovery)۔ کوئی راز نہیں دکھایا جاتا۔ یہ نشست کے آپشنز لیتا ہے
    (--provider, --issuer, --client-id, --redirect-uri, --rules, --lang, --debug)
    اور ترتیبات کی فائل پڑھتا ہے۔ خروج کوڈ: 0 تیار، 1 کوئی مسئلہ۔
cli2-help-config =
    fcguide config: ہر نافذ ترتیب اور اس کا ماخذ دکھاتا ہے: کوئی آپشن، کوئی متغیر،
    فائل کی کوئی سطر، یا طے شدہ قدر۔
    فائل: ~/.config/fcguide/config (یا $XDG_CONFIG_HOME/fcguide/config)،
    ہر سطر میں ایک ترتیب، کلید = قدر؛ # سے شروع ہونے والی سطر تبصرہ ہے۔
    کلیدیں: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes یا no), theme (high-contrast یا default)۔
    راز کبھی اس میں نہیں جاتا: اس کے ساتھ والی فائل client_secret استعمال کریں (chmod 600)۔
cli2-config-bad-line = { $file }:{ $line }: یہ سطر کلید = قدر کی شکل میں نہیں۔ اسے درست کریں، یا تبصرہ بنانے کے لیے # سے شروع کریں۔
cli2-config-unknown-key = { $file }:{ $line }: نامعلوم ترتیب { $word }۔ ترتیبات یہ ہیں: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme۔
cli2-config-bad-value = { $file }:{ $line }: یہ قدر { $word } کے لیے موزوں نہیں۔ دیکھیں: fcguide config --help
cli2-config-secret = { $file }:{ $line }: راز کبھی اس فائل میں نہیں جاتا۔ یہ سطر ہٹائیں اور راز اکیلا { $secret } (chmod 600) میں، یا FCGUIDE_CLIENT_SECRET میں رکھیں۔
cli2-config-twice = { $file }:{ $line }: یہ ترتیب پہلے ہی سطر { $word } میں دی گئی ہے۔ صرف ایک رکھیں۔
cli2-config-unreadable = { $file } پڑھی نہیں جا سکتی: یہ ایسی متنی فائل ہونی چاہیے جو آپ پڑھ سکیں، 64 KiB سے کم۔
cli2-config-file = ترتیبات کی فائل: { $file }
cli2-config-no-file = ترتیبات کی کوئی فائل نہیں (یہ { $file } سے پڑھی جاتی)۔
cli2-config-unset = (مقرر نہیں)
cli2-origin-option = آپشن { $word }
cli2-origin-env = متغیر { $word }
cli2-origin-default = طے شدہ
cli2-check-title = { $word } کے لیے ترتیبات کی جانچ
cli2-check-ok = ٹھیک
cli2-check-warning = انتباہ
cli2-check-problem = مسئلہ
cli2-check-practice = اندرونی مشق کا فراہم کنندہ: نہ کلائنٹ شناخت، نہ راز، نہ واپسی کا پتہ مقرر کرنا ہے۔
cli2-check-setup-ok = ترتیبات میں کچھ کمی نہیں۔
cli2-check-secret-env = راز FCGUIDE_CLIENT_SECRET سے آتا ہے۔
cli2-check-secret-file = راز کی فائل آپ کی ہے اور دوسروں کے لیے بند ہے: { $file }
cli2-check-secret-none = کوئی راز نہیں۔ اگر سروس کا کوئی راز ہے تو اسے اکیلا { $file } (chmod 600) میں، یا FCGUIDE_CLIENT_SECRET میں رکھیں۔
cli2-check-redirect-ok = واپسی کا پتہ پلیٹ فارم کے قواعد پر پورا اترتا ہے: { $word }
cli2-check-redirect-free = رجسٹر کرنے کے لیے کوئی واپسی کا پتہ نہیں: ہر کنکشن کے لیے اس کمپیوٹر کا ایک خالی پورٹ لیا جاتا ہے۔
cli2-check-loopback = فراہم کنندہ اسی کمپیوٹر پر ہے: پراکسی نہیں، TLS نہیں، وہی گھڑی۔
cli2-check-proxy-none = پراکسی نہیں: فراہم کنندہ تک براہ راست پہنچا جاتا ہے۔
cli2-check-proxy = پراکسی { $word } کے ذریعے۔
cli2-check-proxy-socks = پراکسی { $word } ایک SOCKS پراکسی ہے جسے fcguide استعمال نہیں کرتا: فراہم کنندہ تک براہ راست پہنچا جاتا ہے۔
cli2-check-tls-ok = محفوظ کنکشن (TLS) { $word } سے جانچا گیا۔
cli2-check-clock-ok = اس کمپیوٹر کی گھڑی فراہم کنندہ کی گھڑی سے ملتی ہے ({ $seconds } سیکنڈ کا فرق)۔
cli2-check-clock-off = اس کمپیوٹر کی گھڑی فراہم کنندہ کی گھڑی سے { $seconds } سیکنڈ مختلف ہے: وقت درست کریں، ورنہ کنکشن رد ہو جائے گا۔
cli2-check-clock-unknown = فراہم کنندہ نے اپنا وقت نہیں دیا: گھڑی جانچی نہیں گئی۔
cli2-check-discovery-ok = فراہم کنندہ جواب دیتا ہے اور اپنی وضاحت کرتا ہے (discovery)۔
cli2-check-ready = تیار: نشست میں کوئی رکاوٹ نہیں۔
cli2-check-not-ready = تیار نہیں: اوپر کے مسائل درست کریں، پھر دوبارہ fcguide check چلائیں۔
cli2-debug-file = اس نشست کا ریکارڈ (ذاتی معلومات کے بغیر) { $file } میں ہے، صرف آپ اسے پڑھ سکتے ہیں۔
