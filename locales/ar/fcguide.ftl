# Arabic (Modern Standard). Glossary: locales/ar/glossary.txt.
language-name = العربية
language-name-en = Arabic
language-direction = rtl
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = لم يراجعها بعد متحدث أصلي
language-no-voice = لا صوت للقراءة بصوت عالٍ

## Around every step

progress = الخطوة { $step } من { $total }
practice-mark = تدريب: مزوّد تجريبي، وليس FranceConnect الحقيقي
note-label = مهم:
help-label = مساعدة:
french-label = بالفرنسية:
keys-tui = الأسهم أو رقم: اختيار · Enter: تأكيد · Esc: رجوع · ?: مساعدة · L: اللغة · B: لغتان · F: تبديل · Q: مغادرة
keys-input = Enter: تأكيد · Esc: رجوع · F1: مساعدة
keys-input-nir = Enter: تحقق · Esc: رجوع · F1: مساعدة · F2: إظهار الأرقام أو إخفاؤها
keys-plain = اكتب رقمًا، ثم Enter. Enter وحده: الاختيار المقترح. صفر: رجوع. h: مساعدة. l: اللغة. q: مغادرة.
keys-short = ?: مساعدة · Q: مغادرة
prompt = الاختيار
prompt-default = Enter وحده: { $choice }
still-waiting = ما زلت أنتظر عودة المتصفح. يمكنك المتابعة في المتصفح، أو كتابة اختيار.
too-small = النافذة صغيرة جدًا. كبّرها، أو شغّل fcguide --plain.
connected-mark = [FranceConnect ✓] متصل
help-keys = المفاتيح: Enter يأخذ الاختيار المقترح. Esc أو Backspace أو صفر للرجوع. L يغيّر اللغة دون أن تفقد تقدّمك. B يعرض لغة ثانية تحت كل نص، وF يبدّل اللغتين. V يقرأ الخطوات بصوت عالٍ أو يوقف الصوت. في وضع سطرًا بسطر: h للمساعدة، وb وf وv مثل هذه المفاتيح.
help-practice = تدريب: المزوّد هنا تجريبي على هذا الحاسوب، وليس FranceConnect الحقيقي. لا يُرسل شيء إلى الدولة.
speech-on = القراءة بصوت عالٍ: مفعّلة.
speech-off = القراءة بصوت عالٍ: متوقفة.
speech-unavailable = لا يوجد برنامج مثبّت للقراءة بصوت عالٍ (spd-say أو espeak-ng): يتابع المساعد دون صوت.

## Words of the real site

fr-words-button = تسجيل الدخول عبر FranceConnect
fr-words-choose = اختر حسابًا لتسجيل الدخول:
fr-words-login = تسجيل الدخول
fr-words-as = ستسجّل الدخول بصفتك:
fr-words-continue = المتابعة إلى { $service }
fr-words-consent = أوافق على أن يرسل FranceConnect بياناتي إلى الخدمة لتسجيل دخولي
fr-words-error = حدث خطأ
fr-words-code = خطأ Y010008
fr-words-what-to-do = ماذا أفعل؟
fr-words-back = العودة إلى { $service }

## Step 1: language

language-title = اختر لغتك
language-body = يتحدث المساعد بلغتك. ويعرض أيضًا الكلمات الفرنسية التي ستراها على الموقع الحقيقي.
language-note = يحتاج FranceConnect إلى رقم ضمان اجتماعي فرنسي دائم. سنشرح ذلك.
help-language = اختر اللغة التي تقرؤها بشكل أفضل. يمكنك تغييرها في أي وقت بالمفتاح L. يمكنك أيضًا كتابة بداية اسم اللغة للعثور عليها.

## Step 2: welcome and prerequisite

