# Urdu (Arabic script, right to left). Glossary: locales/ur/glossary.txt.
language-name = اردو
language-name-en = Urdu
language-direction = rtl
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = ابھی کسی اہلِ زبان نے نظرِ ثانی نہیں کی
language-no-voice = بلند آواز میں پڑھنے کے لیے کوئی آواز نہیں

## Around every step

progress = مرحلہ { $step } از { $total }
practice-mark = مشق: ایک آزمائشی فراہم کنندہ، اصل FranceConnect نہیں
note-label = اہم:
help-label = مدد:
french-label = فرانسیسی میں:
keys-tui = تیر یا نمبر: چنیں · Enter: تصدیق کریں · Esc: واپس · ?: مدد · L: زبان · B: دو زبانیں · F: ادل بدل · Q: بند کریں
keys-input = Enter: تصدیق کریں · Esc: واپس · F1: مدد
keys-input-nir = Enter: چیک کریں · Esc: واپس · F1: مدد · F2: ہندسے دکھائیں یا چھپائیں
keys-plain = ایک نمبر لکھیں، پھر Enter۔ صرف Enter: تجویز کردہ انتخاب۔ صفر: واپس۔ h: مدد۔ l: زبان۔ q: بند کریں۔
keys-short = ?: مدد · Q: بند کریں
prompt = انتخاب
prompt-default = صرف Enter: { $choice }
still-waiting = ابھی تک براؤزر کا انتظار ہے۔ آپ براؤزر میں جاری رکھ سکتے ہیں، یا کوئی انتخاب لکھ سکتے ہیں۔
too-small = ونڈو بہت چھوٹی ہے۔ اسے بڑا کریں، یا fcguide --plain چلائیں۔
connected-mark = [FranceConnect ✓] لاگ ان ہو گیا
help-keys = بٹن: Enter تجویز کردہ انتخاب لیتا ہے۔ Esc، Backspace یا صفر واپس لے جاتے ہیں۔ L آپ کی پیش رفت کھوئے بغیر زبان بدلتا ہے۔ B ہر متن کے نیچے دوسری زبان دکھاتا ہے؛ F دونوں زبانوں کی جگہ بدلتا ہے۔ V مراحل بلند آواز میں پڑھتا ہے، یا آواز روکتا ہے۔ سطر بہ سطر موڈ میں: h مدد کے لیے، اور b، f اور v انہی بٹنوں کی طرح۔
help-practice = مشق: یہاں فراہم کنندہ اسی کمپیوٹر پر ایک آزمائشی فراہم کنندہ ہے، اصل FranceConnect نہیں۔ حکومت کو کچھ نہیں بھیجا جاتا۔
speech-on = بلند آواز میں پڑھنا: چالو۔
speech-off = بلند آواز میں پڑھنا: رکا ہوا۔
speech-unavailable = بلند آواز میں پڑھنے کا کوئی پروگرام انسٹال نہیں ہے (spd-say یا espeak-ng): اسسٹنٹ آواز کے بغیر جاری رہتا ہے۔

## Words of the real site

fr-words-button = FranceConnect کے ساتھ اپنی شناخت کروائیں
fr-words-choose = لاگ ان کرنے کے لیے ایک اکاؤنٹ چنیں:
fr-words-login = لاگ ان کریں
fr-words-as = آپ اس نام سے لاگ ان ہونے والے ہیں:
fr-words-continue = { $service } پر جاری رکھیں
fr-words-consent = میں متفق ہوں کہ FranceConnect مجھے لاگ ان کرنے کے لیے میرا ڈیٹا سروس کو بھیجے
fr-words-error = ایک خرابی پیش آ گئی
fr-words-code = خرابی Y010008
fr-words-what-to-do = کیا کریں؟
fr-words-back = { $service } پر واپس جائیں

## Step 1: language

language-title = اپنی زبان چنیں
language-body = یہ اسسٹنٹ آپ کی زبان بولتا ہے۔ یہ وہ فرانسیسی الفاظ بھی دکھاتا ہے جو آپ اصل سائٹ پر دیکھیں گے۔
language-note = FranceConnect کے لیے ایک مستقل فرانسیسی سوشل سیکیورٹی نمبر ضروری ہے۔ ہم یہ سمجھائیں گے۔
help-language = وہ زبان چنیں جو آپ سب سے اچھی طرح پڑھتے ہیں۔ آپ اسے کسی بھی وقت L کا بٹن دبا کر بدل سکتے ہیں۔ آپ کسی زبان کے نام کا شروع کا حصہ لکھ کر بھی اسے ڈھونڈ سکتے ہیں۔

## Step 2: welcome and prerequisite

