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

## Step 4: authenticate in the browser

auth-title = په براوزر کې ننوتل
auth-failed-title = وصل کېدل بشپړ نه شول
auth-starting = وصل کېدل چمتو کوم…
auth-opened = براوزر پرانیستل شو. وروسته دلته راستانه شئ.
auth-not-opened = براوزر پرانیستل نه شو. دا پته په همدې کمپیوټر کې په یوه براوزر کې پرانیزئ:
auth-no-browser = دا پته په همدې کمپیوټر کې په یوه براوزر کې پرانیزئ:
auth-no-display = دلته ګرافیکي براوزر نشته. دا پته په همدې کمپیوټر کې په یوه براوزر کې پرانیزئ، د بېلګې په توګه یو متني براوزر:
auth-ssh = تاسو له لرې (SSH) دې کمپیوټر ته وصل یاست. دوه لارې شته: پته په همدې کمپیوټر کې په یوه براوزر کې پرانیزئ؛ یا په خپل کمپیوټر کې لاندې کمانډ ولیکئ، بیا پته په خپل براوزر کې پرانیزئ.
auth-in-browser = په براوزر کې: { $idp } وټاکئ، خپل کارن نوم او پټنوم ولیکئ، بیا « Se connecter ».
auth-timed-out = ټاکلی وخت تېر شو، خو لا هم کولای شئ په براوزر کې پای ته ورسوئ. که نور وخت ته اړتیا لرئ، “نور وخت” وټاکئ.
auth-checking = براوزر راستون شو. ستاسو هویت ګورم…
auth-note = FranceConnect به ستاسو هویت په ملي ثبت کې لټوي. د لنډمهالې شمېرې سره به پیدا نه شي.
auth-note-register = تر ټولو عام لامل: لا د ټولنیز تامین دایمي شمېره نشته. کولای شئ خپله شمېره وګورئ: “خپله د ټولنیز تامین شمېره وګورئ” وټاکئ.
help-auth = براوزر د FranceConnect پاڼې ښيي. که هېڅ پرانیستل نه شو، ښودل شوې پته کاپي کړئ. څومره چې اړتیا وي نور وخت غوښتلای شئ.
help-auth-failed = هره ټاکنه وايي چې څه کوي. “بیا هڅه وکړئ” براوزر بیا پرانیزي. د FranceConnect د تېروتنې د پاڼې د پوهېدو لپاره، د هغې کوډ ولیکئ. FranceConnect ته د لیکلو لپاره: د هغې د تېروتنې په پاڼه کې « Contactez-nous » تڼۍ، یا aide.franceconnect.gouv.fr ویب پاڼه.
choice-reopen = براوزر بیا پرانیزئ
choice-more-time = نور وخت ({ $minutes ->
        [one] { $minutes } نوره دقیقه
       *[other] { $minutes } نورې دقیقې
    })
notice-more-time = ښه: { $minutes ->
        [one] { $minutes } نوره دقیقه.
       *[other] { $minutes } نورې دقیقې.
    }
notice-more-time-until = ښه: { $minutes ->
        [one] { $minutes } نوره دقیقه
       *[other] { $minutes } نورې دقیقې
    }، تر { $time } پورې.