welcome-title = ما هو FranceConnect؟
welcome-what = FranceConnect مجاني: حساب واحد لخدمات عامة كثيرة عبر الإنترنت (الضرائب، الصحة، البطالة…).
welcome-need = تحتاج إلى رقم ضمان اجتماعي دائم: يتحقق FranceConnect من هويتك في السجل الوطني (RNIPP).
welcome-where = هذا الرقم من 15 خانة: تجده على بطاقتك Vitale وعلى شهادة الحقوق (attestation de droits).
welcome-without = لا رقم بعد، أو رقم مؤقت (يبدأ بـ 7 أو 8)؟ لن يعمل FranceConnect الآن: اسأل CPAM. وفي الانتظار، استخدم حساب الموقع.
welcome-note = بدون رقم ضمان اجتماعي دائم، يفشل الاتصال. الرقم المؤقت (الذي يبدأ بـ 7 أو 8) لا يكفي.
help-welcome = “متابعة” تنقلك إلى اختيار الحساب. يمكنك أولًا التحقق من شكل رقمك: يجري التحقق على هذا الحاسوب فقط، ولا يُرسل شيء ولا يُحفظ.
choice-continue = متابعة
choice-check-nir = التحقق من رقم الضمان الاجتماعي
choice-check-again = التحقق من رقم آخر
choice-back = رجوع
choice-quit = مغادرة المساعد

## Number check

nir-title = التحقق من رقم الضمان الاجتماعي
nir-body = اكتب الخانات الـ 15، ومعها خانتا التحقق في آخر الرقم. يبقى الرقم على هذا الحاسوب: لا يُرسل ولا يُحفظ، ويُمحى بعد التحقق.
nir-input = رقم الضمان الاجتماعي (15 خانة). Enter وحده: تخطٍّ.
nir-show-digits = s ثم Enter: إظهار الأرقام
nir-read-back = كتبت: { $number }
nir-permanent = هذا الرقم صحيح الشكل ودائم. يمكن أن يعمل FranceConnect.
nir-permanent-abroad = هذا الرقم صحيح الشكل ودائم (شخص مولود خارج فرنسا). يمكن أن يعمل FranceConnect.
nir-temporary = هذا رقم مؤقت: يبدأ بـ 7 أو 8. لن يعمل FranceConnect بهذا الرقم. اطلب رقمك الدائم من CPAM.
nir-wrong-key = خانتا التحقق (آخر خانتين) لا تطابقان باقي الرقم. تحقّق من كل خانة على بطاقتك Vitale.
nir-missing-key = خانتا التحقق ناقصتان: أضف آخر خانتين (تجدهما على بطاقتك Vitale، بعد الخانات الـ 13 الأولى).
nir-malformed = هذا ليس شكل رقم ضمان اجتماعي. يجب أن يكون 15 خانة؛ الأولى 1 أو 2 (أو 7 أو 8 للرقم المؤقت).
nir-note = الرقم الدائم يبدأ بـ 1 أو 2. هو الرقم الذي يعرفه السجل الوطني.
nir-note-temporary = مع رقم مؤقت، سيعرض FranceConnect صفحة « Une erreur s’est produite » مع « Erreur Y010008 ». ليس هذا خطأك: عليك انتظار الرقم الدائم.
help-nir = هذا الفحص ينظر فقط إلى شكل الرقم وإلى خانتي التحقق. ولا يقول إن كان السجل يعرفك بالفعل.

## Step 3: choose an identity provider

idp-title = اختر حسابًا
idp-body = يجب أن يكون لديك حساب على أحد هذه المواقع. اختر واحدًا.
idp-after-not-me = قلت إن الهوية المعروضة ليست هويتك. تم حذفها. اختر حسابًا آخر، أو اطلب المساعدة.
idp-note = المهم: يجب أن تكون هويتك في السجل الوطني. تدخل إليه برقم ضمان اجتماعي دائم.
help-idp = اختر الموقع الذي لديك فيه اسم مستخدم وكلمة مرور. إن لم يكن لديك أي حساب، فالأسهل غالبًا ameli.fr (التأمين الصحي) أو impots.gouv.fr. هل أنت مهني تساعد هذا الشخص؟ لا تكتب كلمة مروره بدلًا منه أبدًا: هو من يكتبها بنفسه. للتصرف باسمه، توجد خدمة Aidants Connect.
idp-impots-who = كل من يصرّح بدخله في فرنسا. تحتاج إلى الرقم الضريبي.
idp-ameli-who = كل من لديه تأمين صحي في فرنسا. تحتاج إلى رقم الضمان الاجتماعي.
idp-laposte-who = البالغون الذين لديهم وثيقة هوية فرنسية أو بطاقة إقامة. تحتاج إلى هاتف محمول.
idp-msa-who = المؤمَّن عليهم لدى صندوق الضمان الاجتماعي الزراعي (MSA).
idp-france-identite-who = من لديهم بطاقة الهوية الفرنسية الجديدة وهاتف متوافق.
idp-yris-who = البالغون الذين لديهم وثيقة هوية. تحتاج إلى هاتف محمول.
idp-trustme-who = البالغون الذين لديهم وثيقة هوية. تحتاج إلى هاتف محمول وتطبيق TrustMe.