welcome-title = FranceConnect کیا ہے؟
welcome-what = FranceConnect مفت ہے: ایک ہی اکاؤنٹ بہت سی سرکاری آن لائن سروسز کے لیے (ٹیکس، صحت، بے روزگاری…)۔
welcome-need = مستقل سوشل سیکیورٹی نمبر ضروری ہے: FranceConnect آپ کی شناخت قومی رجسٹر (RNIPP) میں چیک کرتا ہے۔
welcome-where = اس نمبر میں 15 ہندسے ہیں: یہ آپ کے carte Vitale اور ہیلتھ انشورنس کے سرٹیفکیٹ (attestation de droits) پر ہوتا ہے۔
welcome-without = ابھی نمبر نہیں، یا عارضی نمبر ہے (جو 7 یا 8 سے شروع ہوتا ہے)؟ FranceConnect ابھی کام نہیں کرے گا: اپنے CPAM سے پوچھیں۔ اس دوران ویب سائٹ کا اپنا اکاؤنٹ استعمال کریں۔
welcome-note = مستقل سوشل سیکیورٹی نمبر کے بغیر لاگ ان ناکام ہو جاتا ہے۔ عارضی نمبر (جو 7 یا 8 سے شروع ہوتا ہے) کافی نہیں ہے۔
help-welcome = “جاری رکھیں” آپ کو اکاؤنٹ کے انتخاب تک لے جاتا ہے۔ پہلے آپ اپنے نمبر کی شکل چیک کر سکتے ہیں: چیک صرف اسی کمپیوٹر پر ہوتا ہے، کچھ بھی بھیجا یا محفوظ نہیں کیا جاتا۔
choice-continue = جاری رکھیں
choice-check-nir = میرا سوشل سیکیورٹی نمبر چیک کریں
choice-check-again = کوئی اور نمبر چیک کریں
choice-back = واپس
choice-quit = بند کریں

## Number check

nir-title = میرا سوشل سیکیورٹی نمبر چیک کریں
nir-body = 15 ہندسے لکھیں، آخر کے 2 تصدیقی ہندسوں سمیت۔ نمبر اسی کمپیوٹر پر رہتا ہے: نہ بھیجا جاتا ہے، نہ محفوظ کیا جاتا ہے، اور چیک کے بعد مٹا دیا جاتا ہے۔
nir-input = سوشل سیکیورٹی نمبر (15 ہندسے)۔ صرف Enter: چھوڑ دیں۔
nir-show-digits = s پھر Enter: ہندسے دکھائیں
nir-read-back = آپ نے لکھا: { $number }
nir-permanent = یہ نمبر درست شکل میں ہے اور مستقل ہے۔ FranceConnect کام کر سکتا ہے۔
nir-permanent-abroad = یہ نمبر درست شکل میں ہے اور مستقل ہے (فرانس سے باہر پیدا ہونے والا شخص)۔ FranceConnect کام کر سکتا ہے۔
nir-temporary = یہ عارضی نمبر ہے: یہ 7 یا 8 سے شروع ہوتا ہے۔ FranceConnect اس نمبر کے ساتھ کام نہیں کرے گا۔ اپنے CPAM سے اپنا مستقل نمبر مانگیں۔
nir-wrong-key = 2 تصدیقی ہندسے (آخری 2) باقی نمبر سے میل نہیں کھاتے۔ اپنے carte Vitale پر ہر ہندسہ چیک کریں۔
nir-missing-key = 2 تصدیقی ہندسے غائب ہیں: آخری 2 ہندسے شامل کریں (یہ آپ کے carte Vitale پر پہلے 13 کے بعد ہیں)۔
nir-malformed = یہ سوشل سیکیورٹی نمبر کی شکل نہیں ہے۔ اس میں 15 حروف ہونے چاہئیں؛ پہلا 1 یا 2 ہوتا ہے (عارضی نمبر میں 7 یا 8)۔
nir-note = مستقل نمبر 1 یا 2 سے شروع ہوتا ہے۔ قومی رجسٹر یہی نمبر جانتا ہے۔
nir-note-temporary = عارضی نمبر کے ساتھ FranceConnect ایک صفحہ « Une erreur s’est produite » دکھائے گا، ساتھ « Erreur Y010008 »۔ یہ آپ کی غلطی نہیں ہے: آپ کو مستقل نمبر کا انتظار کرنا ہوگا۔
help-nir = یہ چیک صرف نمبر کی شکل اور اس کے 2 تصدیقی ہندسوں کو دیکھتا ہے۔ یہ نہیں بتاتا کہ رجسٹر آپ کو پہلے سے جانتا ہے یا نہیں۔

## Step 3: choose an identity provider