notice-reopened = براوزر بیا د ننوتلو په پاڼه پرانیستل شو.
notice-not-reopened = براوزر پرانیستل نه شو. پته پخپله پرانیزئ.
choice-cancel = لغوه یې کړئ او د حساب ټاکلو ته راستانه شئ
choice-retry = بیا هڅه وکړئ
choice-other-idp = بل حساب وټاکئ
choice-read-code = د FranceConnect د تېروتنې د پاڼې کوډ ولیکئ
choice-code-again = بل کوډ ولیکئ
code-title = د FranceConnect پاڼې څه ویل؟
code-body = که پاڼې ویل « Une erreur s’est produite »، هغه کوډ ولیکئ چې له « Erreur » وروسته لیکل شوی (د بېلګې په توګه Y010008). که کوډ نه و، یوازې Enter ووهئ.
code-input = د پاڼې کوډ (د بېلګې په توګه Y010008). یوازې Enter: کوډ نشته.
code-read = کوډ { $code }:
code-note = دا کوډ د FranceConnect د ملاتړ ټیم او ستاسو CPAM سره مرسته کوي چې پوه شي څه پېښ شوي. ویې لیکئ. FranceConnect ته د لیکلو لپاره: د هغې د تېروتنې په پاڼه کې « Contactez-nous » تڼۍ، یا aide.franceconnect.gouv.fr ویب پاڼه.
help-code = کوډ د FranceConnect د تېروتنې په پاڼه کې، د « Erreur » له کلمې وروسته دی. په Y پیلېږي او ورپسې لږ تر لږه 6 عددونه یا توري راځي (لکه Y010008 یا Y04EA6EF). هغه څه چې تاسو یې لیکئ هېچېرته نه لېږل کېږي.
code-y010008 = FranceConnect ستاسو هویت په ملي ثبت (RNIPP) کې ونه موند. دا ستاسو ګناه نه ده.
code-y010008-next = تر ټولو عام لامل: لا د ټولنیز تامین دایمي شمېره نشته (لنډمهاله شمېره چې په 7 یا 8 پیلېږي، یا دوسیه چې لا روانه ده). له خپل CPAM څخه د خپلې دایمي شمېرې په اړه وپوښتئ. تر هغه وخته د همدې ویب پاڼې خپل حساب وکاروئ. که ستاسو شمېره له مخکې دایمي ده، د دې کوډ سره FranceConnect ته اړیکه ونیسئ.
code-y010004 = ملي ثبت داسې هویت وموند چې ستاسو د حساب هویت ته نږدې دی، خو کافي نږدې نه دی.
code-y010004-next = ستاسو د هویت معلومات ستاسو په حساب او په ثبت کې توپیر لري (کورنۍ نوم، نومونه، د زېږېدو نېټه یا ځای). د دې کوډ سره FranceConnect ته اړیکه ونیسئ چې سم یې کړي.
code-y010006 = ملي ثبت ستاسو لپاره څو ممکن هویتونه وموندل.
code-y010006-next = ستاسو معلومات باید سم شي. د دې کوډ سره FranceConnect ته اړیکه ونیسئ.
code-y010007 = ملي ثبت تاسو یوازې په هغه نوم وموندلئ چې کاروئ یې (د بېلګې په توګه د مېړه یا مېرمنې کورنۍ نوم).
code-y010007-next = ستاسو معلومات باید سم شي. د دې کوډ سره FranceConnect ته اړیکه ونیسئ.
code-register-technical = ملي ثبت ځواب ونه شو ورکولای: دا تخنیکي ستونزه ده، ستاسو ګناه نه ده.
code-register-technical-next = وروسته بیا هڅه وکړئ. که دوام یې وکړ، د دې کوډ سره FranceConnect ته اړیکه ونیسئ.
code-y010015 = ملي ثبت نور په دې هویت د وصل کېدو اجازه نه ورکوي.
code-y010015-next = د دې کوډ سره FranceConnect ته اړیکه ونیسئ: ټیم به ستاسو وضعیت له تاسو سره وګوري.
code-y030007 = هغه غوښتنه چې خدمت لېږلې وه سمه نه وه. دا ستاسو ګناه نه ده.
code-y030007-next = دا د خدمت (یا د دې مرستیال) د تنظیماتو ستونزه ده. د دې کوډ سره یې خدمت ته راپور ورکړئ.
code-y190001 = ناسته پای ته ورسېده یا نور سمه نه ده: وصل کېدو ډېر وخت ونیو، یا پاڼه ډېر وخت پرانیستې پاتې شوه.
code-y190001-next = د FranceConnect ټب وتړئ، بیا له سره پیل کړئ: “بیا هڅه وکړئ” وټاکئ.
code-unknown = زه دا کوډ نه پېژنم.
code-unknown-next = په پاڼه کې یې وګورئ (Y او ورپسې لږ تر لږه 6 عددونه یا توري). که سم وي، د دې کوډ سره FranceConnect ته اړیکه ونیسئ.
code-none = پاڼې هېڅ کوډ نه ښود: ښايي تاسو له ننوتلو مخکې شاته تللي یاست.
code-none-next = کولای شئ بیا هڅه وکړئ، یا بل حساب وټاکئ.

