# Pashto. Glossary: locales/ps/glossary.txt.
language-name = پښتو
language-name-en = Pashto
language-direction = rtl

## Around every step

progress = ګام { $step } له { $total } څخه
practice-mark = تمرین: ازمېښتي برابروونکی، اصلي FranceConnect نه دی
note-label = مهم:
help-label = مرسته:
french-label = په ویب پاڼه کې، په فرانسوي:
keys-tui = غشي یا شمېره: ټاکل · Enter: تایید · Esc: شاته · ?: مرسته · L: ژبه · B: دوه ژبې · Q: وتل
keys-short = ?: مرسته · Q: وتل
keys-plain = د یوې ټاکنې شمېره ولیکئ او Enter ووهئ. یوازې Enter: اصلي ټاکنه. «<»: شاته، «?»: مرسته، «l»: ژبه، «b»: دوه ژبې، «q»: وتل.
prompt = ستاسو ټاکنه
prompt-default = یوازې Enter: { $choice }
still-waiting = لا هم د براوزر راستنېدو ته انتظار کوم. تاسو کولای شئ په براوزر کې دوام ورکړئ، یا یوه ټاکنه ولیکئ.
too-small = کړکۍ ډېره کوچنۍ ده. لویه یې کړئ، یا fcguide --plain چلوئ.
connected-mark = [FranceConnect ✓] وصل شو
help-keys = کیلي: Enter اصلي ټاکنه اخلي. Esc یا Backspace شاته ځي. L ژبه بدلوي پرته له دې چې ستاسو پرمختګ ورک شي. B د هر پراګراف لاندې دویمه ژبه ښيي.

## Words of the real site

fr-words-button = د FranceConnect له لارې پېژندنه
fr-words-choose = یو حساب ټاکم چې { $service } ته ننوځم
fr-words-login = ننوتل
fr-words-welcome = ښه راغلاست
fr-words-continue = په { $service } کې دوام

## Step 1: language

language-title = خپله ژبه وټاکئ
language-body = دا مرستیال ستاسو په ژبه خبرې کوي. هغه فرانسوي کلمې هم ښيي چې تاسو به یې په اصلي ویب پاڼه کې وګورئ.
language-note = د FranceConnect لپاره د فرانسې د ټولنیز تامین دایمي شمېره اړینه ده. موږ به یې تشریح کړو.
help-language = هغه ژبه وټاکئ چې ښه یې لوستلای شئ. هر وخت یې د L کیلي سره بدلولای شئ. د یوې ژبې موندلو لپاره د هغې د نوم پیل هم لیکلای شئ.

## Step 2: welcome and prerequisite

welcome-title = FranceConnect څه شی دی؟
welcome-what = FranceConnect وړیا دی. په یوه حساب سره ډېرو آنلاین دولتي خدمتونو ته ننوځئ: مالیه، روغتیا، د بېکارۍ مرسته، پاسپورټ…
welcome-need = د فرانسې د ټولنیز تامین دایمي شمېره اړینه ده. FranceConnect ستاسو هویت د خلکو په ملي ثبت (RNIPP) کې ګوري.
welcome-where = دا شمېره ۱۵ عددونه لري. ستاسو د Vitale په کارت او د روغتیا بیمې د حقونو په سند (attestation de droits) کې لیکل شوې ده.
welcome-without = تر اوسه شمېره نه لرئ، یا یوازې لنډمهاله شمېره لرئ؟ نو FranceConnect لا کار نه کوي. د روغتیا بیمې له صندوق (CPAM) څخه د خپل دوسیې په اړه وپوښتئ. تر هغه وخته د همدې ویب پاڼې خپل حساب وکاروئ.
welcome-note = د ټولنیز تامین د دایمي شمېرې پرته، وصل کېدل ناکامېږي. لنډمهاله شمېره (چې په 7 یا 8 پیلېږي) بسنه نه کوي.
help-welcome = «دوام» تاسو د حساب ټاکلو ته وړي. لومړی کولای شئ د خپلې شمېرې بڼه وګورئ: هېڅ شی نه لېږل کېږي او نه ساتل کېږي.
choice-continue = دوام
choice-check-nir = زما د ټولنیز تامین شمېره وګوره (یوازې په دې کمپیوټر کې)
choice-check-again = بله شمېره وګوره
choice-back = شاته
choice-quit = وتل