## Step 4: authenticate in the browser

auth-title = تسجيل الدخول في المتصفح
auth-failed-title = لم ينجح الاتصال
auth-starting = أجهّز الاتصال…
auth-opened = فُتح المتصفح. عد إلى هنا بعد ذلك.
auth-not-opened = لم يُفتح المتصفح. افتح هذا العنوان في متصفح على هذا الحاسوب:
auth-no-browser = افتح هذا العنوان في متصفح على هذا الحاسوب:
auth-no-display = لا يوجد متصفح رسومي هنا. افتح هذا العنوان في متصفح على هذا الحاسوب، مثلًا متصفح نصي:
auth-ssh = أنت متصل بهذا الحاسوب عن بُعد (SSH). هناك طريقتان: افتح العنوان في متصفح على هذا الحاسوب؛ أو على حاسوبك أنت، اكتب الأمر أدناه، ثم افتح العنوان في متصفحك.
auth-in-browser = في المتصفح: اختر { $idp }، واكتب اسم المستخدم وكلمة المرور، ثم « Se connecter ».
auth-timed-out = انتهى الوقت المحدد، لكن ما زال يمكنك الإنهاء في المتصفح. إن احتجت إلى وقت أكثر، اختر “وقت إضافي”.
auth-checking = عاد المتصفح. أتحقق من هويتك…
auth-note = سيبحث FranceConnect عن هويتك في السجل الوطني. مع رقم مؤقت لن يجدها.
auth-note-register = السبب الأكثر شيوعًا: لا يوجد بعد رقم ضمان اجتماعي دائم. يمكنك التحقق من رقمك: اختر “التحقق من رقم الضمان الاجتماعي”.
help-auth = يعرض المتصفح صفحات FranceConnect. إن لم يُفتح شيء، انسخ العنوان المعروض. يمكنك طلب وقت إضافي كلما احتجت.
help-auth-failed = كل اختيار يقول ما يفعله. “المحاولة مرة أخرى” يفتح المتصفح من جديد. لفهم صفحة خطأ في FranceConnect، اكتب رمزها. للكتابة إلى FranceConnect: زر « Contactez-nous » في صفحة الخطأ، أو الموقع aide.franceconnect.gouv.fr.
choice-reopen = فتح المتصفح من جديد
choice-more-time = وقت إضافي ({ $minutes ->
        [zero] لا دقائق
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة إضافية
    })
notice-more-time = حسنًا: { $minutes ->
        [zero] لا دقائق إضافية.
        [one] دقيقة إضافية واحدة.
        [two] دقيقتان إضافيتان.
        [few] { $minutes } دقائق إضافية.
        [many] { $minutes } دقيقة إضافية.
       *[other] { $minutes } دقيقة إضافية.
    }
notice-more-time-until = حسنًا: { $minutes ->
        [zero] لا دقائق إضافية
        [one] دقيقة إضافية واحدة
        [two] دقيقتان إضافيتان
        [few] { $minutes } دقائق إضافية
        [many] { $minutes } دقيقة إضافية
       *[other] { $minutes } دقيقة إضافية
    }، حتى { $time }.