idp-title = ایک اکاؤنٹ چنیں
idp-body = ان میں سے کسی ایک سائٹ پر آپ کا پہلے سے اکاؤنٹ ہونا چاہیے۔ ایک چنیں۔
idp-after-not-me = آپ نے کہا کہ دکھائی گئی شناخت آپ کی نہیں تھی۔ اسے مٹا دیا گیا ہے۔ کوئی اور اکاؤنٹ چنیں، یا مدد مانگیں۔
idp-note = اہم بات: آپ کی شناخت قومی رجسٹر میں ہونی چاہیے۔ اس میں مستقل سوشل سیکیورٹی نمبر کے ذریعے اندراج ہوتا ہے۔
help-idp = وہ سائٹ چنیں جہاں آپ کا پہلے سے یوزر نیم اور پاس ورڈ ہے۔ اگر کوئی نہیں ہے، تو اکثر سب سے آسان ameli.fr (ہیلتھ انشورنس) یا impots.gouv.fr ہے۔ کیا آپ اس شخص کی مدد کرنے والے پیشہ ور کارکن ہیں؟ اس کا پاس ورڈ کبھی اس کی جگہ خود نہ لکھیں: وہ شخص خود لکھے۔ اس کی طرف سے کام کرنے کے لیے Aidants Connect موجود ہے۔
idp-impots-who = ہر وہ شخص جو فرانس میں اپنی آمدنی کا گوشوارہ جمع کرتا ہے۔ ٹیکس نمبر ضروری ہے۔
idp-ameli-who = ہر وہ شخص جو فرانسیسی ہیلتھ انشورنس میں شامل ہے۔ سوشل سیکیورٹی نمبر ضروری ہے۔
idp-laposte-who = بالغ افراد جن کے پاس فرانسیسی شناختی دستاویز یا رہائشی اجازت نامہ ہو۔ موبائل فون ضروری ہے۔
idp-msa-who = زرعی سماجی بیمہ (کاشتکاری کا شعبہ) میں بیمہ شدہ افراد۔
idp-france-identite-who = وہ افراد جن کے پاس نیا فرانسیسی شناختی کارڈ اور اس کے ساتھ چلنے والا فون ہو۔
idp-yris-who = بالغ افراد جن کے پاس شناختی دستاویز ہو۔ موبائل فون ضروری ہے۔
idp-trustme-who = بالغ افراد جن کے پاس شناختی دستاویز ہو۔ موبائل فون اور TrustMe ایپ ضروری ہیں۔

## Step 4: authenticate in the browser

auth-title = براؤزر میں لاگ ان کریں
auth-failed-title = لاگ ان نہیں ہو سکا
auth-starting = لاگ ان کی تیاری ہو رہی ہے…
auth-opened = براؤزر کھل گیا ہے۔ بعد میں یہاں واپس آئیں۔
auth-not-opened = براؤزر نہیں کھلا۔ یہ ایڈریس اس کمپیوٹر کے کسی براؤزر میں کھولیں:
auth-no-browser = یہ ایڈریس اس کمپیوٹر کے کسی براؤزر میں کھولیں:
auth-no-display = یہاں کوئی گرافیکل براؤزر نہیں ہے۔ یہ ایڈریس اس کمپیوٹر کے کسی براؤزر میں کھولیں، مثلاً کسی ٹیکسٹ براؤزر میں:
auth-ssh = آپ اس کمپیوٹر سے دور سے (SSH) جڑے ہوئے ہیں۔ دو طریقے ہیں: ایڈریس اسی کمپیوٹر کے کسی براؤزر میں کھولیں؛ یا اپنے کمپیوٹر پر نیچے والی کمانڈ لکھیں، پھر ایڈریس اپنے براؤزر میں کھولیں۔
auth-in-browser = براؤزر میں: { $idp } چنیں، اپنا یوزر نیم اور پاس ورڈ لکھیں، پھر « Se connecter »۔
auth-timed-out = طے شدہ وقت گزر گیا، لیکن آپ اب بھی براؤزر میں مکمل کر سکتے ہیں۔ اگر مزید وقت چاہیے تو “مزید وقت” چنیں۔
auth-checking = براؤزر واپس آ گیا۔ آپ کی شناخت چیک کی جا رہی ہے…
auth-note = FranceConnect آپ کی شناخت قومی رجسٹر میں تلاش کرے گا۔ عارضی نمبر کے ساتھ یہ نہیں ملے گی۔
auth-note-register = سب سے عام وجہ: ابھی مستقل سوشل سیکیورٹی نمبر نہیں ہے۔ آپ اپنا نمبر چیک کر سکتے ہیں: “میرا سوشل سیکیورٹی نمبر چیک کریں” چنیں۔
help-auth = براؤزر FranceConnect کے صفحات دکھاتا ہے۔ اگر کچھ نہ کھلے تو دکھایا گیا ایڈریس کاپی کریں۔ آپ جتنی بار ضرورت ہو مزید وقت مانگ سکتے ہیں۔
help-auth-failed = ہر انتخاب بتاتا ہے کہ وہ کیا کرتا ہے۔ “دوبارہ کوشش کریں” براؤزر دوبارہ کھولتا ہے۔ FranceConnect کے خرابی والے صفحے کو سمجھنے کے لیے اس کا کوڈ لکھیں۔ FranceConnect کو لکھنے کے لیے: اس کے خرابی والے صفحے پر « Contactez-nous » کا بٹن، یا aide.franceconnect.gouv.fr ویب سائٹ۔
choice-reopen = براؤزر دوبارہ کھولیں
choice-more-time = مزید وقت ({ $minutes ->
        [one] { $minutes } منٹ اور
       *[other] { $minutes } منٹ اور
    })
