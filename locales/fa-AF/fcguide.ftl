# Dari (Afghan Persian). Glossary: locales/fa-AF/glossary.txt.
language-name = دری
language-name-en = Dari
language-direction = rtl
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = هنوز توسط اهل زبان بازبینی نشده
language-no-voice = صدایی برای بلند خواندن نیست

## Around every step

progress = قدم { $step } از { $total }
practice-mark = تمرین: یک ارائه‌کنندهٔ آزمایشی، نه FranceConnect اصلی
note-label = مهم:
help-label = کمک:
french-label = به فرانسوی:
keys-tui = تیرها یا شماره: انتخاب · Enter: تأیید · Esc: برگشت · ?: کمک · L: زبان · B: دو زبان · F: جابجایی · Q: ترک
keys-input = Enter: تأیید · Esc: برگشت · F1: کمک
keys-input-nir = Enter: بررسی · Esc: برگشت · F1: کمک · F2: نشان دادن یا پنهان کردن رقم‌ها
keys-plain = یک شماره بنویسید، بعد Enter. فقط Enter: انتخاب پیشنهادی. صفر: برگشت. h: کمک. l: زبان. q: ترک.
keys-short = ?: کمک · Q: ترک
prompt = انتخاب
prompt-default = فقط Enter: { $choice }
still-waiting = هنوز منتظر برگشت براوزر هستم. می‌توانید در براوزر ادامه دهید یا یک انتخاب بنویسید.
too-small = کلکین خیلی کوچک است. آن را بزرگ کنید یا fcguide --plain را اجرا کنید.
connected-mark = [FranceConnect ✓] وصل شد
help-keys = کلیدها: Enter انتخاب پیشنهادی را می‌گیرد. Esc، Backspace یا صفر برمی‌گردد. L زبان را بدون از دست دادن پیشرفت شما تغییر می‌دهد. B زیر هر متن یک زبان دوم نشان می‌دهد؛ F دو زبان را جابجا می‌کند. V قدم‌ها را با صدای بلند می‌خواند یا صدا را قطع می‌کند. در حالت سطر به سطر: h برای کمک، و b، f و v مثل همین کلیدها.
help-practice = تمرین: اینجا ارائه‌کننده یک ارائه‌کنندهٔ آزمایشی در همین کمپیوتر است، نه FranceConnect اصلی. هیچ چیزی به دولت فرستاده نمی‌شود.
speech-on = خواندن با صدای بلند: روشن.
speech-off = خواندن با صدای بلند: خاموش.
speech-unavailable = هیچ برنامهٔ خواندن با صدای بلند نصب نیست (spd-say یا espeak-ng): دستیار بدون صدا ادامه می‌دهد.

## Words of the real site

fr-words-button = شناسایی با FranceConnect
fr-words-choose = یک حساب انتخاب کنید تا وصل شوید:
fr-words-login = وصل شدن
fr-words-as = شما به این نام وصل می‌شوید:
fr-words-continue = ادامه در { $service }
fr-words-consent = قبول دارم که FranceConnect معلومات مرا به خدمت بفرستد تا من وصل شوم
fr-words-error = یک خطا پیش آمد
fr-words-code = خطای Y010008
fr-words-what-to-do = چه کار کنم؟
fr-words-back = برگشت به { $service }

## Step 1: language

language-title = زبان خود را انتخاب کنید
language-body = این دستیار به زبان شما صحبت می‌کند. کلمه‌های فرانسوی را که در ویب‌سایت اصلی می‌بینید هم نشان می‌دهد.
language-note = برای FranceConnect یک شمارهٔ تأمین اجتماعی دایمی فرانسوی لازم است. این را توضیح می‌دهیم.
help-language = زبانی را انتخاب کنید که بهتر می‌خوانید. هر وقت خواستید با کلید L آن را تغییر دهید. برای پیدا کردن یک زبان، می‌توانید اول نام آن را هم بنویسید.

## Step 2: welcome and prerequisite