notice-reopened = فُتح المتصفح من جديد على صفحة تسجيل الدخول.
notice-not-reopened = لم يُفتح المتصفح. افتح العنوان بنفسك.
choice-cancel = إلغاء والرجوع إلى اختيار الحساب
choice-retry = المحاولة مرة أخرى
choice-other-idp = اختيار حساب آخر
choice-read-code = كتابة الرمز المكتوب في صفحة الخطأ في FranceConnect
choice-code-again = كتابة رمز آخر
code-title = ماذا كانت تقول صفحة FranceConnect؟
code-body = إن كانت الصفحة تقول « Une erreur s’est produite »، فاكتب الرمز المكتوب بعد « Erreur » (مثلًا Y010008). إن لم يكن هناك رمز، اضغط Enter وحده.
code-input = رمز الصفحة (مثلًا Y010008). Enter وحده: لا يوجد رمز.
code-read = الرمز { $code }:
code-note = يساعد هذا الرمز فريق دعم FranceConnect وصندوق CPAM الخاص بك على فهم ما حدث. اكتبه واحتفظ به. للكتابة إلى FranceConnect: زر « Contactez-nous » في صفحة الخطأ، أو الموقع aide.franceconnect.gouv.fr.
help-code = الرمز موجود في صفحة الخطأ في FranceConnect، بعد كلمة « Erreur ». يبدأ بالحرف Y وبعده 6 أرقام أو حروف على الأقل (مثل Y010008 أو Y04EA6EF). لا يُرسل أي شيء مما تكتبه.
code-y010008 = لم يجد FranceConnect هويتك في السجل الوطني (RNIPP). ليس هذا خطأك.
code-y010008-next = السبب الأكثر شيوعًا: لا يوجد بعد رقم ضمان اجتماعي دائم (رقم مؤقت يبدأ بـ 7 أو 8، أو ملف ما زال قيد المعالجة). اسأل CPAM عن رقمك الدائم. وفي الانتظار، استخدم حساب الموقع نفسه. إن كان رقمك دائمًا بالفعل، اتصل بـ FranceConnect مع هذا الرمز.
code-y010004 = وجد السجل الوطني هوية قريبة من هوية حسابك، لكنها ليست قريبة بما يكفي.
code-y010004-next = بيانات هويتك مختلفة بين حسابك والسجل (الاسم، الأسماء الشخصية، تاريخ الولادة أو مكانها). اتصل بـ FranceConnect مع هذا الرمز لتصحيحها.
code-y010006 = وجد السجل الوطني عدة هويات ممكنة لك.
code-y010006-next = يجب تصحيح بياناتك. اتصل بـ FranceConnect مع هذا الرمز.
code-y010007 = وجدك السجل الوطني فقط بالاسم الذي تستعمله (مثلًا اسم عائلة الزوج أو الزوجة).
code-y010007-next = يجب تصحيح بياناتك. اتصل بـ FranceConnect مع هذا الرمز.
code-register-technical = لم يستطع السجل الوطني الإجابة: هذه مشكلة تقنية، وليست خطأك.
code-register-technical-next = حاول مرة أخرى لاحقًا. إن تكرر ذلك، اتصل بـ FranceConnect مع هذا الرمز.
code-y010015 = لم يعد السجل الوطني يسمح بالاتصال بهذه الهوية.
code-y010015-next = اتصل بـ FranceConnect مع هذا الرمز: سيدرس الفريق وضعك معك.
code-y030007 = الطلب الذي أرسلته الخدمة لم يكن صحيحًا. ليس هذا خطأك.
code-y030007-next = هذه مشكلة في إعدادات الخدمة (أو في هذا المساعد). أبلغ الخدمة عنها مع هذا الرمز.
code-y190001 = انتهت الجلسة أو لم تعد صالحة: استغرق الاتصال وقتًا طويلًا جدًا، أو بقيت الصفحة مفتوحة مدة طويلة.
code-y190001-next = أغلق علامة تبويب FranceConnect، ثم ابدأ من جديد: اختر المحاولة مرة أخرى.
code-unknown = لا أعرف هذا الرمز.
code-unknown-next = تحقّق منه في الصفحة (Y وبعده 6 أرقام أو حروف على الأقل). إن كان صحيحًا، اتصل بـ FranceConnect مع هذا الرمز.
code-none = لم تعرض الصفحة أي رمز: ربما رجعت إلى الوراء قبل تسجيل الدخول.
code-none-next = يمكنك المحاولة مرة أخرى، أو اختيار حساب آخر.

## Step 5: confirm

