## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = آدرس برگشت (--redirect-uri) درست نیست.
error-config-redirect-address-next = دقیقاً آدرسی را که برای این خدمت ثبت شده بدهید: برای integration، یک آدرس روی این کمپیوتر با پورت ثابت (http://localhost:8400/callback)؛ برای production، یک صفحهٔ https خدمت، روی نام دومین خودش.
error-config-loopback-production = FranceConnect در production آدرس‌های برگشت روی این کمپیوتر (localhost, 127.0.0.1) را رد می‌کند: براوزر روی خطای Y030007 می‌ایستد.
error-config-loopback-production-next = در FranceConnect یک صفحهٔ https خدمت را روی نام دومین خودش که آدرس خود را نشان می‌دهد ثبت کنید (fcguide relay-page این صفحه را می‌دهد)، بعد آن را با --redirect-uri بدهید. آدرس‌های این کمپیوتر فقط در integration کار می‌کنند.
cli-bad-service-name = نام خدمت درست نیست: { $word }. نامی را که در FranceConnect ثبت شده، به متن ساده و حداکثر 100 حرف بدهید.
choice-paste = چسباندن آدرس صفحهٔ خدمت
auth-paste-when = بعد از « Continuer sur { $service } »، براوزر به صفحهٔ { $service } می‌رسد که یک آدرس نشان می‌دهد. آن را کاپی کنید، بعد با انتخاب اول اینجا بچسبانید.
paste-title = چسباندن آدرس صفحهٔ خدمت
paste-body = در صفحهٔ { $service }، تمام آدرسی را که نشان می‌دهد کاپی کنید (با { $page } شروع می‌شود)، اینجا بچسبانید و Enter را بزنید. فقط Enter به عقب برمی‌گردد.
paste-input = آدرس:
paste-problem-too-long = این متن برای آدرس صفحه بودن خیلی دراز است.
paste-problem-control = این متن حروف کنترولی دارد: آدرس نیست.
paste-problem-not-an-address = این آدرس نیست. تمام آدرس را از اول کاپی کنید.
paste-problem-other-page = این آدرس صفحهٔ خدمت نیست. آدرس صفحه‌ای را کاپی کنید که براوزر بعد از FranceConnect به آن رسید.
paste-problem-no-answer = این آدرس جواب FranceConnect را ندارد. اول ورود را در براوزر تمام کنید، بعد آدرس صفحه‌ای را که رسید کاپی کنید.
paste-problem-other-attempt = این آدرس از یک ورود دیگر (یک تب کهنه) است. تبی را که آخر باز شد استفاده کنید، یا از نو شروع کنید.
help-paste = در production، FranceConnect براوزر را به صفحهٔ خدمت برمی‌گرداند، نه به این کمپیوتر. آن صفحه آدرس خود را با یک دکمه برای کاپی نشان می‌دهد. آن را اینجا بچسبانید: من آن را بررسی می‌کنم و فقط یک بار استفاده می‌کنم.