welcome-title = FranceConnect چیست؟
welcome-what = FranceConnect رایگان است: یک حساب برای بسیاری از خدمات دولتی آنلاین (مالیات، صحت، بیکاری…).
welcome-need = یک شمارهٔ تأمین اجتماعی دایمی لازم است: FranceConnect هویت شما را در ثبت ملی (RNIPP) بررسی می‌کند.
welcome-where = این شماره 15 رقم دارد: روی کارت Vitale شما و در تصدیق حقوق (attestation de droits) نوشته شده است.
welcome-without = هنوز شماره ندارید، یا شمارهٔ موقت دارید (که با 7 یا 8 شروع می‌شود)؟ FranceConnect هنوز کار نمی‌کند: از CPAM خود بپرسید. تا آن وقت، از حساب همان ویب‌سایت استفاده کنید.
welcome-note = بدون شمارهٔ تأمین اجتماعی دایمی، وصل شدن ناکام می‌شود. شمارهٔ موقت (که با 7 یا 8 شروع می‌شود) کافی نیست.
help-welcome = “ادامه” شما را به انتخاب حساب می‌برد. اول می‌توانید شکل شمارهٔ خود را بررسی کنید: بررسی فقط در همین کمپیوتر انجام می‌شود، هیچ چیزی فرستاده یا ذخیره نمی‌شود.
choice-continue = ادامه
choice-check-nir = بررسی شمارهٔ تأمین اجتماعی من
choice-check-again = بررسی یک شمارهٔ دیگر
choice-back = برگشت
choice-quit = ترک دستیار

## Number check

nir-title = بررسی شمارهٔ تأمین اجتماعی من
nir-body = 15 رقم را با 2 رقم کنترول در آخر آن بنویسید. شماره در همین کمپیوتر می‌ماند: فرستاده نمی‌شود، ذخیره نمی‌شود و بعد از بررسی پاک می‌شود.
nir-input = شمارهٔ تأمین اجتماعی (15 رقم). فقط Enter: رد شدن.
nir-show-digits = s و بعد Enter: نشان دادن رقم‌ها
nir-read-back = شما نوشتید: { $number }
nir-permanent = شکل این شماره درست است و دایمی است. FranceConnect می‌تواند کار کند.
nir-permanent-abroad = شکل این شماره درست است و دایمی است (کسی که بیرون از فرانسه به دنیا آمده). FranceConnect می‌تواند کار کند.
nir-temporary = این یک شمارهٔ موقت است: با 7 یا 8 شروع می‌شود. FranceConnect با این شماره کار نمی‌کند. شمارهٔ دایمی خود را از CPAM بخواهید.
nir-wrong-key = 2 رقم کنترول (2 رقم آخر) با بقیهٔ شماره جور نمی‌آید. هر رقم را روی کارت Vitale خود بررسی کنید.
nir-missing-key = 2 رقم کنترول نیست: 2 رقم آخر را اضافه کنید (روی کارت Vitale شما، بعد از 13 رقم اول).
nir-malformed = این شکل یک شمارهٔ تأمین اجتماعی نیست. 15 حرف لازم است؛ اولی 1 یا 2 است (برای شمارهٔ موقت 7 یا 8).
nir-note = شمارهٔ دایمی با 1 یا 2 شروع می‌شود. ثبت ملی همین شماره را می‌شناسد.
nir-note-temporary = با شمارهٔ موقت، FranceConnect صفحهٔ « Une erreur s’est produite » را با « Erreur Y010008 » نشان می‌دهد. این تقصیر شما نیست: باید منتظر شمارهٔ دایمی باشید.
help-nir = این بررسی فقط به شکل شماره و 2 رقم کنترول آن نگاه می‌کند. نمی‌گوید که ثبت ملی شما را می‌شناسد یا نه.

## Step 3: choose an identity provider

