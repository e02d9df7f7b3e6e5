# Issue 22: سطر الأوامر، والإعدادات المحفوظة، وfcguide check و--debug.
cli2-unexpected-operand = كلمة غير متوقعة: { $word }. الكلمات الوحيدة التي ليست خيارات هي الأوامر: sheet وcheck وconfig وpractice-server وrelay-page (وبعد -- أيضًا).
cli2-write-failed = تعذرت كتابة المخرجات: { $word }
cli2-help-more =
    يمكن أن تأتي الأوامر والخيارات بأي ترتيب؛ و-- تنهي الخيارات.
      fcguide check [خيارات]     التحقق من الإعدادات قبل جلسة (المزوّد، الوكيل،
                                 TLS، الساعة، عنوان العودة، ملف السر)
      fcguide config [خيارات]    عرض كل إعداد نافذ ومصدره
      --debug                    كتابة سجل للعناوين والحالات والأخطاء، دون بيانات
                                 شخصية: على مخرج الأخطاء في الوضع سطرًا بسطر،
                                 وإلا في ~/.local/state/fcguide/debug.log
      أمر --help                 مساعدة أمر واحد

    الإعدادات المحفوظة: ~/.config/fcguide/config، سطر مفتاح = قيمة لكل إعداد
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). الخيارات تتقدم على الملف.

    متغيرات البيئة: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. انظر: man fcguide
cli2-help-sheet =
    fcguide sheet: ورقة الخطوات للطباعة، على المخرج القياسي، بكلمات الموقع
    الفرنسية بجانب ترجمتها، دون بيانات شخصية.

    الاستعمال: fcguide sheet [--lang اللغة] [--second-lang اللغة|none] [--format html|text]
      --lang اللغة              لغة الورقة (افتراضيًا: لغة النظام)
      --second-lang اللغة       تُطبع تحتها بخط أصغر (افتراضيًا: الفرنسية)؛
                                none: لغة واحدة فقط
      --format html|text        html (افتراضيًا): صفحة للطباعة على A4؛
                                text: أسطر من 80 عمودًا على الأكثر
    مثال: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: مزوّد التدريب وحده، على هذا الحاسوب (127.0.0.1)،
    لمتصفح مدرّب أو لبرنامج آخر. يعرض issuer الخاص به ومعرّف العميل وسرًا أُنشئ
    لهذه المرة وعنوان العودة الذي يقبله. يوقفه Ctrl-C.

    الاستعمال: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang اللغة]
      --port N             المنفذ (افتراضيًا: منفذ حر)
      --redirect-uri URL   عنوان العودة الوحيد الذي يقبله
      --consent-box        إظهار المربع الذي يُؤشَّر قبل المتابعة، كما تفعل بعض الخدمات
      --lang اللغة         لغة ما يعرضه
cli2-help-check =
    fcguide check: يتحقق من الإعدادات قبل أن تجلس مع شخص، حكم واحد في كل سطر:
    الإعدادات (معرّف العميل، عنوان العودة، السر)، ملف السر، الوكيل، الاتصال الآمن
    (TLS)، ساعة هذا الحاسوب مقارنة بساعة المزوّد، ووصف المزوّد (discovery). لا
    يُعرض أي سر. يأخذ خيارات الجلسة (--provider, --issuer, --client-id,
    --redirect-uri, --rules, --lang, --debug) ويقرأ ملف الإعدادات.
    رمز الخروج: 0 جاهز، 1 توجد مشكلة.
cli2-help-config =
    fcguide config: يعرض كل إعداد نافذ ومصدره: خيار، أو متغير، أو سطر من
    الملف، أو القيمة الافتراضية.
    الملف: ~/.config/fcguide/config (أو $XDG_CONFIG_HOME/fcguide/config)،
    إعداد واحد في كل سطر، مفتاح = قيمة؛ السطر الذي يبدأ بـ # تعليق.
    المفاتيح: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes أو no), theme (high-contrast أو default).
    لا يوضع السر فيه أبدًا: استعمل الملف client_secret المجاور له (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: هذا السطر ليس على صورة مفتاح = قيمة. صحّحه، أو ابدأه بـ # ليصبح تعليقًا.
cli2-config-unknown-key = { $file }:{ $line }: إعداد غير معروف { $word }. الإعدادات هي: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: هذه القيمة لا تناسب { $word }. انظر: fcguide config --help
cli2-config-secret = { $file }:{ $line }: لا يوضع السر في هذا الملف أبدًا. احذف هذا السطر وضع السر وحده في { $secret } (chmod 600)، أو في FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: هذا الإعداد مذكور من قبل في السطر { $word }. أبقِ واحدًا فقط.
cli2-config-unreadable = تتعذر قراءة { $file }: يجب أن يكون ملفًا نصيًا تستطيع قراءته، أصغر من 64 KiB.
cli2-config-file = ملف الإعدادات: { $file }
cli2-config-no-file = لا يوجد ملف إعدادات (كان سيُقرأ من { $file }).
cli2-config-unset = (غير مضبوط)
cli2-origin-option = الخيار { $word }
cli2-origin-env = المتغير { $word }
cli2-origin-default = افتراضي
cli2-check-title = التحقق من الإعدادات لـ { $word }
cli2-check-ok = سليم
cli2-check-warning = تنبيه
cli2-check-problem = مشكلة
cli2-check-practice = مزوّد التدريب المدمج: لا معرّف عميل ولا سر ولا عنوان عودة للضبط.
cli2-check-setup-ok = لا ينقص الإعدادات شيء.
cli2-check-secret-env = السر يأتي من FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = ملف السر ملكك ومغلق أمام الآخرين: { $file }
cli2-check-secret-none = لا يوجد سر. إن كان للخدمة سر، فضعه وحده في { $file } (chmod 600)، أو في FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = عنوان العودة يتبع قواعد المنصة: { $word }
cli2-check-redirect-free = لا عنوان عودة للتسجيل: يُؤخذ منفذ حر من هذا الحاسوب عند كل اتصال.
cli2-check-loopback = المزوّد على هذا الحاسوب: بلا وكيل، بلا TLS، الساعة نفسها.
cli2-check-proxy-none = بلا وكيل: يُوصَل إلى المزوّد مباشرة.
cli2-check-proxy = عبر الوكيل { $word }.
cli2-check-proxy-socks = الوكيل { $word } وكيل SOCKS لا يستعمله fcguide: يُوصَل إلى المزوّد مباشرة.
cli2-check-tls-ok = تم التحقق من الاتصال الآمن (TLS) بواسطة { $word }.
cli2-check-clock-ok = ساعة هذا الحاسوب متوافقة مع ساعة المزوّد (فرق { $seconds } ث).
cli2-check-clock-off = ساعة هذا الحاسوب تختلف عن ساعة المزوّد بـ { $seconds } ث: اضبط الوقت، وإلا سيُرفض الاتصال.
cli2-check-clock-unknown = لم يُعطِ المزوّد وقته: لم يتم التحقق من الساعة.
cli2-check-discovery-ok = المزوّد يجيب ويصف نفسه (discovery).
cli2-check-ready = جاهز: لا شيء يمنع الجلسة.
cli2-check-not-ready = غير جاهز: صحّح المشكلات أعلاه، ثم شغّل fcguide check من جديد.
cli2-debug-file = سجل هذه الجلسة (دون بيانات شخصية) في { $file }، لا يقرؤه أحد غيرك.
