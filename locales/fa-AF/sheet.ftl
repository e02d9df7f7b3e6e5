## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = ویب‌سایت Aidants Connect برای کارمندان مسلکی:

## Printable sheet

sheet-title = FranceConnect، قدم به قدم
sheet-intro = صفحه‌های FranceConnect فقط به فرانسوی است. کلمه‌های دقیق آن‌ها اینجاست، با ترجمهٔ آن‌ها. هرگز رمزهای خود را اینجا ننویسید.
sheet-bring-title = چه چیزی با خود داشته باشید
sheet-bring-card = کارت Vitale شما یا تصدیق حقوق (attestation de droits) بیمهٔ صحی.
sheet-bring-account = نام کاربر و رمز حساب شما در یکی از این ویب‌سایت‌ها:
sheet-bring-email = دسترسی به ایمیل شما: ویب‌سایت حساب شما ممکن است به آن نامه بفرستد.
sheet-steps-title = قدم‌ها
sheet-step-start-title = در ویب‌سایت خدمت
sheet-step-start = این دکمهٔ آبی را پیدا کنید و آن را فشار دهید:
sheet-step-login = در صفحهٔ حسابی که انتخاب کردید، نام کاربر و رمز خود را خودتان بنویسید، بعد این را فشار دهید:
sheet-codes-title = اگر FranceConnect یک خطا نشان داد
sheet-codes-intro = کدی را که بعد از « Erreur » نوشته شده یادداشت کنید و وقتی کمک می‌خواهید آن را بدهید. معنای آن:
sheet-help-title = از کجا کمک بگیرید
sheet-help-cpam = صندوق بیمهٔ صحی شما (CPAM): اگر شمارهٔ شما با 7 یا 8 شروع می‌شود، یا اگر دوسیهٔ شما هنوز در جریان است.
sheet-help-contact = FranceConnect: لینک « Contactez-nous » (با ما تماس بگیرید) در صفحهٔ خطای آن. کد خطا را بدهید.
sheet-helper-title = برای کسی که کمک می‌کند
sheet-helper-password = هرگز رمز آن شخص را ننویسید، حتی برای کمک: خودش آن را می‌نویسد.
sheet-helper-aidants = برای کار کردن به نام او، یک کارمند مسلکی آموزش‌دیده از Aidants Connect استفاده می‌کند، با وکالتی که آن شخص امضا می‌کند:
sheet-words-aidants = آیا شما یک کمک‌کنندهٔ مسلکی هستید؟ از Aidants Connect استفاده کنید
