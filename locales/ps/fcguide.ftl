# Pashto. Glossary: locales/ps/glossary.txt.
language-name = پښتو
language-name-en = Pashto
language-direction = rtl
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = لا د مورنۍ ژبې د ویونکي له خوا نه دی کتل شوی
language-no-voice = په لوړ غږ د لوستلو لپاره غږ نشته

## Around every step

progress = ګام { $step } له { $total } څخه
practice-mark = تمرین: ازمېښتي برابروونکی، اصلي FranceConnect نه دی
note-label = مهم:
help-label = مرسته:
french-label = په فرانسوي:
keys-tui = غشي یا شمېره: ټاکل · Enter: تایید · Esc: شاته · ?: مرسته · L: ژبه · B: دوه ژبې · F: بدلول · Q: پرېښودل
keys-input = Enter: تایید · Esc: شاته · F1: مرسته
keys-input-nir = Enter: کتنه · Esc: شاته · F1: مرسته · F2: عددونه ښودل یا پټول
keys-plain = یوه شمېره ولیکئ، بیا Enter. یوازې Enter: وړاندیز شوې ټاکنه. صفر: شاته. h: مرسته. l: ژبه. q: پرېښودل.
keys-short = ?: مرسته · Q: پرېښودل
prompt = ټاکنه
prompt-default = یوازې Enter: { $choice }
still-waiting = لا هم د براوزر راستنېدو ته انتظار کوم. تاسو کولای شئ په براوزر کې دوام ورکړئ، یا یوه ټاکنه ولیکئ.
too-small = کړکۍ ډېره کوچنۍ ده. لویه یې کړئ، یا fcguide --plain چلوئ.
connected-mark = [FranceConnect ✓] وصل شو
help-keys = کیلي: Enter وړاندیز شوې ټاکنه اخلي. Esc، Backspace یا صفر شاته ځي. L ژبه بدلوي پرته له دې چې ستاسو پرمختګ ورک شي. B د هر متن لاندې دویمه ژبه ښيي؛ F دواړه ژبې سره بدلوي. V ګامونه په لوړ غږ لولي، یا غږ دروي. په کرښه په کرښه حالت کې: h د مرستې لپاره، او b، f او v د همدې کیلیو په څېر.
help-practice = تمرین: دلته برابروونکی په دې کمپیوټر کې ازمېښتي برابروونکی دی، اصلي FranceConnect نه دی. دولت ته هېڅ نه لېږل کېږي.
speech-on = په لوړ غږ لوستل: فعال دی.
speech-off = په لوړ غږ لوستل: بند دی.
speech-unavailable = د لوړ غږ لوستلو هېڅ پروګرام نصب نه دی (spd-say یا espeak-ng): مرستیال بې غږه دوام کوي.
more-below = ↓ پاتې برخه لاندې ده: Page Down کیلي.
more-above = ↑ پیل پورته دی: Page Up کیلي.
more-choices = ↕ نورې ټاکنې پټې دي: د غشو کیلي.

## Words of the real site

fr-words-button = د FranceConnect له لارې پېژندنه
fr-words-choose = د ننوتلو لپاره یو حساب وټاکئ:
fr-words-login = ننوتل
fr-words-as = تاسو به په دې نوم ننوځئ:
fr-words-continue = په { $service } کې دوام
fr-words-consent = زه موافق یم چې FranceConnect زما معلومات خدمت ته ولېږي ترڅو زه ننوځم
fr-words-error = یوه تېروتنه وشوه
fr-words-code = تېروتنه Y010008
fr-words-what-to-do = څه وکړم؟
fr-words-back = { $service } ته راستنېدل

## Step 1: language

language-title = خپله ژبه وټاکئ
language-body = دا مرستیال ستاسو په ژبه خبرې کوي. هغه فرانسوي کلمې هم ښيي چې تاسو به یې په اصلي ویب پاڼه کې وګورئ.
language-note = د FranceConnect لپاره د فرانسې د ټولنیز تامین دایمي شمېره اړینه ده. موږ به یې تشریح کړو.
help-language = هغه ژبه وټاکئ چې ښه یې لوستلای شئ. هر وخت یې د L کیلي سره بدلولای شئ. د یوې ژبې موندلو لپاره د هغې د نوم پیل هم لیکلای شئ.

## Step 2: welcome and prerequisite

welcome-title = FranceConnect څه شی دی؟
welcome-what = FranceConnect وړیا دی: یو حساب د ډېرو آنلاین دولتي خدمتونو لپاره (مالیه، روغتیا، بېکاري…).
welcome-need = د ټولنیز تامین دایمي شمېره اړینه ده: FranceConnect ستاسو هویت په ملي ثبت (RNIPP) کې ګوري.
welcome-where = دا شمېره 15 عددونه لري: ستاسو د Vitale په کارت او د حقونو په سند (attestation de droits) کې ده.
welcome-without = تر اوسه شمېره نه لرئ، یا لنډمهاله شمېره لرئ (چې په 7 یا 8 پیلېږي)؟ FranceConnect لا کار نه کوي: له خپل CPAM څخه وپوښتئ. تر هغه وخته د ویب پاڼې خپل حساب وکاروئ.
welcome-note = د ټولنیز تامین د دایمي شمېرې پرته، وصل کېدل ناکامېږي. لنډمهاله شمېره (چې په 7 یا 8 پیلېږي) بسنه نه کوي.
help-welcome = “دوام ورکړئ” تاسو د حساب ټاکلو ته وړي. لومړی کولای شئ د خپلې شمېرې بڼه وګورئ: کتنه یوازې په دې کمپیوټر کې کېږي، هېڅ شی نه لېږل کېږي او نه ساتل کېږي.
choice-continue = دوام ورکړئ
choice-check-nir = خپله د ټولنیز تامین شمېره وګورئ
choice-check-again = بله شمېره وګورئ
choice-back = شاته
choice-quit = مرستیال پرېږدئ