confirm-title = تحقّق من هويتك
confirm-body = تأكد أن هذه الهوية هويتك.
confirm-given = الأسماء الشخصية: { $value }
confirm-family = اسم العائلة عند الولادة: { $value }
confirm-birthdate = تاريخ الميلاد: { $value }
months = يناير, فبراير, مارس, أبريل, مايو, يونيو, يوليو, أغسطس, سبتمبر, أكتوبر, نوفمبر, ديسمبر
confirm-birthplace = مكان الولادة: رمز البلدية { $code }
confirm-born-abroad = مكان الولادة: خارج فرنسا (البلد { $country })
confirm-continue = على الموقع الحقيقي، تعرض هذه الصفحة الأخيرة أسماءك وزرًا أزرق. الأدلة القديمة تسميها « Bienvenue ».
confirm-consent = بعض الخدمات تطلب أولًا وضع علامة في مربع.
confirm-wrong = ليست هويتك؟ اختر “هذا ليس أنا”: تُحذف الهوية.
confirm-note = تأتي هذه الهوية من السجل الوطني، بفضل رقم الضمان الاجتماعي الدائم الخاص بك.
help-confirm = انظر إلى كل سطر. إن كان كل شيء صحيحًا، أكّد. لا يُحفظ شيء على هذا الحاسوب. هناك معلومة خاطئة؟ اتصل بالجهة صاحبة الحساب الذي استخدمته. لا يرسل لك FranceConnect رسالة بالبريد الإلكتروني إلا إذا بدا الاتصال غير عادي.
choice-confirm-yes = نعم، هذا أنا
choice-not-me = هذا ليس أنا

## Step 6: done

done-title = أنت متصل عبر FranceConnect
done-title-logged-out = تم تسجيل خروجك من FranceConnect
done-connected = تم تأكيد الاتصال.
done-logged-out = تم تسجيل خروجك من FranceConnect.
done-services = الخدمات التي تقبل FranceConnect موجودة هنا:
done-help = تحتاج مساعدة؟ يمكن لمكتب France Services القريب منك أن يساعدك.
done-note = احتفظ برقم الضمان الاجتماعي الدائم: تحتاجه في كل اتصال.
help-done = “إنهاء” يغلق المساعد. “تسجيل الخروج من FranceConnect” يغلق أيضًا جلسة FranceConnect في المتصفح. تحتاج مساعدة؟ يمكن لمكتب France Services القريب منك أن يساعدك.
choice-finish = إنهاء
choice-logout = تسجيل الخروج من FranceConnect
end-connected = انتهى المساعد: أنت متصل.
end-failed = انتهى المساعد: لم ينجح الاتصال.
end-cancelled = انتهى المساعد.

## Errors