idp-title = یک حساب انتخاب کنید
idp-body = باید همین حالا در یکی از این ویب‌سایت‌ها حساب داشته باشید. یکی را انتخاب کنید.
idp-after-not-me = گفتید که هویت نشان داده شده از شما نیست. پاک شد. یک حساب دیگر انتخاب کنید یا کمک بخواهید.
idp-note = مهم این است: هویت شما باید در ثبت ملی باشد. با یک شمارهٔ تأمین اجتماعی دایمی در آن ثبت می‌شوید.
help-idp = ویب‌سایتی را انتخاب کنید که در آن نام کاربر و رمز دارید. اگر هیچ کدام را ندارید، آسان‌تر معمولاً ameli.fr (بیمهٔ صحی) یا impots.gouv.fr است. آیا شما یک کارمند مسلکی هستید که به این شخص کمک می‌کنید؟ هرگز رمز او را به جای او ننویسید: خودش آن را می‌نویسد. برای کار کردن به نام او، Aidants Connect وجود دارد.
idp-impots-who = هر کسی که درآمد خود را در فرانسه اعلام می‌کند. شمارهٔ مالیاتی لازم است.
idp-ameli-who = هر کسی که بیمهٔ صحی فرانسه دارد. شمارهٔ تأمین اجتماعی لازم است.
idp-laposte-who = بزرگسالانی که سند هویت فرانسوی یا اجازهٔ اقامت دارند. مبایل لازم است.
idp-msa-who = کسانی که در بیمهٔ اجتماعی زراعتی (MSA) بیمه هستند.
idp-france-identite-who = کسانی که تذکرهٔ جدید فرانسوی و یک مبایل مناسب دارند.
idp-yris-who = بزرگسالانی که سند هویت دارند. مبایل لازم است.
idp-trustme-who = بزرگسالانی که سند هویت دارند. مبایل و اپلیکیشن TrustMe لازم است.

## Step 4: authenticate in the browser

auth-title = وصل شدن در براوزر
auth-failed-title = وصل شدن انجام نشد
auth-starting = وصل شدن را آماده می‌کنم…
auth-opened = براوزر باز شد. بعد به اینجا برگردید.
auth-not-opened = براوزر باز نشد. این آدرس را در یک براوزر در همین کمپیوتر باز کنید:
auth-no-browser = این آدرس را در یک براوزر در همین کمپیوتر باز کنید:
auth-no-display = اینجا براوزر گرافیکی نیست. این آدرس را در یک براوزر در همین کمپیوتر باز کنید، مثلاً یک براوزر متنی:
auth-ssh = شما از دور (SSH) به این کمپیوتر وصل هستید. دو راه دارید: آدرس را در یک براوزر در همین کمپیوتر باز کنید؛ یا در کمپیوتر خودتان، فرمان زیر را بنویسید، بعد آدرس را در براوزر خود باز کنید.
auth-in-browser = در براوزر: { $idp } را انتخاب کنید، نام کاربر و رمز خود را بنویسید، بعد « Se connecter ».
auth-timed-out = وقت پیش‌بینی‌شده گذشت، اما هنوز می‌توانید در براوزر تمام کنید. اگر وقت بیشتر لازم دارید، “وقت بیشتر” را انتخاب کنید.
auth-checking = براوزر برگشت. هویت شما را بررسی می‌کنم…
auth-note = FranceConnect هویت شما را در ثبت ملی جستجو می‌کند. با شمارهٔ موقت پیدا نمی‌شود.
auth-note-register = دلیل معمول: هنوز شمارهٔ تأمین اجتماعی دایمی نیست. می‌توانید شمارهٔ خود را بررسی کنید: “بررسی شمارهٔ تأمین اجتماعی من” را انتخاب کنید.
help-auth = براوزر صفحه‌های FranceConnect را نشان می‌دهد. اگر چیزی باز نشد، آدرس نشان داده شده را کاپی کنید. هر چند بار که لازم باشد می‌توانید وقت بیشتر بخواهید.
help-auth-failed = هر انتخاب می‌گوید چه می‌کند. “دوباره کوشش کنید” براوزر را دوباره باز می‌کند. برای فهمیدن یک صفحهٔ خطای FranceConnect، کد آن را بنویسید. برای نوشتن به FranceConnect: دکمهٔ « Contactez-nous » در صفحهٔ خطای آن، یا ویب‌سایت aide.franceconnect.gouv.fr.
choice-reopen = باز کردن دوبارهٔ براوزر
choice-more-time = وقت بیشتر ({ $minutes ->
        [one] { $minutes } دقیقهٔ دیگر
       *[other] { $minutes } دقیقهٔ دیگر
    })
notice-more-time = بسیار خوب: { $minutes ->
        [one] { $minutes } دقیقهٔ دیگر.
       *[other] { $minutes } دقیقهٔ دیگر.
    }
notice-more-time-until = بسیار خوب: { $minutes ->
        [one] { $minutes } دقیقهٔ دیگر
       *[other] { $minutes } دقیقهٔ دیگر
    }، تا { $time }.
