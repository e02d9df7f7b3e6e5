# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = لا يمكن العثور على الاسم { $host } في الشبكة.
error-net-name-next = تحقّق من عنوان المزوّد (هل فيه خطأ في الكتابة؟) ومن الاتصال بالإنترنت، ثم حاول مرة أخرى.
error-net-refused = { $host } يرفض الاتصال: لا شيء يجيب هناك.
error-net-refused-next = تحقّق من العنوان ومن منفذه. إن كان صحيحًا، فقد تكون الخدمة متوقفة: حاول لاحقًا.
error-net-certificate = هذا الحاسوب لا يعدّ شهادة { $host } موثوقة.
error-net-certificate-next = في العمل، كثيرًا ما يكون لوكيل (proxy) يفحص الاتصالات جهة تصديق خاصة به: اطلب من قسم المعلوماتية تثبيتها على هذا الحاسوب، أو اذكر ملفها في المتغيّر SSL_CERT_FILE. على شبكة لا تعرفها، لا تتابع.
error-net-proxy = الوكيل { $proxy } لم يفتح الاتصال نحو { $host }.
error-net-proxy-next = تحقّق من المتغيّرات HTTPS_PROXY و ALL_PROXY و NO_PROXY، أو اسأل قسم المعلوماتية عن الوكيل الذي يجب استخدامه.
error-net-timeout = { $host } لم يُجب في الوقت المحدد.
error-net-timeout-next = قد يكون الاتصال بطيئًا أو مقطوعًا: تحقّق منه، ثم حاول مرة أخرى.

# Issue 20: the run's last line after the person logged out.
end-logged-out = انتهى المساعد: تم تسجيل خروجك من FranceConnect.