## Number check

nir-title = زما د ټولنیز تامین شمېره وګوره
nir-body = ۱۵ عددونه د کیلي سره ولیکئ. شمېره په همدې کمپیوټر کې پاتې کېږي: نه لېږل کېږي، نه ساتل کېږي، او له کتنې وروسته پاکېږي.
nir-input = د ټولنیز تامین شمېره (۱۵ عددونه). یوازې Enter: تېرېدل.
nir-permanent = د دې شمېرې بڼه سمه ده او دایمي ده. FranceConnect کار کولای شي.
nir-permanent-abroad = د دې شمېرې بڼه سمه ده او دایمي ده (هغه څوک چې له فرانسې بهر زېږېدلی). FranceConnect کار کولای شي.
nir-temporary = دا لنډمهاله شمېره ده: په 7 یا 8 پیلېږي. FranceConnect به له دې شمېرې سره کار ونه کړي. خپله دایمي شمېره له CPAM څخه وغواړئ.
nir-wrong-key = کیلي (وروستي ۲ عددونه) د شمېرې له پاتې برخې سره سمون نه خوري. هر عدد د Vitale په کارت کې وګورئ.
nir-malformed = دا د ټولنیز تامین د شمېرې بڼه نه ده. ۱۵ توري اړین دي؛ لومړی 1 یا 2 دی (د لنډمهالې شمېرې لپاره 7 یا 8).
nir-note = دایمي شمېره په 1 یا 2 پیلېږي. ملي ثبت همدا شمېره پېژني.
nir-note-temporary = د لنډمهالې شمېرې سره، FranceConnect به ووايي «هویت ونه موندل شو». دا ستاسو ګناه نه ده: باید دایمي شمېرې ته انتظار وکړئ.
help-nir = کتنه یوازې د شمېرې بڼې او کیلي ته ګوري. دا نه وايي چې ملي ثبت تاسو پېژني که نه.

## Step 3: choose an identity provider

idp-title = یو حساب وټاکئ
idp-body = تاسو باید له مخکې په یوه له دې ویب پاڼو کې حساب ولرئ. کېدای شي څو حسابونه ولرئ: یو یې وټاکئ.
idp-after-not-me = تاسو وویل چې ښودل شوی هویت ستاسو نه دی. هېر شو. بل حساب وټاکئ، یا مرسته وغواړئ.
idp-note = هر یو له دې حسابونو ستاسو د ټولنیز تامین له دایمي شمېرې سره تړلی دی.
help-idp = هغه ویب پاڼه وټاکئ چې په کې کارن نوم او پټنوم لرئ. که هېڅ نه لرئ، اسانه معمولاً ameli.fr (روغتیا بیمه) یا impots.gouv.fr (مالیه) ده.
idp-impots-who = هر هغه څوک چې په فرانسه کې خپل عاید اعلانوي. د مالیې شمېره اړینه ده.
idp-ameli-who = هر هغه څوک چې د فرانسې روغتیا بیمه لري. د ټولنیز تامین شمېره اړینه ده.
idp-laposte-who = هغه لویان چې د فرانسې د هویت سند یا د اوسېدو اجازه لري. ګرځنده تلیفون اړین دی.
idp-msa-who = هغه کسان چې د کرنې په ټولنیزه بیمه (MSA) کې بیمه دي.
idp-france-identite-who = هغه کسان چې د فرانسې نوی هویت کارت او مناسب تلیفون لري.
idp-yris-who = هغه لویان چې د هویت سند لري. ګرځنده تلیفون اړین دی.

## Step 4: authenticate in the browser