notice-more-time = ٹھیک ہے: { $minutes ->
        [one] { $minutes } منٹ اور۔
       *[other] { $minutes } منٹ اور۔
    }
notice-more-time-until = ٹھیک ہے: { $minutes ->
        [one] { $minutes } منٹ اور
       *[other] { $minutes } منٹ اور
    }، { $time } تک۔
notice-reopened = براؤزر لاگ ان کے صفحے پر دوبارہ کھل گیا۔
notice-not-reopened = براؤزر نہیں کھلا۔ ایڈریس خود کھولیں۔
choice-cancel = منسوخ کریں اور اکاؤنٹ کے انتخاب پر واپس جائیں
choice-retry = دوبارہ کوشش کریں
choice-other-idp = کوئی اور اکاؤنٹ چنیں
choice-read-code = FranceConnect کے خرابی والے صفحے کا کوڈ لکھیں
choice-code-again = کوئی اور کوڈ لکھیں
code-title = FranceConnect کے صفحے پر کیا لکھا تھا؟
code-body = اگر صفحے پر « Une erreur s’est produite » لکھا تھا، تو « Erreur » کے بعد لکھا ہوا کوڈ لکھیں (مثلاً Y010008)۔ اگر کوئی کوڈ نہیں تھا تو صرف Enter دبائیں۔
code-input = صفحے کا کوڈ (مثلاً Y010008)۔ صرف Enter: کوئی کوڈ نہیں۔
code-read = کوڈ { $code }:
code-note = یہ کوڈ FranceConnect کی سپورٹ ٹیم اور آپ کے CPAM کو سمجھنے میں مدد دیتا ہے کہ کیا ہوا۔ اسے لکھ کر رکھیں۔ FranceConnect کو لکھنے کے لیے: اس کے خرابی والے صفحے پر « Contactez-nous » کا بٹن، یا aide.franceconnect.gouv.fr ویب سائٹ۔
help-code = کوڈ FranceConnect کے خرابی والے صفحے پر، لفظ « Erreur » کے بعد ہوتا ہے۔ یہ Y سے شروع ہوتا ہے، اس کے بعد کم از کم 6 ہندسے یا حروف ہوتے ہیں (مثلاً Y010008 یا Y04EA6EF)۔ آپ جو کچھ لکھتے ہیں وہ کہیں نہیں بھیجا جاتا۔
code-y010008 = FranceConnect کو آپ کی شناخت قومی رجسٹر (RNIPP) میں نہیں ملی۔ یہ آپ کی غلطی نہیں ہے۔
code-y010008-next = سب سے عام وجہ: ابھی مستقل سوشل سیکیورٹی نمبر نہیں ہے (عارضی نمبر، جو 7 یا 8 سے شروع ہوتا ہے، یا فائل ابھی زیرِ کارروائی ہے)۔ اپنے CPAM سے اپنے مستقل نمبر کے بارے میں پوچھیں۔ اس دوران ویب سائٹ کا اپنا اکاؤنٹ استعمال کریں۔ اگر آپ کا نمبر پہلے سے مستقل ہے، تو اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
code-y010004 = قومی رجسٹر کو آپ کے اکاؤنٹ سے ملتی جلتی شناخت ملی، لیکن وہ کافی حد تک نہیں ملتی۔
code-y010004-next = آپ کی شناختی معلومات آپ کے اکاؤنٹ اور رجسٹر میں مختلف ہیں (خاندانی نام، پہلے نام، تاریخ یا جائے پیدائش)۔ انہیں درست کروانے کے لیے اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
code-y010006 = قومی رجسٹر کو آپ کے لیے کئی ممکنہ شناختیں ملیں۔
code-y010006-next = آپ کی معلومات درست کرنی ہوں گی۔ اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
code-y010007 = قومی رجسٹر نے آپ کو صرف آپ کے استعمالی نام سے پایا (مثلاً شادی کے بعد کا نام)۔
code-y010007-next = آپ کی معلومات درست کرنی ہوں گی۔ اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
code-register-technical = قومی رجسٹر جواب نہیں دے سکا: یہ تکنیکی مسئلہ ہے، آپ کی غلطی نہیں۔
code-register-technical-next = بعد میں دوبارہ کوشش کریں۔ اگر یہ جاری رہے، تو اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
code-y010015 = قومی رجسٹر اب اس شناخت کے ساتھ لاگ ان کی اجازت نہیں دیتا۔
code-y010015-next = اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں: ٹیم آپ کے ساتھ مل کر آپ کی صورتِ حال دیکھے گی۔
code-y030007 = سروس کی بھیجی گئی درخواست درست نہیں تھی۔ یہ آپ کی غلطی نہیں ہے۔
code-y030007-next = یہ سروس کی (یا اس اسسٹنٹ کی) سیٹنگ کا مسئلہ ہے۔ اس کوڈ کے ساتھ سروس کو اطلاع دیں۔
code-y190001 = سیشن ختم ہو گیا یا اب درست نہیں: لاگ ان میں بہت زیادہ وقت لگ گیا، یا صفحہ بہت دیر تک کھلا رہا۔
code-y190001-next = FranceConnect کا ٹیب بند کریں، پھر دوبارہ شروع کریں: دوبارہ کوشش کریں چنیں۔
code-unknown = میں یہ کوڈ نہیں جانتا۔
code-unknown-next = اسے صفحے پر چیک کریں (Y اور اس کے بعد کم از کم 6 ہندسے یا حروف)۔ اگر یہ درست ہے، تو اس کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
code-none = صفحے پر کوئی کوڈ نہیں تھا: شاید آپ لاگ ان کرنے سے پہلے واپس چلے گئے تھے۔
code-none-next = آپ دوبارہ کوشش کر سکتے ہیں، یا کوئی اور اکاؤنٹ چن سکتے ہیں۔

