## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = قومی رجسٹر نے درخواست مسترد کر دی: اس نے وہ شناختی معلومات قبول نہیں کیں جو آپ کے چنے ہوئے اکاؤنٹ نے بھیجیں۔ یہ کوئی خرابی نہیں ہے۔
code-y010009-next = ایک بار دوبارہ کوشش کریں۔ اگر وہی کوڈ پھر آئے، تو کوئی اور اکاؤنٹ چنیں، یا اپنی معلومات چیک کروانے کے لیے اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
code-navigation = براؤزر کے واپس والے بٹن نے، یا صفحہ دوبارہ لوڈ کرنے نے، لاگ ان کو روک دیا۔
code-navigation-next = FranceConnect کے تمام ٹیب بند کریں، پھر دوبارہ کوشش کریں چنیں۔ لاگ ان کے دوران براؤزر کا واپس والا بٹن استعمال نہ کریں۔
code-y180001 = FranceConnect تک آپ کی رسائی غیر فعال کر دی گئی ہے۔
code-y180001-next = اسے دوبارہ فعال کرنے کے لیے اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔ تب تک سائٹ کا اپنا اکاؤنٹ استعمال کریں۔
code-y100011 = آپ نے اپنی FranceConnect ترجیحات میں یہ اکاؤنٹ بلاک کیا ہوا ہے۔
code-y100011-next = کوئی اور اکاؤنٹ چنیں، یا اپنی FranceConnect ترجیحات میں اس اکاؤنٹ کی دوبارہ اجازت دیں، پھر دوبارہ کوشش کریں۔
code-idp-off = یہ اکاؤنٹ ابھی اس سروس کے لیے استعمال نہیں ہو سکتا: یہ غیر فعال ہے، یا یہ سروس اسے قبول نہیں کرتی۔
code-idp-off-next = کوئی اور اکاؤنٹ چنیں۔
code-y04ea6ef = FranceConnect اس سروس کو نہیں پہچانتا (اس کی شناخت، client id، نامعلوم ہے)۔ یہ سروس کے اندراج کی غلطی ہے، آپ کی نہیں۔
code-y04ea6ef-next = آپ اس میں کچھ نہیں کر سکتے: یہ کوڈ سروس کو دیں۔ اس کے منتظم کے لیے: client id اور ماحول (integration یا production) چیک کریں؛ ایک client id صرف اسی ماحول میں کام کرتا ہے جس نے اسے جاری کیا۔
code-y04c013c = سروس کا واپسی کا پتا FranceConnect میں درج نہیں ہے (دوسرا پورٹ، دوسرا نام، یا https کی جگہ http)۔ یہ سروس کے اندراج کی غلطی ہے، آپ کی نہیں۔
code-y04c013c-next = آپ اس میں کچھ نہیں کر سکتے: یہ کوڈ سروس کو دیں۔ اس کے منتظم کے لیے: --redirect-uri میں دیا گیا پتا بالکل اسی طرح درج کریں، یا درج شدہ پتا دیں۔
code-logout-refused = FranceConnect نے سیشن ختم کرنے کی سروس کی درخواست مسترد کر دی (لاگ ان کا ثبوت موجود نہیں، یا سیشن ختم ہونے کے بعد واپسی کا پتا درج نہیں)۔
code-logout-refused-next = FranceConnect کا سیشن ختم کرنے کے لیے براؤزر بند کریں۔ سروس کے منتظم کے لیے: سیشن ختم ہونے کے بعد واپسی کا پتا درج کریں۔

## The practice provider, as the platform words its pages

practice-error-technical = ایک تکنیکی خرابی پیش آئی، اپنے براؤزر کا ٹیب بند کریں اور دوبارہ لاگ ان کریں۔
practice-error-session = آپ کا سیشن ختم ہو گیا ہے یا درست نہیں، اپنے براؤزر کا ٹیب بند کریں اور دوبارہ لاگ ان کریں۔
practice-error-communication = سروس فراہم کنندہ کے ساتھ رابطے میں ایک خرابی پیش آئی۔ براہِ کرم بعد میں دوبارہ کوشش کریں۔
practice-cancel = منسوخ کریں
practice-idp-failed = { $idp } کے ذریعے لاگ ان ممکن نہیں ہو سکا۔ براہِ کرم دوبارہ کوشش کریں یا لاگ ان کا کوئی اور طریقہ چنیں۔
practice-choose-error-doc-title = اکاؤنٹ چنتے وقت خرابی

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = صفحہ کہتا ہے « La connexion à » … « n’a pas été possible »
notice-not-possible = FranceConnect کے اس صفحے کا مطلب ہے کہ { $idp } کے ذریعے لاگ ان مکمل نہیں ہوا: آپ نے { $idp } پر منسوخ کیا، یا وہاں لاگ ان ناکام ہوا۔ سروس کو کچھ نہیں بھیجا گیا۔ میں اب بھی انتظار کر رہا ہوں: اسی صفحے پر دوبارہ کوشش کے لیے { $idp } پھر چنیں، یا کوئی اور اکاؤنٹ۔

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = فراہم کنندہ نے سروس کی شناخت (client id) یا اس کا سیکرٹ مسترد کر دیا۔
error-client-rejected-next = مسئلہ سروس کے اندراج میں ہے، آپ کے اکاؤنٹ میں نہیں: دوبارہ کوشش کرنے سے کچھ نہیں بدلے گا۔ اس پروگرام کو دیا گیا client id اور سیکرٹ، اور ماحول (integration یا production) چیک کریں، یا سروس کے منتظم سے مانگیں۔
error-config-secret-file-link = سیکرٹ والی فائل ({ $file }) ایک علامتی لنک ہے: میں اس کے پیچھے نہیں جاؤں گا۔
error-config-secret-file-link-next = سیکرٹ اسی جگہ ایک اصل فائل میں رکھیں، لنک میں نہیں، جسے صرف آپ پڑھ سکیں (chmod 600)۔
