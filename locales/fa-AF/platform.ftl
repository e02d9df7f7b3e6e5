## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = ثبت ملی درخواست را رد کرد: معلومات هویتی را که حساب انتخاب‌شده فرستاد نپذیرفت. این یک خرابی نیست.
code-y010009-next = یک بار دیگر کوشش کنید. اگر همان کد دوباره آمد، یک حساب دیگر انتخاب کنید، یا با این کد به FranceConnect تماس بگیرید تا معلومات شما را بررسی کنند.
code-navigation = دکمهٔ برگشت براوزر، یا دوباره بار کردن یک صفحه، وصل شدن را قطع کرد.
code-navigation-next = همهٔ تب‌های FranceConnect را ببندید، بعد دوباره کوشش کنید را انتخاب کنید. در وقت وصل شدن، از دکمهٔ برگشت براوزر استفاده نکنید.
code-y180001 = دسترسی شما به FranceConnect غیرفعال شده است.
code-y180001-next = برای فعال کردن دوبارهٔ آن، با این کد به FranceConnect تماس بگیرید. در این میان، از حساب خود سایت استفاده کنید.
code-y100011 = شما این حساب را در ترجیحات FranceConnect خود مسدود کرده‌اید.
code-y100011-next = یک حساب دیگر انتخاب کنید، یا به این حساب دوباره در ترجیحات FranceConnect خود اجازه دهید، بعد دوباره کوشش کنید.
code-idp-off = این حساب فعلاً برای این خدمت قابل استفاده نیست: غیرفعال است، یا این خدمت آن را نمی‌پذیرد.
code-idp-off-next = یک حساب دیگر انتخاب کنید.
code-y04ea6ef = FranceConnect این خدمت را نمی‌شناسد (شناسهٔ آن، client id، ناشناخته است). این اشتباهی در ثبت‌نام خدمت است، نه اشتباه شما.
code-y04ea6ef-next = شما کاری نمی‌توانید بکنید: این کد را به خدمت بدهید. برای مدیر خدمت: client id و محیط (integration یا production) را بررسی کنید؛ یک client id فقط در محیطی کار می‌کند که آن را داده است.
code-y04c013c = آدرس برگشت خدمت نزد FranceConnect ثبت نشده است (پورت دیگر، نام دیگر، یا http به جای https). این اشتباهی در ثبت‌نام خدمت است، نه اشتباه شما.
code-y04c013c-next = شما کاری نمی‌توانید بکنید: این کد را به خدمت بدهید. برای مدیر خدمت: دقیقاً آدرسی را که با --redirect-uri داده شده ثبت کنید، یا آدرس ثبت‌شده را بدهید.
code-logout-refused = FranceConnect درخواست خدمت برای پایان دادن جلسه را رد کرد (ثبوت وصل شدن نیست، یا آدرس برگشت بعد از پایان جلسه ثبت نشده است).
code-logout-refused-next = براوزر را ببندید تا جلسهٔ FranceConnect تمام شود. برای مدیر خدمت: آدرس برگشت بعد از پایان جلسه را ثبت کنید.

## The practice provider, as the platform words its pages

practice-error-technical = یک خطای فنی پیش آمد، تب براوزر خود را ببندید و دوباره وصل شوید.
practice-error-session = جلسهٔ شما تمام شده یا معتبر نیست، تب براوزر خود را ببندید و دوباره وصل شوید.
practice-error-communication = یک خطای ارتباط با فراهم‌کنندهٔ خدمت پیش آمد. لطفاً بعداً دوباره کوشش کنید.
practice-cancel = لغو
practice-idp-failed = وصل شدن با { $idp } ممکن نشد. لطفاً دوباره کوشش کنید یا راه دیگری برای وصل شدن انتخاب کنید.
practice-choose-error-doc-title = خطا هنگام انتخاب حساب

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = صفحه می‌گوید « La connexion à » … « n’a pas été possible »
notice-not-possible = این صفحهٔ FranceConnect یعنی وصل شدن با { $idp } تمام نشد: شما نزد { $idp } لغو کردید، یا ورود آنجا ناکام شد. هیچ چیزی به خدمت فرستاده نشد. من هنوز منتظرم: در همان صفحه، برای کوشش دوباره { $idp } را دوباره انتخاب کنید، یا یک حساب دیگر.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = فراهم‌کننده شناسهٔ خدمت (client id) یا رمز آن را رد کرد.
error-client-rejected-next = مشکل در ثبت‌نام خدمت است، نه در حساب شما: دوباره کوشش کردن چیزی را تغییر نمی‌دهد. client id و رمزی را که به این برنامه داده شده، و محیط (integration یا production) را بررسی کنید، یا آن‌ها را از مدیر خدمت بخواهید.
error-config-secret-file-link = فایل رمز ({ $file }) یک پیوند نمادین است: از دنبال کردن آن خودداری می‌کنم.
error-config-secret-file-link-next = رمز را در یک فایل واقعی در همان جا بگذارید، نه در یک پیوند، که فقط خودتان بتوانید بخوانید (chmod 600).