## Step 5: confirm

confirm-title = اپنی شناخت چیک کریں
confirm-body = چیک کریں کہ یہ شناخت آپ ہی کی ہے۔
confirm-given = پہلے نام: { $value }
confirm-family = پیدائشی خاندانی نام: { $value }
confirm-birthdate = تاریخ پیدائش: { $value }
months = جنوری, فروری, مارچ, اپریل, مئی, جون, جولائی, اگست, ستمبر, اکتوبر, نومبر, دسمبر
confirm-birthplace = جائے پیدائش: کمیون کوڈ { $code }
confirm-born-abroad = جائے پیدائش: فرانس سے باہر (ملک { $country })
confirm-continue = اصل سائٹ پر یہ آخری صفحہ آپ کے نام اور ایک نیلا بٹن دکھاتا ہے۔ پرانی گائیڈز اسے « Bienvenue » کہتی ہیں۔
confirm-consent = کچھ سروسز پہلے ایک خانے پر نشان لگانے کو کہتی ہیں۔
confirm-wrong = یہ آپ نہیں؟ “یہ میں نہیں ہوں” چنیں: شناخت مٹا دی جاتی ہے۔
confirm-note = یہ شناخت قومی رجسٹر سے آتی ہے، آپ کے مستقل سوشل سیکیورٹی نمبر کی بدولت۔
help-confirm = ہر سطر دیکھیں۔ اگر سب کچھ درست ہے تو تصدیق کریں۔ اس کمپیوٹر پر کچھ محفوظ نہیں کیا جاتا۔ کچھ غلط ہے؟ اس ادارے سے رابطہ کریں جس کا اکاؤنٹ آپ نے استعمال کیا۔ FranceConnect آپ کو ای میل صرف تب بھیجتا ہے جب کوئی لاگ ان غیر معمولی لگے۔
choice-confirm-yes = جی ہاں، یہ میں ہوں
choice-not-me = یہ میں نہیں ہوں

## Step 6: done

done-title = آپ FranceConnect کے ساتھ لاگ ان ہو گئے ہیں
done-title-logged-out = آپ FranceConnect سے لاگ آؤٹ ہو گئے ہیں
done-connected = لاگ ان کی تصدیق ہو گئی ہے۔
done-logged-out = آپ FranceConnect سے لاگ آؤٹ ہو گئے ہیں۔
done-services = FranceConnect قبول کرنے والی سروسز کی فہرست یہاں ہے:
done-help = مدد چاہیے؟ آپ کے قریب France Services کا دفتر آپ کی مدد کر سکتا ہے۔
done-note = اپنا مستقل سوشل سیکیورٹی نمبر سنبھال کر رکھیں: یہ ہر لاگ ان میں کام آتا ہے۔
help-done = “ختم کریں” اسسٹنٹ کو بند کر دیتا ہے۔ “FranceConnect سے لاگ آؤٹ کریں” براؤزر میں FranceConnect کا سیشن بھی بند کر دیتا ہے۔ مدد چاہیے؟ آپ کے قریب France Services کا دفتر آپ کی مدد کر سکتا ہے۔
choice-finish = ختم کریں
choice-logout = FranceConnect سے لاگ آؤٹ کریں
end-connected = اسسٹنٹ ختم: آپ لاگ ان ہو گئے ہیں۔
end-failed = اسسٹنٹ ختم: لاگ ان نہیں ہو سکا۔
end-cancelled = اسسٹنٹ ختم۔

## Errors

