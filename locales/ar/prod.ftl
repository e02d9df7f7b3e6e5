## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = عنوان العودة (--redirect-uri) غير صالح.
error-config-redirect-address-next = أعطِ بالضبط العنوان المسجّل لهذه الخدمة: في بيئة التكامل، عنوانًا على هذا الحاسوب بمنفذ ثابت (http://localhost:8400/callback)؛ وفي بيئة الإنتاج، صفحة https للخدمة على اسم نطاقها الخاص.
error-config-loopback-production = FranceConnect في بيئة الإنتاج يرفض عناوين العودة على هذا الحاسوب (localhost, 127.0.0.1): سيتوقف المتصفح عند الخطأ Y030007.
error-config-loopback-production-next = سجّل لدى FranceConnect صفحة https للخدمة على اسم نطاقها الخاص تعرض عنوانها (يعطي fcguide relay-page هذه الصفحة)، ثم أعطها مع --redirect-uri. عناوين هذا الحاسوب لا تعمل إلا في بيئة التكامل.
cli-bad-service-name = اسم الخدمة غير صالح: { $word }. أعطِ الاسم المسجّل لدى FranceConnect، نصًّا بسيطًا، 100 حرف على الأكثر.
choice-paste = لصق عنوان صفحة الخدمة
auth-paste-when = بعد « Continuer sur { $service } »، يصل المتصفح إلى صفحة { $service } التي تعرض عنوانًا. انسخه، ثم الصقه هنا بالخيار الأول.
paste-title = لصق عنوان صفحة الخدمة
paste-body = في صفحة { $service }، انسخ العنوان المعروض كاملًا (يبدأ بـ { $page })، والصقه هنا واضغط Enter. Enter وحده يعود إلى الخلف.
paste-input = العنوان:
paste-problem-too-long = هذا النص أطول بكثير من أن يكون عنوان الصفحة.
paste-problem-control = يحتوي هذا النص على محارف تحكّم: ليس عنوانًا.
paste-problem-not-an-address = هذا ليس عنوانًا. انسخ العنوان كاملًا من بدايته.
paste-problem-other-page = هذا ليس عنوان صفحة الخدمة. انسخ عنوان الصفحة التي وصل إليها المتصفح بعد FranceConnect.
paste-problem-no-answer = لا يحتوي هذا العنوان على جواب FranceConnect. أنهِ الاتصال في المتصفح أولًا، ثم انسخ عنوان الصفحة التي وصل إليها.
paste-problem-other-attempt = هذا العنوان من اتصال آخر (تبويب قديم). استخدم آخر تبويب فُتح، أو ابدأ من جديد.
help-paste = في بيئة الإنتاج، يعيد FranceConnect المتصفح إلى صفحة الخدمة، لا إلى هذا الحاسوب. تعرض تلك الصفحة عنوانها مع زر لنسخه. الصقه هنا: أتحقق منه ولا أستخدمه إلا مرة واحدة.