auth-title = په براوزر کې ننوتل
auth-failed-title = وصل کېدل بشپړ نه شول
auth-starting = وصل کېدل چمتو کوم…
auth-opened = براوزر په FranceConnect پرانیستل شو. په براوزر کې دوام ورکړئ، بیا دلته راستانه شئ.
auth-not-opened = براوزر پرانیستل نه شو. دا پته په همدې کمپیوټر کې په یوه براوزر کې پرانیزئ:
auth-in-browser = په براوزر کې: { $idp } وټاکئ، خپل کارن نوم او پټنوم ولیکئ، بیا «Se connecter» ووهئ.
auth-timed-out = د انتظار وخت پای ته ورسېد. که لا هم د ننوتلو په حال کې یاست، «نور وخت» وټاکئ.
auth-checking = براوزر راستون شو. ستاسو هویت له برابروونکي سره ګورم…
auth-note = FranceConnect به ستاسو هویت په ملي ثبت کې لټوي. د لنډمهالې شمېرې سره به پیدا نه شي.
auth-note-register = تر ټولو عام لامل: لا د ټولنیز تامین دایمي شمېره نشته. خپله شمېره په 2 ګام کې وګورئ.
help-auth = براوزر د FranceConnect پاڼې ښيي. که هېڅ پرانیستل نه شو، ښودل شوې پته کاپي کړئ. څومره چې اړتیا وي نور وخت غوښتلای شئ.
choice-reopen = براوزر بیا پرانیزه
choice-more-time = نور وخت ({ $minutes ->
        [one] { $minutes } نوره دقیقه
       *[other] { $minutes } نورې دقیقې
    })
choice-cancel = لغوه کړه او د حساب ټاکلو ته راستون شه
choice-retry = بیا هڅه وکړه
choice-other-idp = بل حساب وټاکه

## Step 5: confirm

confirm-title = ښه راغلاست: خپل هویت وګورئ
confirm-body = FranceConnect دا هویت تایید کړ. ډاډ ترلاسه کړئ چې ستاسو دی.
confirm-given = نومونه: { $value }
confirm-family = د زېږېدو کورنۍ نوم: { $value }
confirm-birthdate = د زېږېدو نېټه: { $value }
confirm-birthplace = د زېږېدو ځای: ښاروالۍ { $code }
confirm-born-abroad = د زېږېدو ځای: له فرانسې بهر (هېواد { $country })
confirm-continue = په اصلي ویب پاڼه کې، بیا د خدمت ته د راستنېدو لپاره آبي تڼۍ «Continuer sur { $service }» ووهئ.
confirm-email = له وصل کېدو وروسته ښايي د امنیت برېښنالیک ترلاسه کړئ: دا عادي خبره ده.
confirm-wrong = تاسو نه یاست، یا کوم معلومات غلط دي؟ «دا زه نه یم» وټاکئ او د هغه حساب ادارې سره اړیکه ونیسئ چې کارولی مو و.
confirm-note = دا هویت له ملي ثبت څخه راځي، ستاسو د ټولنیز تامین د دایمي شمېرې په مرسته.
help-confirm = هره کرښه ولولئ. که هر څه سم وي، تایید یې کړئ. په دې کمپیوټر کې هېڅ نه ساتل کېږي.
choice-confirm-yes = هو، دا زه یم
choice-not-me = دا زه نه یم

## Step 6: done

done-title = تاسو د FranceConnect له لارې وصل یاست
done-connected = وصل کېدل تایید شول.
done-logged-out = تاسو له FranceConnect څخه ووتلئ.
done-services = هغه خدمتونه چې FranceConnect مني دلته دي:
done-help = مرستې ته اړتیا لرئ؟ ستاسو نږدې د France Services دفتر مرسته کولای شي.
done-note = د ټولنیز تامین خپله دایمي شمېره وساتئ: په هر وصل کېدو کې اړینه ده.
help-done = «پای» مرستیال تړي. «له FranceConnect وتل» په براوزر کې د FranceConnect ناسته هم تړي.
choice-finish = پای
choice-logout = له FranceConnect وتل

## Errors