notice-reopened = براوزر دوباره در صفحهٔ وصل شدن باز شد.
notice-not-reopened = براوزر باز نشد. آدرس را خودتان باز کنید.
choice-cancel = لغو و برگشت به انتخاب حساب
choice-retry = دوباره کوشش کنید
choice-other-idp = انتخاب یک حساب دیگر
choice-read-code = نوشتن کد صفحهٔ خطای FranceConnect
choice-code-again = نوشتن یک کد دیگر
code-title = صفحهٔ FranceConnect چه می‌گفت؟
code-body = اگر صفحه « Une erreur s’est produite » می‌گفت، کدی را بنویسید که بعد از « Erreur » نوشته شده است (مثلاً Y010008). اگر کدی نبود، فقط Enter را فشار دهید.
code-input = کد صفحه (مثلاً Y010008). فقط Enter: کد نیست.
code-read = کد { $code }:
code-note = این کد به بخش کمک FranceConnect و به CPAM شما کمک می‌کند بفهمند چه شده است. آن را یادداشت کنید. برای نوشتن به FranceConnect: دکمهٔ « Contactez-nous » در صفحهٔ خطای آن، یا ویب‌سایت aide.franceconnect.gouv.fr.
help-code = کد در صفحهٔ خطای FranceConnect است، بعد از کلمهٔ « Erreur ». با Y شروع می‌شود و بعد از آن دست کم 6 رقم یا حرف می‌آید (مثلاً Y010008 یا Y04EA6EF). هیچ چیزی که می‌نویسید به جایی فرستاده نمی‌شود.
code-y010008 = FranceConnect هویت شما را در ثبت ملی (RNIPP) پیدا نکرد. این تقصیر شما نیست.
code-y010008-next = دلیل معمول: هنوز شمارهٔ تأمین اجتماعی دایمی نیست (شمارهٔ موقت که با 7 یا 8 شروع می‌شود، یا دوسیه‌ای که هنوز در جریان است). از CPAM خود دربارهٔ شمارهٔ دایمی خود بپرسید. تا آن وقت، از حساب خود همان ویب‌سایت استفاده کنید. اگر شمارهٔ شما همین حالا دایمی است، با این کد به FranceConnect تماس بگیرید.
code-y010004 = ثبت ملی هویتی نزدیک به هویت حساب شما پیدا کرد، اما به اندازهٔ کافی نزدیک نیست.
code-y010004-next = معلومات هویت شما در حساب شما و در ثبت فرق دارد (تخلص، نام‌ها، تاریخ یا جای تولد). با این کد به FranceConnect تماس بگیرید تا آن را درست کنند.
code-y010006 = ثبت ملی چند هویت ممکن برای شما پیدا کرد.
code-y010006-next = معلومات شما باید درست شود. با این کد به FranceConnect تماس بگیرید.
code-y010007 = ثبت ملی شما را فقط با نامی پیدا کرد که استفاده می‌کنید (مثلاً تخلص همسر).
code-y010007-next = معلومات شما باید درست شود. با این کد به FranceConnect تماس بگیرید.
code-register-technical = ثبت ملی نتوانست جواب بدهد: یک مشکل تخنیکی است، نه تقصیر شما.
code-register-technical-next = بعداً دوباره کوشش کنید. اگر ادامه یافت، با این کد به FranceConnect تماس بگیرید.
code-y010015 = ثبت ملی دیگر اجازهٔ وصل شدن با این هویت را نمی‌دهد.
code-y010015-next = با این کد به FranceConnect تماس بگیرید: تیم وضعیت شما را همراه با شما بررسی می‌کند.
code-y030007 = درخواستی که خدمت فرستاد درست نبود. این تقصیر شما نیست.
code-y030007-next = این یک مشکل تنظیمات خدمت (یا این دستیار) است. آن را با این کد به خدمت گزارش دهید.
code-y190001 = جلسه تمام شد یا دیگر معتبر نیست: وصل شدن خیلی طول کشید، یا صفحه خیلی وقت باز ماند.
code-y190001-next = تب FranceConnect را ببندید، بعد از نو شروع کنید: دوباره کوشش کنید را انتخاب کنید.
code-unknown = این کد را نمی‌شناسم.
code-unknown-next = آن را در صفحه بررسی کنید (Y و بعد دست کم 6 رقم یا حرف). اگر درست است، با این کد به FranceConnect تماس بگیرید.
code-none = صفحه هیچ کدی نشان نداد: شاید پیش از وصل شدن به عقب برگشته‌اید.
code-none-next = می‌توانید دوباره کوشش کنید، یا یک حساب دیگر انتخاب کنید.

