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
more-below = ↓ ادامه پایین‌تر است: کلید Page Down.
more-above = ↑ شروع بالاتر است: کلید Page Up.
more-choices = ↕ انتخاب‌های دیگری پنهان است: کلیدهای تیر.

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

## Plain mode

plain-invalid = نفهمیدم. یک شماره از 1 تا { $max } بنویسید، یا فقط Enter.
input-hidden = آنچه می‌نویسید نشان داده نمی‌شود.
choice-default = پیش‌فرض