error-code = الرمز الذي تعطيه للدعم: { $code }
error-check = الفحص الذي فشل: { $check }
error-config-client-id = لم يُحدَّد معرّف الخدمة (client id) لهذا المزوّد.
error-config-client-id-next = أعطه عبر --client-id أو المتغير FCGUIDE_CLIENT_ID، أو استخدم مزوّد التدريب.
error-config-secret = السر الخاص بالخدمة غير موجود.
error-config-secret-next = ضعه في المتغير FCGUIDE_CLIENT_SECRET أو في ملف الإعدادات (يقرؤه أنت فقط).
error-config-secret-file-open = يمكن لأشخاص آخرين قراءة ملف السر ({ $file }): أرفض استخدامه.
error-config-secret-file-open-next = اجعله مقروءًا لك وحدك: chmod 600 { $file }
error-config-secret-file = لا يمكن قراءة ملف السر ({ $file }).
error-config-secret-file-next = تحقّق من مساره ومن صلاحياته.
error-config-redirect-uri = عنوان العودة (--redirect-uri) غير صالح.
error-config-redirect-uri-next = يجب أن يكون بالشكل http://localhost:PORT/path أو http://127.0.0.1:PORT/path، تمامًا كما سُجّل.
error-config-redirect-required = يحتاج FranceConnect إلى عنوان العودة المسجّل لهذه الخدمة (--redirect-uri).
error-config-redirect-required-next = لا يقبل FranceConnect إلا العنوان المسجّل تمامًا. سجّل عنوانًا على هذا الحاسوب بمنفذ ثابت، مثلًا http://localhost:8400/callback، ثم أعطه عبر --redirect-uri.
error-config-issuer = عنوان المزوّد غير صالح.
error-config-issuer-next = أعطِ عنوان https كاملًا، أو اختر مزوّدًا جاهزًا.
error-unreachable = المزوّد لا يجيب.
error-unreachable-next = تحقّق من الاتصال بالإنترنت، ثم حاول مرة أخرى. بدون إنترنت، استخدم مزوّد التدريب.
error-discovery = أعطى المزوّد إعدادات لا يمكن قراءتها أو ليست له.
error-discovery-next = تحقّق من عنوان المزوّد. إن كان صحيحًا، حاول لاحقًا.
error-insecure = عنوان المزوّد غير مشفّر (http).
error-insecure-next = استخدم عنوان https. يُسمح بـ http فقط على هذا الحاسوب (127.0.0.1).
error-identity-not-found = لم يجد FranceConnect هويتك في السجل الوطني.
error-identity-not-found-next = السبب الأكثر شيوعًا: رقم ضمان اجتماعي مؤقت، أو لا يوجد رقم دائم بعد. اسأل CPAM. إن كان رقمك دائمًا، اتصل بـ FranceConnect مع الرمز أدناه.
error-access-denied = لم ينجح الاتصال: لم يُرسل FranceConnect أي هوية.
error-access-denied-next = يحدث هذا عندما ترجع إلى الوراء، أو عندما يعرض FranceConnect صفحة خطأ (« Une erreur s’est produite »). إن عرضت الصفحة « Erreur » وبعدها رمز، اختر كتابة هذا الرمز: سأشرحه لك.
error-invalid-idp-hint = لا يمكن اختيار هذا الحساب من هنا لهذه الخدمة.
error-invalid-idp-hint-next = اختر حسابًا آخر، أو حاول مرة أخرى: سيكون الاختيار عندها في المتصفح.
error-invalid-request = رفض المزوّد الطلب.
error-invalid-request-next = هذه مشكلة في إعدادات الخدمة، لا في حسابك. حاول لاحقًا أو أبلغ عنها.
error-server-error = حدثت مشكلة تقنية لدى المزوّد.
error-server-error-next = أغلق علامة التبويب في المتصفح وحاول مرة أخرى. إن عرضت صفحة FranceConnect « Erreur » وبعدها رمز، اختر كتابة هذا الرمز: سأشرحه لك.
error-temporarily-unavailable = المزوّد غير متاح مؤقتًا.
error-temporarily-unavailable-next = حاول مرة أخرى بعد بضع دقائق. إن عرضت صفحة FranceConnect « Erreur » وبعدها رمز، اختر كتابة هذا الرمز: سأشرحه لك.
error-refused = رفض المزوّد الاتصال.
error-refused-next = حاول مرة أخرى، أو اختر حسابًا آخر.
error-callback-issuer = الجواب لا يأتي من المزوّد المنتظر. رفضته.
error-callback-issuer-next = أغلق علامات تبويب تسجيل الدخول الأخرى وحاول مرة أخرى.
error-callback-issuer-missing = الجواب لا يقول من أي مزوّد جاء، مع أن هذا المزوّد يقول ذلك دائمًا. رفضته.
error-callback-issuer-missing-next = أغلق علامات تبويب تسجيل الدخول الأخرى وحاول مرة أخرى.
error-missing-code = عاد المتصفح دون جواب صالح.
error-missing-code-next = حاول مرة أخرى.
error-port-in-use = منفذ العودة { $port } مشغول على هذا الحاسوب.
error-port-in-use-next = أغلق البرنامج الذي يستخدمه، أو اختر عنوان عودة آخر مسجّلًا.
error-listener = لم أتمكن من انتظار المتصفح على هذا الحاسوب.
error-listener-next = حاول مرة أخرى. إن تكرر ذلك، أعد تشغيل الحاسوب.
error-timeout = لم يعد المتصفح في الوقت المحدد.
error-timeout-next = حاول مرة أخرى: سيبدأ اتصال جديد.
error-token-endpoint = لم يؤكد المزوّد الاتصال.
error-token-endpoint-next = حاول مرة أخرى فورًا: جواب المتصفح صالح لبضع ثوانٍ فقط.
error-id-token = إثبات الهوية الذي أرسله المزوّد غير صالح. رفضته.
error-id-token-next = لا تُعرض أي هوية. حاول مرة أخرى؛ إن تكرر ذلك، يجب الإبلاغ عن المزوّد.
error-userinfo = معلومات الهوية التي أرسلها المزوّد غير صالحة. رفضتها.
error-userinfo-next = لا تُعرض أي هوية. حاول مرة أخرى؛ إن تكرر ذلك، يجب الإبلاغ عن المزوّد.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = تم. يمكنك إغلاق علامة التبويب هذه والعودة إلى الطرفية.
callback-failed = لم ينجح الاتصال. عد إلى الطرفية: يشرح لك المساعد ما يجب فعله.
callback-refused = هذا الجواب لا يخص الاتصال الجاري. عد إلى الطرفية.
logout-done = تم تسجيل خروجك. يمكنك إغلاق علامة التبويب هذه والعودة إلى الطرفية.