## Step 5: confirm

confirm-title = هویت خود را بررسی کنید
confirm-body = مطمئن شوید که این هویت از شماست.
confirm-given = نام‌ها: { $value }
confirm-family = تخلص هنگام تولد: { $value }
confirm-birthdate = تاریخ تولد: { $value }
months = جنوری, فبروری, مارچ, اپریل, می, جون, جولای, اگست, سپتمبر, اکتوبر, نومبر, دسمبر
confirm-birthplace = جای تولد: کد شاروالی { $code }
confirm-born-abroad = جای تولد: بیرون از فرانسه (کشور { $country })
confirm-continue = در ویب‌سایت اصلی، این صفحهٔ آخر نام‌های شما و یک دکمهٔ آبی را نشان می‌دهد. رهنماهای قدیمی آن را « Bienvenue » می‌نامند.
confirm-consent = بعضی خدمات اول می‌خواهند که یک خانه را تیک بزنید.
confirm-wrong = این شما نیستید؟ “این من نیستم” را انتخاب کنید: هویت پاک می‌شود.
confirm-note = این هویت از ثبت ملی می‌آید، به کمک شمارهٔ تأمین اجتماعی دایمی شما.
help-confirm = به هر سطر نگاه کنید. اگر همه چیز درست است، تأیید کنید. هیچ چیزی در این کمپیوتر ذخیره نمی‌شود. یک معلومات غلط است؟ با ادارهٔ حسابی که استفاده کردید تماس بگیرید. FranceConnect فقط وقتی به شما ایمیل می‌فرستد که یک وصل شدن غیر عادی به نظر برسد.
choice-confirm-yes = بله، این من هستم
choice-not-me = این من نیستم

## Step 6: done

done-title = شما با FranceConnect وصل هستید
done-title-logged-out = از FranceConnect خارج شدید
done-connected = وصل شدن تأیید شد.
done-logged-out = از FranceConnect خارج شدید.
done-services = خدماتی که FranceConnect را قبول می‌کنند اینجا هستند:
done-help = کمک لازم دارید؟ یک دفتر France Services نزدیک شما می‌تواند کمک کند.
done-note = شمارهٔ تأمین اجتماعی دایمی خود را نگه دارید: در هر وصل شدن لازم است.
help-done = “پایان” دستیار را می‌بندد. “خروج از FranceConnect” جلسهٔ FranceConnect در براوزر را هم می‌بندد. کمک لازم دارید؟ یک دفتر France Services نزدیک شما می‌تواند کمک کند.
choice-finish = پایان
choice-logout = خروج از FranceConnect
end-connected = پایان دستیار: شما وصل هستید.
end-failed = پایان دستیار: وصل شدن انجام نشد.
end-cancelled = پایان دستیار.

## Errors

