## Command line

cli-see-help = دیکھیں: fcguide --help
cli-missing-value = { $word } کے بعد ایک قدر غائب ہے۔
cli-unknown-option = نامعلوم آپشن: { $word }
cli-bad-port = غلط پورٹ: { $word }
cli-bad-wait = غلط دورانیہ (منٹوں میں، 1 سے 1440 تک): { $word }
cli-not-text = ایک آرگیومنٹ پڑھنے کے قابل متن نہیں ہے: { $word }
cli-switch-value = یہ آپشن کوئی قدر نہیں لیتا: { $word }
cli-bad-rules = --rules یا تو “franceconnect” لیتا ہے (پلیٹ فارم کے قواعد) یا “oidc” (معیاری OpenID Connect): { $word }
cli-no-secret-option = سیکرٹ کبھی کمانڈ لائن پر نہیں دیا جاتا ({ $word }): دوسرے صارفین اسے پڑھ سکتے ہیں۔ FCGUIDE_CLIENT_SECRET متغیر یا فائل ~/.config/fcguide/client_secret (chmod 600) استعمال کریں۔
cli-unknown-provider = نامعلوم فراہم کنندہ: { $word }۔ practice، franceconnect-sandbox، franceconnect-integration یا franceconnect چنیں، یا --issuer دیں۔
cli-provider-and-issuer = یا --provider چنیں یا --issuer، دونوں نہیں ({ $word })۔
cli-unknown-language = یہ زبان دستیاب نہیں: { $word }۔ دیکھیں: fcguide --list-languages
cli-practice-port = پورٹ { $word } پہلے سے استعمال میں ہے۔ --port سے کوئی اور چنیں، یا --port نہ لکھیں۔
cli-practice-started = مشق والا فراہم کنندہ شروع ہو گیا (صرف اس کمپیوٹر پر)۔ Ctrl-C اسے روکتا ہے۔
cli-bad-bidi = --bidi یا تو “program” لیتا ہے (اسسٹنٹ دائیں سے بائیں متن کو ترتیب دیتا ہے) یا “terminal” (ٹرمینل یہ کرتا ہے): { $word }
cli-bad-format = --format یا تو “html” لیتا ہے (پرنٹ کرنے کے لیے صفحہ) یا “text” (سادہ متن): { $word }
cli-help =
    fcguide: FranceConnect کے ساتھ لاگ ان، قدم بہ قدم، آپ کی زبان میں۔

    استعمال:
      fcguide [آپشنز]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    آپشنز:
      --plain               سطر بہ سطر موڈ (اسکرین ریڈر، سادہ ٹرمینل)
      --lang LANGUAGE       زبان (fr، uk، en، ur…)؛ دیکھیں --list-languages
      --provider NAME       practice (پہلے سے طے شدہ)، franceconnect-sandbox،
                            franceconnect-integration، franceconnect
      --issuer URL          کوئی اور OpenID Connect فراہم کنندہ
      --client-id ID        سروس کا client id (یا FCGUIDE_CLIENT_ID)
      --redirect-uri URL    درج شدہ واپسی کا ایڈریس (http://localhost:PORT/path)،
                            FranceConnect کے ساتھ ضروری
      --rules NAME          franceconnect (پلیٹ فارم کے قواعد، اس کے ماحول کے لیے
                            پہلے سے طے شدہ) یا oidc (--issuer کے ساتھ پہلے سے طے شدہ)
      --scopes "…"          مانگی گئی معلومات (پہلے سے طے شدہ: بنیادی شناخت اور ای میل)
      --idp-hint ID         شناخت فراہم کنندہ کی id جو پلیٹ فارم نے اس سروس کے لیے
                            دی ہے (idp_hint کے طور پر بھیجی جاتی ہے)
      --no-browser          براؤزر نہ کھولیں: ایڈریس دکھائیں
      --wait MINUTES        پوچھنے سے پہلے براؤزر کا انتظار (پہلے سے طے شدہ 5، 1 سے 1440)
      --bidi terminal       دائیں سے بائیں متن کی ترتیب ٹرمینل پر چھوڑ دیں
      --high-contrast       زیادہ کنٹراسٹ والا تھیم
      --second-lang LANG    دو زبانوں والے منظر کی دوسری زبان (پہلے سے طے شدہ: فرانسیسی)
      --speak               مراحل بلند آواز میں پڑھیں (spd-say یا espeak-ng)
      --list-languages      دستیاب زبانیں
      --help, --version

    سروس کا سیکرٹ FCGUIDE_CLIENT_SECRET سے یا فائل
    ~/.config/fcguide/client_secret (جسے صرف آپ پڑھ سکیں) سے آتا ہے، کبھی کمانڈ لائن سے نہیں۔
    fcguide sheet پرنٹ کرنے کے لیے مراحل کی شیٹ لکھتا ہے (html، پہلے سے طے شدہ) یا سادہ متن میں۔
    ایگزٹ کوڈ: 0 لاگ ان ہو گیا، 1 ناکام، 2 استعمال کی خرابی، 3 منسوخ۔