error-code = سپورٹ کو دینے کے لیے کوڈ: { $code }
error-check = ناکام جانچ: { $check }
error-config-client-id = اس فراہم کنندہ کے لیے کوئی client id مقرر نہیں ہے۔
error-config-client-id-next = اسے --client-id یا FCGUIDE_CLIENT_ID متغیر سے دیں، یا مشق والا فراہم کنندہ استعمال کریں۔
error-config-secret = سروس کا سیکرٹ (client secret) موجود نہیں ہے۔
error-config-secret-next = اسے FCGUIDE_CLIENT_SECRET متغیر میں یا کنفیگریشن فائل میں رکھیں (جسے صرف آپ پڑھ سکیں)۔
error-config-secret-file-open = سیکرٹ والی فائل ({ $file }) دوسرے لوگ پڑھ سکتے ہیں: میں اسے استعمال نہیں کروں گا۔
error-config-secret-file-open-next = اسے ایسا بنائیں کہ صرف آپ پڑھ سکیں: chmod 600 { $file }
error-config-secret-file = سیکرٹ والی فائل ({ $file }) پڑھی نہیں جا سکتی۔
error-config-secret-file-next = اس کا راستہ اور اجازتیں چیک کریں۔
error-config-redirect-uri = واپسی کا ایڈریس (--redirect-uri) درست نہیں ہے۔
error-config-redirect-uri-next = یہ http://localhost:PORT/path یا http://127.0.0.1:PORT/path جیسا ہونا چاہیے، بالکل ویسا جیسا درج کیا گیا ہے۔
error-config-redirect-required = FranceConnect کے لیے اس سروس کا درج شدہ واپسی کا ایڈریس ضروری ہے (--redirect-uri)۔
error-config-redirect-required-next = FranceConnect صرف بالکل وہی درج شدہ ایڈریس قبول کرتا ہے۔ اس کمپیوٹر پر ایک مقررہ پورٹ کے ساتھ ایک ایڈریس درج کروائیں، مثلاً http://localhost:8400/callback، پھر اسے --redirect-uri سے دیں۔
error-config-issuer = فراہم کنندہ کا ایڈریس درست نہیں ہے۔
error-config-issuer-next = مکمل https ایڈریس دیں، یا پہلے سے طے شدہ فراہم کنندگان میں سے ایک چنیں۔
error-unreachable = فراہم کنندہ جواب نہیں دے رہا۔
error-unreachable-next = انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔ انٹرنیٹ کے بغیر مشق والا فراہم کنندہ استعمال کریں۔
error-discovery = فراہم کنندہ نے ایسی کنفیگریشن دی جو پڑھی نہیں جا سکتی یا اس کی اپنی نہیں ہے۔
error-discovery-next = فراہم کنندہ کا ایڈریس چیک کریں۔ اگر یہ درست ہے تو بعد میں دوبارہ کوشش کریں۔
error-insecure = فراہم کنندہ کا ایڈریس انکرپٹڈ نہیں ہے (http)۔
error-insecure-next = https ایڈریس استعمال کریں۔ سادہ http کی اجازت صرف اسی کمپیوٹر (127.0.0.1) پر ہے۔
error-identity-not-found = FranceConnect کو آپ کی شناخت قومی رجسٹر میں نہیں ملی۔
error-identity-not-found-next = سب سے عام وجہ: عارضی سوشل سیکیورٹی نمبر، یا ابھی مستقل نمبر نہیں ہے۔ اپنے CPAM سے پوچھیں۔ اگر آپ کا نمبر مستقل ہے، تو نیچے دیے گئے کوڈ کے ساتھ FranceConnect سے رابطہ کریں۔
error-access-denied = لاگ ان نہیں ہو سکا: FranceConnect نے کوئی شناخت واپس نہیں بھیجی۔
error-access-denied-next = یہ تب ہوتا ہے جب آپ واپس چلے گئے ہوں، یا جب FranceConnect نے خرابی کا صفحہ دکھایا ہو (« Une erreur s’est produite »)۔ اگر صفحے پر « Erreur » کے بعد کوئی کوڈ تھا، تو وہ کوڈ لکھنے کا انتخاب کریں: میں اسے سمجھاؤں گا۔
error-invalid-idp-hint = یہ اکاؤنٹ اس سروس کے لیے یہاں سے نہیں چنا جا سکتا۔
error-invalid-idp-hint-next = کوئی اور اکاؤنٹ چنیں، یا دوبارہ کوشش کریں: پھر آپ براؤزر میں چنیں گے۔
error-invalid-request = فراہم کنندہ نے درخواست رد کر دی۔
error-invalid-request-next = یہ سروس کی سیٹنگ کا مسئلہ ہے، آپ کے اکاؤنٹ کا نہیں۔ بعد میں دوبارہ کوشش کریں یا اس کی اطلاع دیں۔
error-server-error = فراہم کنندہ کو تکنیکی مسئلہ پیش آیا۔
error-server-error-next = براؤزر کا ٹیب بند کریں اور دوبارہ کوشش کریں۔ اگر FranceConnect کے صفحے پر « Erreur » کے بعد کوئی کوڈ تھا، تو وہ کوڈ لکھنے کا انتخاب کریں: میں اسے سمجھاؤں گا۔
error-temporarily-unavailable = فراہم کنندہ اس وقت دستیاب نہیں ہے۔
error-temporarily-unavailable-next = چند منٹ بعد دوبارہ کوشش کریں۔ اگر FranceConnect کے صفحے پر « Erreur » کے بعد کوئی کوڈ تھا، تو وہ کوڈ لکھنے کا انتخاب کریں: میں اسے سمجھاؤں گا۔
error-refused = فراہم کنندہ نے لاگ ان رد کر دیا۔
error-refused-next = دوبارہ کوشش کریں، یا کوئی اور اکاؤنٹ چنیں۔
error-callback-issuer = جواب متوقع فراہم کنندہ کی طرف سے نہیں آیا۔ میں نے اسے رد کر دیا۔
error-callback-issuer-next = لاگ ان کے دوسرے ٹیب بند کریں اور دوبارہ کوشش کریں۔
error-callback-issuer-missing = جواب یہ نہیں بتاتا کہ وہ کس فراہم کنندہ کی طرف سے آیا ہے، حالانکہ یہ فراہم کنندہ ہمیشہ بتاتا ہے۔ میں نے اسے رد کر دیا۔
error-callback-issuer-missing-next = لاگ ان کے دوسرے ٹیب بند کریں اور دوبارہ کوشش کریں۔
error-missing-code = براؤزر کسی قابلِ استعمال جواب کے بغیر واپس آیا۔
error-missing-code-next = دوبارہ کوشش کریں۔
error-port-in-use = واپسی کا پورٹ { $port } اس کمپیوٹر پر پہلے سے استعمال میں ہے۔
error-port-in-use-next = جو پروگرام اسے استعمال کر رہا ہے اسے بند کریں، یا کوئی اور درج شدہ واپسی کا ایڈریس چنیں۔
error-listener = میں اس کمپیوٹر پر براؤزر کا انتظار نہیں کر سکا۔
error-listener-next = دوبارہ کوشش کریں۔ اگر یہ جاری رہے، تو کمپیوٹر دوبارہ شروع کریں۔
error-timeout = براؤزر وقت پر واپس نہیں آیا۔
error-timeout-next = دوبارہ کوشش کریں: نیا لاگ ان شروع ہوگا۔
error-token-endpoint = فراہم کنندہ نے لاگ ان کی تصدیق نہیں کی۔
error-token-endpoint-next = فوراً دوبارہ کوشش کریں: براؤزر کا جواب صرف چند سیکنڈ کے لیے درست رہتا ہے۔
error-id-token = فراہم کنندہ کا بھیجا ہوا شناخت کا ثبوت درست نہیں ہے۔ میں نے اسے رد کر دیا۔
error-id-token-next = کوئی شناخت نہیں دکھائی جاتی۔ دوبارہ کوشش کریں؛ اگر یہ جاری رہے، تو فراہم کنندہ کی اطلاع دینی ہوگی۔
error-userinfo = فراہم کنندہ کی بھیجی ہوئی شناختی معلومات درست نہیں ہیں۔ میں نے انہیں رد کر دیا۔
error-userinfo-next = کوئی شناخت نہیں دکھائی جاتی۔ دوبارہ کوشش کریں؛ اگر یہ جاری رہے، تو فراہم کنندہ کی اطلاع دینی ہوگی۔

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = ہو گیا۔ آپ یہ ٹیب بند کر کے ٹرمینل پر واپس جا سکتے ہیں۔
callback-failed = لاگ ان نہیں ہو سکا۔ ٹرمینل پر واپس جائیں: اسسٹنٹ بتاتا ہے کہ کیا کرنا ہے۔
callback-refused = یہ جواب جاری لاگ ان کا نہیں ہے۔ ٹرمینل پر واپس جائیں۔
logout-done = آپ لاگ آؤٹ ہو گئے ہیں۔ آپ یہ ٹیب بند کر کے ٹرمینل پر واپس جا سکتے ہیں۔