error-code = کدی که به بخش کمک می‌دهید: { $code }
error-check = بررسی ناکام: { $check }
error-config-client-id = برای این ارائه‌کننده شناسهٔ خدمت (client id) تعیین نشده است.
error-config-client-id-next = آن را با --client-id یا متغیر FCGUIDE_CLIENT_ID بدهید، یا از ارائه‌کنندهٔ تمرینی استفاده کنید.
error-config-secret = رمز خدمت وجود ندارد.
error-config-secret-next = آن را در متغیر FCGUIDE_CLIENT_SECRET یا در فایل تنظیمات (که فقط شما بخوانید) بگذارید.
error-config-secret-file-open = دیگران می‌توانند فایل رمز ({ $file }) را بخوانند: از استفادهٔ آن خودداری می‌کنم.
error-config-secret-file-open-next = آن را فقط برای خود خواندنی کنید: chmod 600 { $file }
error-config-secret-file = فایل رمز ({ $file }) خوانده نمی‌شود.
error-config-secret-file-next = مسیر و اجازه‌های آن را بررسی کنید.
error-config-redirect-uri = آدرس برگشت (--redirect-uri) درست نیست.
error-config-redirect-uri-next = باید به شکل http://localhost:PORT/path یا http://127.0.0.1:PORT/path باشد، دقیقاً همان‌طور که ثبت شده است.
error-config-redirect-required = FranceConnect به آدرس برگشتی نیاز دارد که برای این خدمت ثبت شده است (--redirect-uri).
error-config-redirect-required-next = FranceConnect فقط دقیقاً همان آدرس ثبت‌شده را قبول می‌کند. یک آدرس در همین کمپیوتر با یک پورت ثابت ثبت کنید، مثلاً http://localhost:8400/callback، بعد آن را با --redirect-uri بدهید.
error-config-issuer = آدرس ارائه‌کننده درست نیست.
error-config-issuer-next = یک آدرس کامل https بدهید، یا یک ارائه‌کنندهٔ آماده انتخاب کنید.
error-unreachable = ارائه‌کننده جواب نمی‌دهد.
error-unreachable-next = اتصال انترنت را بررسی کنید و دوباره کوشش کنید. بدون انترنت، از ارائه‌کنندهٔ تمرینی استفاده کنید.
error-discovery = ارائه‌کننده تنظیماتی داد که خوانده نمی‌شود یا از خودش نیست.
error-discovery-next = آدرس ارائه‌کننده را بررسی کنید. اگر درست است، بعداً کوشش کنید.
error-insecure = آدرس ارائه‌کننده رمزگذاری نشده است (http).
error-insecure-next = از یک آدرس https استفاده کنید. http فقط در همین کمپیوتر (127.0.0.1) اجازه دارد.
error-identity-not-found = FranceConnect هویت شما را در ثبت ملی پیدا نکرد.
error-identity-not-found-next = دلیل معمول: شمارهٔ تأمین اجتماعی موقت، یا هنوز شمارهٔ دایمی نیست. از CPAM بپرسید. اگر شمارهٔ شما دایمی است، با کد زیر به FranceConnect تماس بگیرید.
error-access-denied = وصل شدن انجام نشد: FranceConnect هیچ هویتی پس نفرستاد.
error-access-denied-next = این وقتی پیش می‌آید که به عقب برگشته‌اید، یا وقتی FranceConnect یک صفحهٔ خطا نشان داده است (« Une erreur s’est produite »). اگر صفحه « Erreur » و بعد از آن یک کد را نشان داد، نوشتن آن کد را انتخاب کنید: من آن را برای شما توضیح می‌دهم.
error-invalid-idp-hint = این حساب را نمی‌شود از اینجا برای این خدمت انتخاب کرد.
error-invalid-idp-hint-next = یک حساب دیگر انتخاب کنید یا دوباره کوشش کنید: آن وقت انتخاب در براوزر انجام می‌شود.
error-invalid-request = ارائه‌کننده درخواست را رد کرد.
error-invalid-request-next = این مشکل تنظیمات خدمت است، نه حساب شما. بعداً کوشش کنید یا آن را گزارش دهید.
error-server-error = ارائه‌کننده یک مشکل تخنیکی داشت.
error-server-error-next = تب براوزر را ببندید و دوباره کوشش کنید. اگر صفحهٔ FranceConnect « Erreur » و بعد از آن یک کد را نشان داد، نوشتن آن کد را انتخاب کنید: من آن را برای شما توضیح می‌دهم.
error-temporarily-unavailable = ارائه‌کننده فعلاً در دسترس نیست.
error-temporarily-unavailable-next = چند دقیقه بعد دوباره کوشش کنید. اگر صفحهٔ FranceConnect « Erreur » و بعد از آن یک کد را نشان داد، نوشتن آن کد را انتخاب کنید: من آن را برای شما توضیح می‌دهم.
error-refused = ارائه‌کننده وصل شدن را رد کرد.
error-refused-next = دوباره کوشش کنید، یا یک حساب دیگر انتخاب کنید.
error-callback-issuer = جواب از ارائه‌کنندهٔ مورد انتظار نیامده است. آن را رد کردم.
error-callback-issuer-next = تب‌های دیگر وصل شدن را ببندید و دوباره کوشش کنید.
error-callback-issuer-missing = جواب نمی‌گوید از کدام ارائه‌کننده آمده است، در حالی که این ارائه‌کننده همیشه آن را می‌گوید. آن را رد کردم.
error-callback-issuer-missing-next = تب‌های دیگر وصل شدن را ببندید و دوباره کوشش کنید.
error-missing-code = براوزر بدون جواب قابل استفاده برگشت.
error-missing-code-next = دوباره کوشش کنید.
error-port-in-use = پورت برگشت { $port } در این کمپیوتر مصروف است.
error-port-in-use-next = برنامه‌ای را که از آن استفاده می‌کند ببندید، یا یک آدرس برگشت ثبت‌شدهٔ دیگر انتخاب کنید.
error-listener = نتوانستم در این کمپیوتر منتظر براوزر بمانم.
error-listener-next = دوباره کوشش کنید. اگر ادامه یافت، کمپیوتر را دوباره روشن کنید.
error-timeout = براوزر به وقت برنگشت.
error-timeout-next = دوباره کوشش کنید: یک وصل شدن تازه شروع می‌شود.
error-token-endpoint = ارائه‌کننده وصل شدن را تأیید نکرد.
error-token-endpoint-next = فوراً دوباره کوشش کنید: جواب براوزر فقط چند ثانیه اعتبار دارد.
error-id-token = ثبوت هویتی که ارائه‌کننده فرستاد معتبر نیست. آن را رد کردم.
error-id-token-next = هیچ هویتی نشان داده نمی‌شود. دوباره کوشش کنید؛ اگر ادامه یافت، باید ارائه‌کننده را گزارش داد.
error-userinfo = معلومات هویتی که ارائه‌کننده فرستاد معتبر نیست. آن را رد کردم.
error-userinfo-next = هیچ هویتی نشان داده نمی‌شود. دوباره کوشش کنید؛ اگر ادامه یافت، باید ارائه‌کننده را گزارش داد.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = انجام شد. می‌توانید این تب را ببندید و به ترمینال برگردید.
callback-failed = وصل شدن انجام نشد. به ترمینال برگردید: دستیار توضیح می‌دهد چه کار کنید.
callback-refused = این جواب مربوط به وصل شدن جاری نیست. به ترمینال برگردید.
logout-done = خارج شدید. می‌توانید این تب را ببندید و به ترمینال برگردید.

