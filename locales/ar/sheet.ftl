## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = موقع Aidants Connect للمهنيين:

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