## Step 5: confirm

confirm-title = خپل هویت وګورئ
confirm-body = ډاډ ترلاسه کړئ چې دا هویت ستاسو دی.
confirm-given = نومونه: { $value }
confirm-family = د زېږېدو کورنۍ نوم: { $value }
confirm-birthdate = د زېږېدو نېټه: { $value }
months = جنوري, فبروري, مارچ, اپریل, مۍ, جون, جولای, اګست, سپتمبر, اکتوبر, نومبر, دسمبر
confirm-birthplace = د زېږېدو ځای: د ښاروالۍ کوډ { $code }
confirm-born-abroad = د زېږېدو ځای: له فرانسې بهر (هېواد { $country })
confirm-continue = په اصلي ویب پاڼه کې، دا وروستۍ پاڼه ستاسو نومونه او یوه آبي تڼۍ ښيي. زاړه لارښودونه ورته « Bienvenue » وايي.
confirm-consent = ځینې خدمتونه لومړی غواړي چې یوه خانه په نښه کړئ.
confirm-wrong = تاسو نه یاست؟ “دا زه نه یم” وټاکئ: هویت پاکېږي.
confirm-note = دا هویت له ملي ثبت څخه راځي، ستاسو د ټولنیز تامین د دایمي شمېرې په مرسته.
help-confirm = هرې کرښې ته وګورئ. که هر څه سم وي، تایید یې کړئ. په دې کمپیوټر کې هېڅ نه ساتل کېږي. کوم معلومات غلط دي؟ د هغه حساب ادارې سره اړیکه ونیسئ چې کارولی مو و. FranceConnect تاسو ته یوازې هغه وخت برېښنالیک لېږي چې یو وصل کېدل غیر عادي ښکاري.
choice-confirm-yes = هو، دا زه یم
choice-not-me = دا زه نه یم

## Step 6: done

done-title = تاسو د FranceConnect له لارې وصل یاست
done-title-logged-out = تاسو له FranceConnect څخه ووتلئ
done-connected = وصل کېدل تایید شول.
done-logged-out = تاسو له FranceConnect څخه ووتلئ.
done-services = هغه خدمتونه چې FranceConnect مني دلته دي:
done-help = مرستې ته اړتیا لرئ؟ ستاسو نږدې د France Services دفتر مرسته کولای شي.
done-note = د ټولنیز تامین خپله دایمي شمېره وساتئ: په هر وصل کېدو کې اړینه ده.
help-done = “پای” مرستیال تړي. “له FranceConnect څخه ووځئ” په براوزر کې د FranceConnect ناسته هم تړي. مرستې ته اړتیا لرئ؟ ستاسو نږدې د France Services دفتر مرسته کولای شي.
choice-finish = پای
choice-logout = له FranceConnect څخه ووځئ
end-connected = د مرستیال پای: تاسو وصل یاست.
end-failed = د مرستیال پای: وصل کېدل بشپړ نه شول.
end-cancelled = د مرستیال پای.

## Errors