## Practice provider pages

practice-banner = مشق: یہ اصل FranceConnect نہیں ہے۔ حکومت کو کچھ نہیں بھیجا جاتا۔
practice-choose-doc-title = لاگ ان - اکاؤنٹ کا انتخاب
practice-connecting = { $service } پر لاگ ان جاری ہے
practice-choose-title = لاگ ان کرنے کے لیے ایک اکاؤنٹ چنیں:
practice-aidants = کیا آپ پیشہ ور مددگار ہیں؟ Aidants Connect استعمال کریں
practice-login-title = { $idp } پر لاگ ان
practice-account = مشق والا اکاؤنٹ
practice-username = یوزر نیم
practice-password = پاس ورڈ
practice-login-button = لاگ ان کریں
practice-wrong-password = یوزر نیم یا پاس ورڈ غلط ہے۔
practice-continue-doc-title = لاگ ان - سروس { $service } پر جاری رکھیں
practice-as = آپ اس نام سے لاگ ان ہونے والے ہیں:
practice-continue = { $service } پر جاری رکھیں
practice-consent = میں متفق ہوں کہ FranceConnect مجھے لاگ ان کرنے کے لیے میرا ڈیٹا سروس کو بھیجے
practice-consent-missing = ڈیٹا بھیجنے کی اجازت دینے کے لیے براہِ کرم خانے پر نشان لگائیں
practice-error-doc-title = لاگ ان کی خرابی
practice-back = { $service } پر واپس جائیں
practice-error-title = ایک خرابی پیش آ گئی
practice-error-code = خرابی { $code }
practice-error-body = ایک خرابی پیش آ گئی، براہِ کرم بعد میں دوبارہ کوشش کریں
practice-help-page = براہِ کرم FranceConnect کا مدد کا صفحہ دیکھیں۔
practice-what-to-do = کیا کریں؟
practice-contact = ہم سے رابطہ کریں
practice-logged-out = آپ FranceConnect سے لاگ آؤٹ ہو گئے ہیں۔
practice-not-found = صفحہ نہیں ملا
practice-account-typical = فرانس میں پیدا ہونے والا بالغ
practice-account-several = کئی پہلے نام
practice-account-abroad = بیرونِ ملک پیدا ہونے والا شخص
practice-account-temporary = عارضی سوشل سیکیورٹی نمبر: لاگ ان ناکام ہوگا