## Practice provider pages

practice-banner = تدريب: هذا ليس FranceConnect الحقيقي. لا يُرسل شيء إلى الدولة.
practice-choose-doc-title = تسجيل الدخول - اختيار الحساب
practice-connecting = جارٍ تسجيل الدخول إلى { $service }
practice-choose-title = اختر حسابًا لتسجيل الدخول:
practice-aidants = هل أنت مساعد محترف؟ استخدم Aidants Connect
practice-login-title = تسجيل الدخول إلى { $idp }
practice-account = حساب تدريب
practice-username = اسم المستخدم
practice-password = كلمة المرور
practice-login-button = تسجيل الدخول
practice-wrong-password = اسم المستخدم أو كلمة المرور غير صحيح.
practice-continue-doc-title = تسجيل الدخول - المتابعة إلى الخدمة { $service }
practice-as = ستسجّل الدخول بصفتك:
practice-continue = المتابعة إلى { $service }
practice-consent = أوافق على أن يرسل FranceConnect بياناتي إلى الخدمة لتسجيل دخولي
practice-consent-missing = يُرجى وضع علامة في المربع للموافقة على نقل البيانات
practice-error-doc-title = خطأ في تسجيل الدخول
practice-back = العودة إلى { $service }
practice-error-title = حدث خطأ
practice-error-code = خطأ { $code }
practice-error-body = حدث خطأ، يُرجى المحاولة مرة أخرى لاحقًا
practice-help-page = يُرجى الاطلاع على صفحة المساعدة في FranceConnect.
practice-what-to-do = ماذا أفعل؟
practice-contact = اتصل بنا
practice-logged-out = تم تسجيل خروجك من FranceConnect.
practice-not-found = الصفحة غير موجودة
practice-account-typical = شخص بالغ مولود في فرنسا
practice-account-several = عدة أسماء شخصية
practice-account-abroad = شخص مولود خارج فرنسا
practice-account-temporary = رقم ضمان اجتماعي مؤقت: سيفشل الاتصال

## Plain mode

plain-invalid = لم أفهم. اكتب رقمًا من 1 إلى { $max }، أو Enter وحده.
input-hidden = ما تكتبه لا يظهر.
choice-default = افتراضي

## Command line