error-code = هغه کوډ چې د ملاتړ ټیم ته یې ورکوئ: { $code }
error-check = ناکامه کتنه: { $check }
error-config-client-id = د دې برابروونکي لپاره د خدمت پېژندنه (client id) نه ده ټاکل شوې.
error-config-client-id-next = هغه د --client-id یا د FCGUIDE_CLIENT_ID متغیر سره ورکړئ، یا تمریني برابروونکی وکاروئ.
error-config-secret = د خدمت راز نشته.
error-config-secret-next = هغه په FCGUIDE_CLIENT_SECRET متغیر کې یا د تنظیماتو په فایل کې (چې یوازې تاسو یې لوستلای شئ) کېږدئ.
error-config-secret-file-open = نور خلک د راز فایل ({ $file }) لوستلای شي: له کارولو یې ډډه کوم.
error-config-secret-file-open-next = یوازې خپل ځان ته یې د لوستلو وړ کړئ: chmod 600 { $file }
error-config-secret-file = د راز فایل ({ $file }) نه لوستل کېږي.
error-config-secret-file-next = د هغه لاره او اجازې وګورئ.
error-config-redirect-uri = د راستنېدو پته (--redirect-uri) سمه نه ده.
error-config-redirect-uri-next = باید د http://localhost:PORT/path یا http://127.0.0.1:PORT/path په بڼه وي، کټ مټ لکه څنګه چې ثبت شوې.
error-config-redirect-required = FranceConnect د دې خدمت لپاره ثبت شوې د راستنېدو پتې ته اړتیا لري (--redirect-uri).
error-config-redirect-required-next = FranceConnect یوازې کټ مټ ثبت شوې پته مني. په دې کمپیوټر کې د یو ثابت پورټ سره یوه پته ثبت کړئ، د بېلګې په توګه http://localhost:8400/callback، بیا یې د --redirect-uri سره ورکړئ.
error-config-issuer = د برابروونکي پته سمه نه ده.
error-config-issuer-next = بشپړه https پته ورکړئ، یا چمتو برابروونکی وټاکئ.
error-unreachable = برابروونکی ځواب نه ورکوي.
error-unreachable-next = د انټرنیټ اړیکه وګورئ، بیا هڅه وکړئ. بې انټرنیټه، تمریني برابروونکی وکاروئ.
error-discovery = برابروونکي داسې تنظیمات ورکړل چې نه لوستل کېږي یا د هغه نه دي.
error-discovery-next = د برابروونکي پته وګورئ. که سمه وي، وروسته هڅه وکړئ.
error-insecure = د برابروونکي پته کوډ شوې نه ده (http).
error-insecure-next = https پته وکاروئ. http یوازې په همدې کمپیوټر (127.0.0.1) کې اجازه لري.
error-identity-not-found = FranceConnect ستاسو هویت په ملي ثبت کې ونه موند.
error-identity-not-found-next = تر ټولو عام لامل: د ټولنیز تامین لنډمهاله شمېره، یا لا دایمي شمېره نشته. له CPAM څخه وپوښتئ. که ستاسو شمېره دایمي ده، د لاندې کوډ سره FranceConnect ته اړیکه ونیسئ.
error-access-denied = وصل کېدل بشپړ نه شول: FranceConnect هېڅ هویت بېرته ونه لېږه.
error-access-denied-next = دا هغه وخت پېښېږي چې تاسو شاته تللي یاست، یا FranceConnect د تېروتنې پاڼه ښودلې وي (« Une erreur s’est produite »). که پاڼې « Erreur » او ورپسې یو کوډ ښودلی وي، د هغه کوډ لیکل وټاکئ: زه به یې درته تشریح کړم.
error-invalid-idp-hint = دا حساب له دې ځایه د دې خدمت لپاره نه شي ټاکل کېدای.
error-invalid-idp-hint-next = بل حساب وټاکئ یا بیا هڅه وکړئ: بیا به ټاکنه په براوزر کې وي.
error-invalid-request = برابروونکي غوښتنه رد کړه.
error-invalid-request-next = دا د خدمت د تنظیماتو ستونزه ده، نه ستاسو د حساب. وروسته هڅه وکړئ یا یې راپور ورکړئ.
error-server-error = برابروونکي تخنیکي ستونزه درلوده.
error-server-error-next = د براوزر ټب وتړئ او بیا هڅه وکړئ. که د FranceConnect پاڼې « Erreur » او ورپسې یو کوډ ښودلی وي، د هغه کوډ لیکل وټاکئ: زه به یې درته تشریح کړم.
error-temporarily-unavailable = برابروونکی اوس مهال شتون نه لري.
error-temporarily-unavailable-next = څو دقیقې وروسته بیا هڅه وکړئ. که د FranceConnect پاڼې « Erreur » او ورپسې یو کوډ ښودلی وي، د هغه کوډ لیکل وټاکئ: زه به یې درته تشریح کړم.
error-refused = برابروونکي وصل کېدل رد کړل.
error-refused-next = بیا هڅه وکړئ، یا بل حساب وټاکئ.
error-callback-issuer = ځواب له تمه شوي برابروونکي نه دی راغلی. ما رد کړ.
error-callback-issuer-next = د ننوتلو نور ټبونه وتړئ او بیا هڅه وکړئ.
error-callback-issuer-missing = ځواب نه وايي چې له کوم برابروونکي څخه راغلی، که څه هم دا برابروونکی تل دا وايي. ما رد کړ.
error-callback-issuer-missing-next = د ننوتلو نور ټبونه وتړئ او بیا هڅه وکړئ.
error-missing-code = براوزر پرته له کارېدونکي ځواب راستون شو.
error-missing-code-next = بیا هڅه وکړئ.
error-port-in-use = د راستنېدو پورټ { $port } په دې کمپیوټر کې بوخت دی.
error-port-in-use-next = هغه پروګرام وتړئ چې دا کاروي، یا بله ثبت شوې د راستنېدو پته وټاکئ.
error-listener = ما ونه شو کړای په دې کمپیوټر کې براوزر ته انتظار وکړم.
error-listener-next = بیا هڅه وکړئ. که دوام یې وکړ، کمپیوټر بیا پیل کړئ.
error-timeout = براوزر په وخت راستون نه شو.
error-timeout-next = بیا هڅه وکړئ: نوی وصل کېدل به پیل شي.
error-token-endpoint = برابروونکي وصل کېدل تایید نه کړل.
error-token-endpoint-next = سمدستي بیا هڅه وکړئ: د براوزر ځواب یوازې څو ثانیې اعتبار لري.
error-id-token = د هویت هغه ثبوت چې برابروونکي ولېږه معتبر نه دی. ما رد کړ.
error-id-token-next = هېڅ هویت نه ښودل کېږي. بیا هڅه وکړئ؛ که دوام یې وکړ، د برابروونکي راپور باید ورکړل شي.
error-userinfo = د هویت هغه معلومات چې برابروونکي ولېږل معتبر نه دي. ما رد کړل.
error-userinfo-next = هېڅ هویت نه ښودل کېږي. بیا هڅه وکړئ؛ که دوام یې وکړ، د برابروونکي راپور باید ورکړل شي.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = بشپړ شو. کولای شئ دا ټب وتړئ او ټرمینل ته راستانه شئ.
callback-failed = وصل کېدل بشپړ نه شول. ټرمینل ته راستانه شئ: مرستیال درته وايي چې څه وکړئ.
callback-refused = دا ځواب د روان وصل کېدو نه دی. ټرمینل ته راستانه شئ.
logout-done = تاسو ووتلئ. کولای شئ دا ټب وتړئ او ټرمینل ته راستانه شئ.

