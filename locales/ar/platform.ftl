## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = رفض السجل الوطني الطلب: لم يقبل بيانات الهوية التي أرسلها الحساب الذي اخترته. هذا ليس عطلًا.
code-y010009-next = حاول مرة أخرى مرة واحدة. إن عاد الرمز نفسه، اختر حسابًا آخر، أو اتصل بـ FranceConnect مع هذا الرمز للتحقق من بياناتك.
code-navigation = قطع زرّ الرجوع في المتصفح، أو إعادة تحميل صفحة، عملية الاتصال.
code-navigation-next = أغلق كل علامات تبويب FranceConnect، ثم اختر المحاولة مرة أخرى. أثناء الاتصال، لا تستخدم زرّ الرجوع في المتصفح.
code-y180001 = تم تعطيل وصولك إلى FranceConnect.
code-y180001-next = لإعادة تفعيله، اتصل بـ FranceConnect مع هذا الرمز. في الأثناء، استخدم الحساب الخاص بالموقع.
code-y100011 = لقد حظرت هذا الحساب في تفضيلاتك على FranceConnect.
code-y100011-next = اختر حسابًا آخر، أو اسمح بهذا الحساب من جديد في تفضيلاتك على FranceConnect، ثم حاول مرة أخرى.
code-idp-off = لا يمكن استخدام هذا الحساب الآن لهذه الخدمة: إنه معطّل، أو هذه الخدمة لا تقبله.
code-idp-off-next = اختر حسابًا آخر.
code-y04ea6ef = لا يعرف FranceConnect هذه الخدمة (معرّفها، client id، غير معروف). هذا خطأ في تسجيل الخدمة، وليس خطأك.
code-y04ea6ef-next = لا يمكنك فعل شيء: أعطِ هذا الرمز للخدمة. لمسؤول الخدمة: تحقّق من client id ومن البيئة (التكامل أو الإنتاج)؛ لا يعمل client id إلا في البيئة التي أصدرته.
code-y04c013c = عنوان العودة الخاص بالخدمة غير مسجّل لدى FranceConnect (منفذ آخر، أو اسم آخر، أو http بدل https). هذا خطأ في تسجيل الخدمة، وليس خطأك.
code-y04c013c-next = لا يمكنك فعل شيء: أعطِ هذا الرمز للخدمة. لمسؤول الخدمة: سجّل بالضبط العنوان المعطى في --redirect-uri، أو استخدم العنوان المسجّل.
code-logout-refused = رفض FranceConnect طلب الخدمة لإنهاء الجلسة (إثبات الاتصال ناقص، أو عنوان العودة بعد انتهاء الجلسة غير مسجّل).
code-logout-refused-next = أغلق المتصفح لإنهاء جلسة FranceConnect. لمسؤول الخدمة: سجّل عنوان العودة بعد انتهاء الجلسة.

## The practice provider, as the platform words its pages

practice-error-technical = حدث خطأ تقني، أغلق علامة التبويب في متصفحك وادخل من جديد.
practice-error-session = انتهت جلستك أو أنها غير صالحة، أغلق علامة التبويب في متصفحك وادخل من جديد.
practice-error-communication = حدث خطأ في الاتصال بمزوّد الخدمة. يُرجى المحاولة مرة أخرى لاحقًا.
practice-cancel = إلغاء
practice-idp-failed = لم يكن الاتصال عبر { $idp } ممكنًا. يُرجى المحاولة مرة أخرى أو اختيار وسيلة اتصال أخرى.
practice-choose-error-doc-title = خطأ أثناء اختيار الحساب

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = الصفحة تقول « La connexion à » … « n’a pas été possible »
notice-not-possible = تعني صفحة FranceConnect هذه أن الاتصال عبر { $idp } لم يكتمل: ألغيتَ لدى { $idp }، أو فشل الدخول هناك. لم يُرسل أي شيء إلى الخدمة. ما زلت أنتظر: في تلك الصفحة، اختر { $idp } من جديد لإعادة المحاولة، أو حسابًا آخر.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = رفض المزوّد معرّف الخدمة (client id) أو سرّها.
error-client-rejected-next = الخلل في تسجيل الخدمة، لا في حسابك: إعادة المحاولة لن تغيّر شيئًا. تحقّق من client id ومن السر المعطيين لهذا البرنامج، ومن البيئة (التكامل أو الإنتاج)، أو اطلبهما من مسؤول الخدمة.
error-config-secret-file-link = ملف السر ({ $file }) رابط رمزي: أرفض أن أتبعه.
error-config-secret-file-link-next = ضع السر في ملف حقيقي في ذلك المكان، لا في رابط، مقروء لك وحدك (chmod 600).