cli-see-help = انظر: fcguide --help
cli-missing-value = قيمة ناقصة بعد { $word }.
cli-unknown-option = خيار غير معروف: { $word }
cli-bad-port = منفذ غير صالح: { $word }
cli-bad-wait = مدة غير صالحة (بالدقائق، من 1 إلى 1440): { $word }
cli-not-text = أحد المعطيات ليس نصًا مقروءًا: { $word }
cli-switch-value = هذا الخيار لا يأخذ قيمة: { $word }
cli-bad-rules = --rules يقبل “franceconnect” (قواعد المنصة) أو “oidc” (OpenID Connect القياسي): { $word }
cli-no-secret-option = لا يُعطى السر أبدًا في سطر الأوامر ({ $word }): يمكن لمستخدمين آخرين قراءته. استخدم المتغير FCGUIDE_CLIENT_SECRET أو الملف ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = مزوّد غير معروف: { $word }. اختر practice أو franceconnect-sandbox أو franceconnect-integration أو franceconnect، أو أعطِ --issuer.
cli-provider-and-issuer = اختر --provider أو --issuer، لا الاثنين معًا ({ $word }).
cli-unknown-language = اللغة غير متوفرة: { $word }. انظر: fcguide --list-languages
cli-practice-port = المنفذ { $word } مشغول. اختر منفذًا آخر عبر --port، أو لا تستخدم --port.
cli-practice-started = بدأ مزوّد التدريب (على هذا الحاسوب فقط). Ctrl-C يوقفه.
cli-bad-bidi = --bidi يقبل “program” (المساعد يرتّب النص من اليمين إلى اليسار) أو “terminal” (الطرفية تفعل ذلك): { $word }
cli-bad-format = --format يقبل “html” (صفحة للطباعة) أو “text” (نص بسيط): { $word }
cli-help =
    fcguide: الاتصال عبر FranceConnect، خطوة بخطوة، بلغتك.

    الاستخدام:
      fcguide [خيارات]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    الخيارات:
      --plain               وضع سطرًا بسطر (قارئات الشاشة، الطرفيات البسيطة)
      --lang LANGUAGE       اللغة (fr، uk، en، ar…)؛ انظر --list-languages
      --provider NAME       practice (افتراضي)، franceconnect-sandbox،
                            franceconnect-integration، franceconnect
      --issuer URL          مزوّد OpenID Connect آخر
      --client-id ID        معرّف الخدمة (أو FCGUIDE_CLIENT_ID)
      --redirect-uri URL    عنوان العودة المسجّل (http://localhost:PORT/path)،
                            إلزامي مع FranceConnect
      --rules NAME          franceconnect (قواعد المنصة، افتراضي في بيئاتها)
                            أو oidc (افتراضي مع --issuer)
      --scopes "…"          البيانات المطلوبة (افتراضيًا: الهوية الأساسية والبريد الإلكتروني)
      --idp-hint ID         معرّف مزوّد هوية أعطته المنصة لهذه الخدمة
                            (يُرسل بصفة idp_hint)
      --no-browser          عدم فتح المتصفح: عرض العنوان
      --wait MINUTES        مدة انتظار المتصفح قبل السؤال (5 افتراضيًا، من 1 إلى 1440)
      --bidi terminal       ترك ترتيب النص من اليمين إلى اليسار للطرفية
      --high-contrast       مظهر عالي التباين
      --second-lang LANG    اللغة الثانية في العرض ثنائي اللغة (الفرنسية افتراضيًا)
      --speak               قراءة الخطوات بصوت عالٍ (spd-say أو espeak-ng)
      --list-languages      اللغات المتوفرة
      --help, --version

    يأتي سر الخدمة من FCGUIDE_CLIENT_SECRET أو من الملف
    ~/.config/fcguide/client_secret (يقرؤه أنت فقط)، ولا يأتي أبدًا من سطر الأوامر.
    يكتب fcguide sheet ورقة الخطوات للطباعة (html، افتراضيًا) أو نصًا بسيطًا.
    رموز الخروج: 0 متصل، 1 فشل، 2 خطأ في الاستخدام، 3 أُلغي.
more-below = ↓ التتمة في الأسفل: مفتاح Page Down.
more-above = ↑ البداية في الأعلى: مفتاح Page Up.
more-choices = ↕ هناك اختيارات أخرى مخفية: مفاتيح الأسهم.

## Printable sheet

sheet-title = FranceConnect، خطوة بخطوة
sheet-intro = صفحات FranceConnect بالفرنسية فقط. هذه كلماتها كما هي، مع ترجمتها. لا تكتب كلمات المرور هنا أبدًا.
sheet-bring-title = ما يجب أن يكون معك
sheet-bring-card = بطاقتك Vitale أو شهادة الحقوق (attestation de droits) من التأمين الصحي.
sheet-bring-account = اسم المستخدم وكلمة المرور لحسابك على أحد هذه المواقع:
sheet-bring-email = الوصول إلى بريدك الإلكتروني: قد يراسلك عليه موقع حسابك.
sheet-steps-title = الخطوات
sheet-step-start-title = على موقع الخدمة
sheet-step-start = ابحث عن هذا الزر الأزرق واضغط عليه:
sheet-step-login = في صفحة الحساب الذي اخترته، اكتب بنفسك اسم المستخدم وكلمة المرور، ثم اضغط على:
sheet-codes-title = إذا عرض FranceConnect خطأ
sheet-codes-intro = اكتب الرمز الموجود بعد « Erreur » وأعطه عندما تطلب المساعدة. معناه:
sheet-help-title = أين تجد المساعدة
sheet-help-cpam = صندوق التأمين الصحي (CPAM): إذا كان رقمك يبدأ بـ 7 أو 8، أو إذا كان ملفك قيد المعالجة.
sheet-help-contact = FranceConnect: رابط « Contactez-nous » (اتصل بنا) في صفحة الخطأ. أعطِ رمز الخطأ.
sheet-helper-title = للشخص الذي يساعد
sheet-helper-password = لا تكتب أبدًا كلمة مرور الشخص، حتى لمساعدته: هو من يكتبها.
sheet-helper-aidants = للتصرف باسمه، يستخدم مهني مدرَّب Aidants Connect، بتفويض يوقّعه الشخص:
sheet-words-aidants = هل أنت مساعد محترف؟ استخدم Aidants Connect