## Plain mode

plain-invalid = میں سمجھ نہیں سکا۔ 1 سے { $max } تک کوئی نمبر لکھیں، یا صرف Enter۔
input-hidden = آپ جو لکھتے ہیں وہ دکھائی نہیں دیتا۔
choice-default = پہلے سے طے شدہ

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
more-below = ↓ باقی نیچے ہے: Page Down کا بٹن۔
more-above = ↑ شروع اوپر ہے: Page Up کا بٹن۔
more-choices = ↕ مزید انتخاب نظر سے باہر ہیں: تیر والے بٹن۔

## Printable sheet

sheet-title = FranceConnect، قدم بہ قدم
sheet-intro = FranceConnect کے صفحات صرف فرانسیسی میں ہیں۔ یہاں ان کے بالکل وہی الفاظ ہیں، ترجمے کے ساتھ۔ اپنے پاس ورڈ یہاں کبھی نہ لکھیں۔
sheet-bring-title = ساتھ کیا لائیں
sheet-bring-card = آپ کا carte Vitale یا ہیلتھ انشورنس کا سرٹیفکیٹ (attestation de droits)۔
sheet-bring-account = ان میں سے کسی ایک سائٹ پر آپ کے اکاؤنٹ کا یوزر نیم اور پاس ورڈ:
sheet-bring-email = اپنے ای میل تک رسائی: آپ کے اکاؤنٹ کی سائٹ آپ کو وہاں لکھ سکتی ہے۔
sheet-steps-title = مراحل
sheet-step-start-title = سروس کی ویب سائٹ پر
sheet-step-start = یہ نیلا بٹن ڈھونڈیں اور اس پر کلک کریں:
sheet-step-login = چنے ہوئے اکاؤنٹ کے صفحے پر اپنا یوزر نیم اور پاس ورڈ خود لکھیں، پھر اس پر کلک کریں:
sheet-codes-title = اگر FranceConnect کوئی خرابی دکھائے
sheet-codes-intro = « Erreur » کے بعد لکھا ہوا کوڈ لکھ لیں اور مدد مانگتے وقت دیں۔ اس کا مطلب:
sheet-help-title = مدد کہاں سے ملے
sheet-help-cpam = آپ کا ہیلتھ انشورنس دفتر (CPAM): اگر آپ کا نمبر 7 یا 8 سے شروع ہوتا ہے، یا آپ کی فائل ابھی زیرِ کارروائی ہے۔
sheet-help-contact = FranceConnect: اس کے خرابی والے صفحے پر « Contactez-nous » (ہم سے رابطہ کریں) کا لنک۔ خرابی کا کوڈ دیں۔
sheet-helper-title = مدد کرنے والے کے لیے
sheet-helper-password = اس شخص کا پاس ورڈ کبھی نہ لکھیں، مدد کے لیے بھی نہیں: وہ خود لکھے۔
sheet-helper-aidants = اس کی طرف سے کام کرنے کے لیے، ایک تربیت یافتہ پیشہ ور Aidants Connect استعمال کرتا ہے، اس شخص کے دستخط شدہ اختیار نامے کے ساتھ:
sheet-words-aidants = کیا آپ پیشہ ور مددگار ہیں؟ Aidants Connect استعمال کریں