error-code = هغه کوډ چې د ملاتړ ټیم ته یې ورکوئ: { $code }
error-check = ناکامه کتنه: { $check }
error-config-client-id = د دې برابروونکي لپاره د خدمت پېژندنه (client id) نه ده ټاکل شوې.
error-config-client-id-next = هغه د --client-id یا د FCGUIDE_CLIENT_ID متغیر سره ورکړئ، یا تمریني برابروونکی وکاروئ.
error-config-secret = د خدمت راز نشته.
error-config-secret-next = هغه په FCGUIDE_CLIENT_SECRET متغیر کې یا د تنظیماتو په فایل کې (چې یوازې تاسو یې لوستلای شئ) کېږدئ.
error-config-secret-file-open = نور خلک د راز فایل لوستلای شي: له کارولو یې ډډه کوم.
error-config-secret-file-open-next = یوازې خپل ځان ته یې د لوستلو وړ کړئ: chmod 600 او د فایل نوم.
error-config-secret-file = د راز فایل نه لوستل کېږي.
error-config-secret-file-next = د هغه لاره او اجازې وګورئ.
error-config-redirect-uri = د راستنېدو پته (--redirect-uri) سمه نه ده.
error-config-redirect-uri-next = باید د http://localhost:PORT/path یا http://127.0.0.1:PORT/path په بڼه وي، کټ مټ لکه څنګه چې ثبت شوې.
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
error-access-denied = وصل کېدل لغوه یا رد شول.
error-access-denied-next = بیا هڅه وکړئ، یا بل حساب وټاکئ.
error-invalid-idp-hint = دا حساب له دې ځایه د دې خدمت لپاره نه شي ټاکل کېدای.
error-invalid-idp-hint-next = بل حساب وټاکئ یا بیا هڅه وکړئ: بیا به ټاکنه په براوزر کې وي.
error-invalid-request = برابروونکي غوښتنه رد کړه.
error-invalid-request-next = دا د خدمت د تنظیماتو ستونزه ده، نه ستاسو د حساب. وروسته هڅه وکړئ یا یې راپور ورکړئ.
error-server-error = برابروونکي تخنیکي ستونزه درلوده.
error-server-error-next = د براوزر ټب وتړئ او بیا هڅه وکړئ.
error-temporarily-unavailable = برابروونکی اوس مهال شتون نه لري.
error-temporarily-unavailable-next = څو دقیقې وروسته بیا هڅه وکړئ.
error-refused = برابروونکي وصل کېدل رد کړل.
error-refused-next = بیا هڅه وکړئ، یا بل حساب وټاکئ.
error-callback-issuer = ځواب له تمه شوي برابروونکي نه دی راغلی. ما رد کړ.
error-callback-issuer-next = د ننوتلو نور ټبونه وتړئ او بیا هڅه وکړئ.
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
callback-refused = دا ځواب د روان وصل کېدو نه دی. ټرمینل ته راستانه شئ.
logout-done = تاسو ووتلئ. کولای شئ دا ټب وتړئ او ټرمینل ته راستانه شئ.

## Practice provider pages

practice-banner = تمرین: دا اصلي FranceConnect نه دی. دولت ته هېڅ نه لېږل کېږي.
practice-choose-title = یو حساب ټاکم چې { $service } ته ننوځم
practice-login-title = { $idp } ته ننوتل
practice-account = تمریني حساب
practice-username = کارن نوم
practice-password = پټنوم
practice-login-button = ننوتل
practice-welcome = ښه راغلاست { $name }
practice-continue = په { $service } کې دوام
practice-register-title = هویت ونه موندل شو
practice-register-body = ستاسو د هویت په معلوماتو کې ستونزه نه پرېږدي چې وصل کېدل بشپړ شي.
practice-back = { $service } ته راستنېدل
practice-error-title = تېروتنه
practice-logged-out = تاسو له FranceConnect څخه ووتلئ.
practice-account-typical = لوی سړی چې په فرانسه کې زېږېدلی
practice-account-several = څو نومونه
practice-account-abroad = هغه څوک چې له فرانسې بهر زېږېدلی
practice-account-temporary = د ټولنیز تامین لنډمهاله شمېره: وصل کېدل به ناکام شي