## Practice provider pages

practice-banner = تمرین: این FranceConnect اصلی نیست. هیچ چیزی به دولت فرستاده نمی‌شود.
practice-choose-doc-title = وصل شدن - انتخاب حساب
practice-connecting = در حال وصل شدن به { $service }
practice-choose-title = یک حساب انتخاب کنید تا وصل شوید:
practice-aidants = آیا شما یک کمک‌کنندهٔ مسلکی هستید؟ از Aidants Connect استفاده کنید
practice-login-title = وصل شدن به { $idp }
practice-account = حساب تمرینی
practice-username = نام کاربر
practice-password = رمز
practice-login-button = وصل شدن
practice-wrong-password = نام کاربر یا رمز غلط است.
practice-continue-doc-title = وصل شدن - ادامه در خدمت { $service }
practice-as = شما به این نام وصل می‌شوید:
practice-continue = ادامه در { $service }
practice-consent = قبول دارم که FranceConnect معلومات مرا به خدمت بفرستد تا من وصل شوم
practice-consent-missing = لطفاً خانه را تیک بزنید تا فرستادن معلومات را قبول کنید
practice-error-doc-title = خطای وصل شدن
practice-back = برگشت به { $service }
practice-error-title = یک خطا پیش آمد
practice-error-code = خطای { $code }
practice-error-body = یک خطا پیش آمد، لطفاً بعداً دوباره کوشش کنید
practice-help-page = لطفاً صفحهٔ کمک FranceConnect را ببینید.
practice-what-to-do = چه کار کنم؟
practice-contact = با ما تماس بگیرید
practice-logged-out = از FranceConnect خارج شدید.
practice-not-found = صفحه پیدا نشد
practice-account-typical = بزرگسالی که در فرانسه به دنیا آمده
practice-account-several = چند نام
practice-account-abroad = کسی که بیرون از فرانسه به دنیا آمده
practice-account-temporary = شمارهٔ تأمین اجتماعی موقت: وصل شدن ناکام می‌شود

## Plain mode

plain-invalid = نفهمیدم. یک شماره از 1 تا { $max } بنویسید، یا فقط Enter.
input-hidden = آنچه می‌نویسید نشان داده نمی‌شود.
choice-default = پیش‌فرض

## Command line

