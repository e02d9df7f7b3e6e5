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
