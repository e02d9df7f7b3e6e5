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
more-below = ↓ التتمة في الأسفل: مفتاح Page Down.
more-above = ↑ البداية في الأعلى: مفتاح Page Up.
more-choices = ↕ هناك اختيارات أخرى مخفية: مفاتيح الأسهم.

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

## Plain mode

plain-invalid = لم أفهم. اكتب رقمًا من 1 إلى { $max }، أو Enter وحده.
input-hidden = ما تكتبه لا يظهر.
choice-default = افتراضي