cli-see-help = ببینید: fcguide --help
cli-missing-value = بعد از { $word } یک مقدار کم است.
cli-unknown-option = گزینهٔ ناشناخته: { $word }
cli-bad-port = پورت نادرست: { $word }
cli-bad-wait = مدت نادرست (به دقیقه، از 1 تا 1440): { $word }
cli-not-text = یک آرگومان متن خواندنی نیست: { $word }
cli-switch-value = این گزینه مقدار نمی‌گیرد: { $word }
cli-bad-rules = --rules “franceconnect” (قواعد پلتفرم) یا “oidc” (OpenID Connect استاندارد) را قبول می‌کند: { $word }
cli-no-secret-option = رمز هرگز در خط فرمان داده نمی‌شود ({ $word }): کاربران دیگر می‌توانند آن را بخوانند. از متغیر FCGUIDE_CLIENT_SECRET یا فایل ~/.config/fcguide/client_secret (chmod 600) استفاده کنید.
cli-unknown-provider = ارائه‌کنندهٔ ناشناخته: { $word }. practice، franceconnect-sandbox، franceconnect-integration یا franceconnect را انتخاب کنید، یا --issuer بدهید.
cli-provider-and-issuer = یا --provider یا --issuer را انتخاب کنید، نه هر دو را ({ $word }).
cli-unknown-language = زبان موجود نیست: { $word }. ببینید: fcguide --list-languages
cli-practice-port = پورت { $word } مصروف است. با --port پورت دیگری انتخاب کنید، یا --port را نگذارید.
cli-practice-started = ارائه‌کنندهٔ تمرینی شروع شد (فقط در همین کمپیوتر). Ctrl-C آن را متوقف می‌کند.
cli-bad-bidi = --bidi “program” (دستیار متن راست به چپ را مرتب می‌کند) یا “terminal” (ترمینال این کار را می‌کند) را قبول می‌کند: { $word }
cli-bad-format = --format “html” (صفحه برای چاپ) یا “text” (متن ساده) را قبول می‌کند: { $word }
cli-help =
    fcguide: وصل شدن با FranceConnect، قدم به قدم، به زبان شما.

    استفاده:
      fcguide [گزینه‌ها]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    گزینه‌ها:
      --plain               حالت سطر به سطر (صفحه‌خوان‌ها، ترمینال‌های ساده)
      --lang LANGUAGE       زبان (fr، uk، en، fa-AF…)؛ ببینید --list-languages
      --provider NAME       practice (پیش‌فرض)، franceconnect-sandbox،
                            franceconnect-integration، franceconnect
      --issuer URL          یک ارائه‌کنندهٔ دیگر OpenID Connect
      --client-id ID        شناسهٔ خدمت (یا FCGUIDE_CLIENT_ID)
      --redirect-uri URL    آدرس برگشت ثبت‌شده (http://localhost:PORT/path)،
                            با FranceConnect لازمی است
      --rules NAME          franceconnect (قواعد پلتفرم، پیش‌فرض برای محیط‌های آن)
                            یا oidc (پیش‌فرض با --issuer)
      --scopes "…"          معلومات خواسته‌شده (پیش‌فرض: هویت اصلی و ایمیل)
      --idp-hint ID         شناسهٔ یک ارائه‌کنندهٔ هویت که پلتفرم برای این خدمت
                            داده است (به شکل idp_hint فرستاده می‌شود)
      --no-browser          براوزر را باز نکن: آدرس را نشان بده
      --wait MINUTES        انتظار براوزر پیش از پرسیدن (پیش‌فرض 5، از 1 تا 1440)
      --bidi terminal       مرتب کردن متن راست به چپ را به ترمینال بسپار
      --high-contrast       نمای با تضاد زیاد
      --second-lang LANG    زبان دوم نمای دو زبانه (پیش‌فرض: فرانسوی)
      --speak               خواندن قدم‌ها با صدای بلند (spd-say یا espeak-ng)
      --list-languages      زبان‌های موجود
      --help, --version

    رمز خدمت از FCGUIDE_CLIENT_SECRET یا از فایل
    ~/.config/fcguide/client_secret (که فقط شما بخوانید) می‌آید، هرگز از خط فرمان.
    fcguide sheet برگهٔ قدم‌ها را برای چاپ (html، پیش‌فرض) یا به شکل متن ساده می‌نویسد.
    کدهای خروج: 0 وصل شد، 1 ناکام، 2 خطای استفاده، 3 لغو شد.
more-below = ↓ ادامه پایین‌تر است: کلید Page Down.
more-above = ↑ شروع بالاتر است: کلید Page Up.
more-choices = ↕ انتخاب‌های دیگری پنهان است: کلیدهای تیر.

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