## Practice provider pages

practice-banner = تمرین: دا اصلي FranceConnect نه دی. دولت ته هېڅ نه لېږل کېږي.
practice-choose-doc-title = ننوتل - د حساب ټاکل
practice-connecting = { $service } ته د ننوتلو په حال کې
practice-choose-title = د ننوتلو لپاره یو حساب وټاکئ:
practice-aidants = ایا تاسو مسلکي مرستندوی یاست؟ Aidants Connect وکاروئ
practice-login-title = { $idp } ته ننوتل
practice-account = تمریني حساب
practice-username = کارن نوم
practice-password = پټنوم
practice-login-button = ننوتل
practice-wrong-password = کارن نوم یا پټنوم ناسم دی.
practice-continue-doc-title = ننوتل - په { $service } خدمت کې دوام
practice-as = تاسو به په دې نوم ننوځئ:
practice-continue = په { $service } کې دوام
practice-consent = زه موافق یم چې FranceConnect زما معلومات خدمت ته ولېږي ترڅو زه ننوځم
practice-consent-missing = مهرباني وکړئ خانه په نښه کړئ چې د معلوماتو لېږد ومنئ
practice-error-doc-title = د ننوتلو تېروتنه
practice-back = { $service } ته راستنېدل
practice-error-title = یوه تېروتنه وشوه
practice-error-code = تېروتنه { $code }
practice-error-body = یوه تېروتنه وشوه، مهرباني وکړئ وروسته بیا هڅه وکړئ
practice-help-page = مهرباني وکړئ د FranceConnect د مرستې پاڼه وګورئ.
practice-what-to-do = څه وکړم؟
practice-contact = له موږ سره اړیکه ونیسئ
practice-logged-out = تاسو له FranceConnect څخه ووتلئ.
practice-not-found = پاڼه ونه موندل شوه
practice-account-typical = لوی سړی چې په فرانسه کې زېږېدلی
practice-account-several = څو نومونه
practice-account-abroad = هغه څوک چې له فرانسې بهر زېږېدلی
practice-account-temporary = د ټولنیز تامین لنډمهاله شمېره: وصل کېدل به ناکام شي