## Plain mode

plain-invalid = پوه نه شوم. له 1 څخه تر { $max } پورې یوه شمېره ولیکئ، یا یوازې Enter.
input-hidden = هغه څه چې لیکئ نه ښودل کېږي.
choice-default = اصلي
more-below = ↓ پاتې برخه لاندې ده: Page Down کیلي.
more-above = ↑ پیل پورته دی: Page Up کیلي.

## Command line

cli-see-help = وګورئ: fcguide --help
cli-missing-value = له { $word } وروسته یو ارزښت نشته.
cli-unknown-option = نامعلومه ټاکنه: { $word }
cli-bad-port = ناسم پورټ: { $word }
cli-bad-wait = ناسم وخت (په دقیقو، لږ تر لږه 1): { $word }
cli-no-secret-option = راز هېڅکله په کمانډ لاین کې نه ورکول کېږي ({ $word }): نور کاروونکي یې لوستلای شي. د FCGUIDE_CLIENT_SECRET متغیر یا ~/.config/fcguide/client_secret فایل (chmod 600) وکاروئ.
cli-unknown-provider = نامعلوم برابروونکی: { $word }. practice، franceconnect-sandbox، franceconnect-integration یا franceconnect وټاکئ، یا --issuer ورکړئ.
cli-provider-and-issuer = یا --provider یا --issuer وټاکئ، نه دواړه ({ $word }).
cli-unknown-language = ژبه شتون نه لري: { $word }. وګورئ: fcguide --list-languages
cli-practice-port = پورټ { $word } بوخت دی. د --port سره بل وټاکئ، یا --port مه کاروئ.
cli-practice-started = تمریني برابروونکی پیل شو (یوازې په دې کمپیوټر کې). Ctrl-C یې دروي.
cli-bad-bidi = --bidi «program» (مرستیال له ښي څخه کیڼ ته متن تنظیموي) یا «terminal» (ټرمینل یې کوي) مني: { $word }
cli-help =
    fcguide: د FranceConnect له لارې وصل کېدل، ګام په ګام، ستاسو په ژبه.

    کارونه:
      fcguide [ټاکنې]
      fcguide practice-server [--port N]

    ټاکنې:
      --plain               کرښه په کرښه حالت (پرده لوستونکي، ساده ټرمینلونه)
      --lang LANGUAGE       ژبه (fr، uk، en، ps…)؛ وګورئ --list-languages
      --provider NAME       practice (اصلي)، franceconnect-sandbox،
                            franceconnect-integration، franceconnect
      --issuer URL          بل OpenID Connect برابروونکی
      --client-id ID        د خدمت پېژندنه (یا FCGUIDE_CLIENT_ID)
      --redirect-uri URL    ثبت شوې د راستنېدو پته (http://localhost:PORT/path)
      --scopes "…"          غوښتل شوي معلومات (اصلي: بنسټیز هویت او برېښنالیک)
      --idp-hint            ټاکل شوی حساب برابروونکي ته ولېږه (که خدمت اجازه ولري)
      --no-browser          براوزر مه پرانیزه: پته وښیه
      --wait MINUTES        د پوښتلو مخکې براوزر ته انتظار (اصلي 5)
      --bidi terminal       له ښي څخه کیڼ ته د متن تنظیم ټرمینل ته پرېږده
      --high-contrast       لوړ توپیر لرونکې بڼه
      --list-languages      شته ژبې
      --help, --version

    د خدمت راز له FCGUIDE_CLIENT_SECRET یا له فایل څخه راځي
    ~/.config/fcguide/client_secret (چې یوازې تاسو یې لوستلای شئ)، هېڅکله له کمانډ لاین څخه نه.
    د وتلو کوډونه: 0 وصل شو، 1 ناکام، 2 د کارونې تېروتنه، 3 لغوه شو.