## Number check

nir-title = زما د ټولنیز تامین شمېره وګورئ
nir-body = ټول 15 عددونه ولیکئ، په پای کې 2 کنټرولي عددونه هم. شمېره په همدې کمپیوټر کې پاتې کېږي: نه لېږل کېږي، نه ساتل کېږي، او له کتنې وروسته پاکېږي.
nir-input = د ټولنیز تامین شمېره (15 عددونه). یوازې Enter: تېرېدل.
nir-show-digits = s بیا Enter: عددونه ښودل
nir-read-back = تاسو ولیکل: { $number }
nir-permanent = د دې شمېرې بڼه سمه ده او دایمي ده. FranceConnect کار کولای شي.
nir-permanent-abroad = د دې شمېرې بڼه سمه ده او دایمي ده (هغه څوک چې له فرانسې بهر زېږېدلی). FranceConnect کار کولای شي.
nir-temporary = دا لنډمهاله شمېره ده: په 7 یا 8 پیلېږي. FranceConnect به له دې شمېرې سره کار ونه کړي. خپله دایمي شمېره له CPAM څخه وغواړئ.
nir-wrong-key = 2 کنټرولي عددونه (وروستي 2) د شمېرې له پاتې برخې سره سمون نه خوري. هر عدد د Vitale په کارت کې وګورئ.
nir-missing-key = 2 کنټرولي عددونه نشته: وروستي 2 عددونه ور زیات کړئ (ستاسو د Vitale په کارت کې، له لومړیو 13 وروسته).
nir-malformed = دا د ټولنیز تامین د شمېرې بڼه نه ده. 15 توري اړین دي؛ لومړی 1 یا 2 دی (د لنډمهالې شمېرې لپاره 7 یا 8).
nir-note = دایمي شمېره په 1 یا 2 پیلېږي. ملي ثبت همدا شمېره پېژني.
nir-note-temporary = د لنډمهالې شمېرې سره، FranceConnect به « Une erreur s’est produite » پاڼه له « Erreur Y010008 » سره وښيي. دا ستاسو ګناه نه ده: باید دایمي شمېرې ته انتظار وکړئ.
help-nir = کتنه یوازې د شمېرې بڼې او د هغې 2 کنټرولي عددونو ته ګوري. دا نه وايي چې ملي ثبت تاسو پېژني که نه.

## Step 3: choose an identity provider

idp-title = یو حساب وټاکئ
idp-body = تاسو باید له مخکې په یوه له دې ویب پاڼو کې حساب ولرئ. یو یې وټاکئ.
idp-after-not-me = تاسو وویل چې ښودل شوی هویت ستاسو نه دی. پاک شو. بل حساب وټاکئ، یا مرسته وغواړئ.
idp-note = مهمه دا ده: ستاسو هویت باید په ملي ثبت کې وي. په دې ثبت کې د ټولنیز تامین د دایمي شمېرې په واسطه داخلېږئ.
help-idp = هغه ویب پاڼه وټاکئ چې په کې کارن نوم او پټنوم لرئ. که هېڅ نه لرئ، اسانه معمولاً ameli.fr (روغتیا بیمه) یا impots.gouv.fr ده. ایا تاسو مسلکي کس یاست چې له دې کس سره مرسته کوئ؟ هېڅکله د هغه پر ځای د هغه پټنوم مه لیکئ: هغه یې پخپله لیکي. د هغه په نوم د کار کولو لپاره، Aidants Connect شته.
idp-impots-who = هر هغه څوک چې په فرانسه کې خپل عاید اعلانوي. د مالیې شمېره اړینه ده.
idp-ameli-who = هر هغه څوک چې د فرانسې روغتیا بیمه لري. د ټولنیز تامین شمېره اړینه ده.
idp-laposte-who = هغه لویان چې د فرانسې د هویت سند یا د اوسېدو اجازه لري. ګرځنده تلیفون اړین دی.
idp-msa-who = هغه کسان چې د کرنې په ټولنیزه بیمه (MSA) کې بیمه دي.
idp-france-identite-who = هغه کسان چې د فرانسې نوی هویت کارت او مناسب تلیفون لري.
idp-yris-who = هغه لویان چې د هویت سند لري. ګرځنده تلیفون اړین دی.
idp-trustme-who = هغه لویان چې د هویت سند لري. ګرځنده تلیفون او د TrustMe اپلیکیشن اړین دي.

## Plain mode

plain-invalid = پوه نه شوم. له 1 څخه تر { $max } پورې یوه شمېره ولیکئ، یا یوازې Enter.
input-hidden = هغه څه چې لیکئ نه ښودل کېږي.
choice-default = اصلي