## Plain mode

plain-invalid = پوه نه شوم. له 1 څخه تر { $max } پورې یوه شمېره ولیکئ، یا یوازې Enter.
input-hidden = هغه څه چې لیکئ نه ښودل کېږي.
choice-default = اصلي

## Command line

cli-see-help = وګورئ: fcguide --help
cli-missing-value = له { $word } وروسته یو ارزښت نشته.
cli-unknown-option = نامعلومه ټاکنه: { $word }
cli-bad-port = ناسم پورټ: { $word }
cli-bad-wait = ناسمه موده (په دقیقو، له 1 څخه تر 1440 پورې): { $word }
cli-not-text = یو دلیل (argument) د لوستلو وړ متن نه دی: { $word }
cli-switch-value = دا ټاکنه ارزښت نه اخلي: { $word }
cli-bad-rules = --rules “franceconnect” (د پلاتفورم قواعد) یا “oidc” (معیاري OpenID Connect) مني: { $word }
cli-no-secret-option = راز هېڅکله په کمانډ لاین کې نه ورکول کېږي ({ $word }): نور کاروونکي یې لوستلای شي. د FCGUIDE_CLIENT_SECRET متغیر یا ~/.config/fcguide/client_secret فایل (chmod 600) وکاروئ.
cli-unknown-provider = نامعلوم برابروونکی: { $word }. practice، franceconnect-sandbox، franceconnect-integration یا franceconnect وټاکئ، یا --issuer ورکړئ.
cli-provider-and-issuer = یا --provider یا --issuer وټاکئ، نه دواړه ({ $word }).
cli-unknown-language = ژبه شتون نه لري: { $word }. وګورئ: fcguide --list-languages
cli-practice-port = پورټ { $word } بوخت دی. د --port سره بل وټاکئ، یا --port مه کاروئ.
cli-practice-started = تمریني برابروونکی پیل شو (یوازې په دې کمپیوټر کې). Ctrl-C یې دروي.
cli-bad-bidi = --bidi “program” (مرستیال له ښي څخه کیڼ ته متن تنظیموي) یا “terminal” (ټرمینل یې کوي) مني: { $word }
cli-bad-format = --format “html” (د چاپ لپاره پاڼه) یا “text” (ساده متن) مني: { $word }
cli-help =
    fcguide: د FranceConnect له لارې وصل کېدل، ګام په ګام، ستاسو په ژبه.

    کارونه:
      fcguide [ټاکنې]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    ټاکنې:
      --plain               کرښه په کرښه حالت (پرده لوستونکي، ساده ټرمینلونه)
      --lang LANGUAGE       ژبه (fr، uk، en، ps…)؛ وګورئ --list-languages
      --provider NAME       practice (اصلي)، franceconnect-sandbox،
                            franceconnect-integration، franceconnect
      --issuer URL          بل OpenID Connect برابروونکی
      --client-id ID        د خدمت پېژندنه (یا FCGUIDE_CLIENT_ID)
      --redirect-uri URL    ثبت شوې د راستنېدو پته (http://localhost:PORT/path)،
                            د FranceConnect سره اړینه ده
      --rules NAME          franceconnect (د پلاتفورم قواعد، د هغې د چاپېریالونو
                            لپاره اصلي) یا oidc (د --issuer سره اصلي)
      --scopes "…"          غوښتل شوي معلومات (اصلي: بنسټیز هویت او برېښنالیک)
      --idp-hint ID         د هویت د یو برابروونکي پېژندنه چې پلاتفورم د دې خدمت
                            لپاره ورکړې (د idp_hint په توګه لېږل کېږي)
      --no-browser          براوزر مه پرانیزه: پته وښیه
      --wait MINUTES        د پوښتلو مخکې براوزر ته انتظار (اصلي 5، له 1 تر 1440)
      --bidi terminal       له ښي څخه کیڼ ته د متن تنظیم ټرمینل ته پرېږده
      --high-contrast       لوړ توپیر لرونکې بڼه
      --second-lang LANG    د دوه ژبې ښودنې دویمه ژبه (اصلي: فرانسوي)
      --speak               ګامونه په لوړ غږ لوستل (spd-say یا espeak-ng)
      --list-languages      شته ژبې
      --help, --version

    د خدمت راز له FCGUIDE_CLIENT_SECRET یا له فایل څخه راځي
    ~/.config/fcguide/client_secret (چې یوازې تاسو یې لوستلای شئ)، هېڅکله له کمانډ لاین څخه نه.
    fcguide sheet د چاپ لپاره د ګامونو پاڼه لیکي (html، اصلي) یا ساده متن.
    د وتلو کوډونه: 0 وصل شو، 1 ناکام، 2 د کارونې تېروتنه، 3 لغوه شو.
more-below = ↓ پاتې برخه لاندې ده: Page Down کیلي.
more-above = ↑ پیل پورته دی: Page Up کیلي.
more-choices = ↕ نورې ټاکنې پټې دي: د غشو کیلي.

## Printable sheet

sheet-title = FranceConnect، ګام په ګام
sheet-intro = د FranceConnect پاڼې یوازې په فرانسوي دي. دا یې دقیقې کلمې دي، د ژباړې سره. هېڅکله خپل پټنومونه دلته مه لیکئ.
sheet-bring-title = څه باید درسره وي
sheet-bring-card = ستاسو د Vitale کارت یا د روغتیا بیمې د حقونو سند (attestation de droits).
sheet-bring-account = په یوه له دې ویب پاڼو کې ستاسو د حساب کارن نوم او پټنوم:
sheet-bring-email = خپل برېښنالیک ته لاسرسی: ستاسو د حساب ویب پاڼه کېدای شي هلته درته ولیکي.
sheet-steps-title = ګامونه
sheet-step-start-title = د خدمت په ویب پاڼه کې
sheet-step-start = دا آبي تڼۍ ومومئ او کلیک پرې وکړئ:
sheet-step-login = د ټاکل شوي حساب په پاڼه کې، خپل کارن نوم او پټنوم پخپله ولیکئ، بیا کلیک وکړئ پر:
sheet-codes-title = که FranceConnect تېروتنه وښيي
sheet-codes-intro = هغه کوډ ولیکئ چې له « Erreur » وروسته دی، او کله چې مرسته غواړئ ورکړئ یې. مانا یې:
sheet-help-title = مرسته له کومه ترلاسه کړئ
sheet-help-cpam = ستاسو د روغتیا بیمې صندوق (CPAM): که ستاسو شمېره په 7 یا 8 پیلېږي، یا ستاسو دوسیه لا روانه ده.
sheet-help-contact = FranceConnect: د هغې د تېروتنې په پاڼه کې « Contactez-nous » (له موږ سره اړیکه ونیسئ) لینک. د تېروتنې کوډ ورکړئ.
sheet-helper-title = د مرسته کوونکي لپاره
sheet-helper-password = هېڅکله د هغه کس پټنوم مه لیکئ، حتی د مرستې لپاره: هغه یې پخپله لیکي.
sheet-helper-aidants = د هغه په نوم د کار کولو لپاره، یو روزل شوی مسلکي کس Aidants Connect کاروي، د هغه واکلیک سره چې هغه کس یې لاسلیکوي:
sheet-words-aidants = ایا تاسو مسلکي مرستندوی یاست؟ Aidants Connect وکاروئ
