language-name = বাংলা
language-name-en = Bengali
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = এখনও কোনো মাতৃভাষী পড়ে দেখেননি
language-no-voice = পড়ে শোনানোর কণ্ঠ নেই

## Around every step

progress = ধাপ { $step } / { $total }
practice-mark = অনুশীলন: একটি পরীক্ষামূলক প্রদানকারী, আসল FranceConnect নয়
note-label = গুরুত্বপূর্ণ:
help-label = সাহায্য:
french-label = ফরাসিতে:
keys-tui = তীর বা নম্বর: বাছাই · Enter: নিশ্চিত · Esc: পিছনে · ?: সাহায্য · L: ভাষা · B: দুই ভাষা · F: অদলবদল · Q: বের হওয়া
keys-input = Enter: নিশ্চিত · Esc: পিছনে · F1: সাহায্য
keys-input-nir = Enter: যাচাই · Esc: পিছনে · F1: সাহায্য · F2: অঙ্ক দেখান বা লুকান
keys-plain = একটি নম্বর লিখে Enter চাপুন। শুধু Enter: প্রস্তাবিত বিকল্প। শূন্য: পিছনে। h: সাহায্য। l: ভাষা। q: বের হওয়া।
keys-short = ?: সাহায্য · Q: বের হওয়া
prompt = বাছাই
prompt-default = শুধু Enter: { $choice }
still-waiting = আমি এখনও ব্রাউজার ফিরে আসার অপেক্ষায় আছি। আপনি ব্রাউজারে চালিয়ে যেতে পারেন, অথবা একটি বিকল্প লিখতে পারেন।
too-small = উইন্ডোটি খুব ছোট। এটি বড় করুন, অথবা fcguide --plain চালান।
connected-mark = [FranceConnect ✓] সংযুক্ত
help-keys = কী: Enter প্রস্তাবিত বিকল্প নেয়। Esc, Backspace বা শূন্য পিছনে নেয়। L অগ্রগতি না হারিয়ে ভাষা বদলায়। B প্রতিটি লেখার নিচে দ্বিতীয় ভাষা দেখায়; F দুই ভাষা অদলবদল করে। V ধাপগুলো পড়ে শোনায়, বা কণ্ঠ থামায়। লাইন-বাই-লাইন মোডে: সাহায্যের জন্য h; b, f ও v এই কী-গুলোর মতোই।
help-practice = অনুশীলন: এখানে প্রদানকারী এই কম্পিউটারের একটি পরীক্ষামূলক প্রদানকারী, আসল FranceConnect নয়। রাষ্ট্রের কাছে কিছুই পাঠানো হয় না।
speech-on = পড়ে শোনানো: চালু।
speech-off = পড়ে শোনানো: বন্ধ।
speech-unavailable = পড়ে শোনানোর কোনো প্রোগ্রাম ইনস্টল করা নেই (spd-say বা espeak-ng): সহকারী কণ্ঠ ছাড়াই চলবে।

## Words of the real site

fr-words-button = FranceConnect দিয়ে পরিচয় দিন
fr-words-choose = সংযোগ করতে একটি অ্যাকাউন্ট বেছে নিন:
fr-words-login = সংযোগ করুন
fr-words-as = আপনি এই পরিচয়ে সংযোগ করতে যাচ্ছেন:
fr-words-continue = { $service }-এ চালিয়ে যান
fr-words-consent = আমি রাজি যে আমাকে সংযোগ করানোর জন্য FranceConnect আমার তথ্য সেবাটির কাছে পাঠাবে
fr-words-error = একটি ত্রুটি ঘটেছে
fr-words-code = ত্রুটি Y010008
fr-words-what-to-do = কী করবেন?
fr-words-back = { $service }-এ ফিরে যান

## Step 1: language

language-title = আপনার ভাষা বেছে নিন
language-body = সহকারী আপনার ভাষায় কথা বলে। আসল সাইটে আপনি যে ফরাসি শব্দগুলো দেখবেন সেগুলোও দেখায়।
language-note = FranceConnect-এর জন্য একটি স্থায়ী ফরাসি সামাজিক নিরাপত্তা নম্বর দরকার। আমরা এটি ব্যাখ্যা করব।
help-language = যে ভাষা আপনি সবচেয়ে ভালো পড়েন সেটি বেছে নিন। L কী দিয়ে যেকোনো সময় বদলাতে পারেন। কোনো ভাষা খুঁজতে তার নামের শুরুটুকুও লিখতে পারেন।

## Step 2: welcome and prerequisite

welcome-title = FranceConnect কী?
welcome-what = FranceConnect বিনামূল্যে: একটি অ্যাকাউন্টে অনেক অনলাইন সরকারি সেবা (কর, স্বাস্থ্য, বেকারত্ব…)।
welcome-need = স্থায়ী সামাজিক নিরাপত্তা নম্বর দরকার: FranceConnect জাতীয় নিবন্ধনে (RNIPP) আপনার পরিচয় যাচাই করে।
welcome-where = এই নম্বরে 15টি অঙ্ক: এটি আপনার Vitale কার্ডে এবং স্বাস্থ্য বিমার অধিকার সনদে (attestation de droits) আছে।
welcome-without = এখনও নম্বর নেই, বা অস্থায়ী নম্বর (7 বা 8 দিয়ে শুরু)? FranceConnect এখনও কাজ করবে না: আপনার CPAM-কে জিজ্ঞেস করুন। এর মধ্যে সাইটের নিজস্ব অ্যাকাউন্ট ব্যবহার করুন।
welcome-note = স্থায়ী সামাজিক নিরাপত্তা নম্বর ছাড়া সংযোগ ব্যর্থ হয়। অস্থায়ী নম্বর (যা 7 বা 8 দিয়ে শুরু) যথেষ্ট নয়।
help-welcome = “চালিয়ে যান” আপনাকে অ্যাকাউন্ট বাছাইয়ে নিয়ে যায়। আগে আপনার নম্বরের গঠন যাচাই করতে পারেন: যাচাই শুধু এই কম্পিউটারে হয়, কিছুই পাঠানো বা সংরক্ষণ করা হয় না।
choice-continue = চালিয়ে যান
choice-check-nir = আমার সামাজিক নিরাপত্তা নম্বর যাচাই করুন
choice-check-again = আরেকটি নম্বর যাচাই করুন
choice-back = পিছনে
choice-quit = বের হোন

## Number check

nir-title = আমার সামাজিক নিরাপত্তা নম্বর যাচাই করুন
nir-body = শেষের 2টি যাচাই-অঙ্কসহ 15টি অঙ্ক লিখুন। নম্বরটি এই কম্পিউটারেই থাকে: পাঠানো হয় না, সংরক্ষণ করা হয় না, এবং যাচাইয়ের পরে মুছে ফেলা হয়।
nir-input = সামাজিক নিরাপত্তা নম্বর (15টি অঙ্ক)। শুধু Enter: বাদ দিন।
nir-show-digits = s তারপর Enter: অঙ্কগুলো দেখান
nir-read-back = আপনি লিখেছেন: { $number }
nir-permanent = এই নম্বরের গঠন সঠিক এবং এটি স্থায়ী। FranceConnect কাজ করতে পারে।
nir-permanent-abroad = এই নম্বরের গঠন সঠিক এবং এটি স্থায়ী (ফ্রান্সের বাইরে জন্ম নেওয়া ব্যক্তি)। FranceConnect কাজ করতে পারে।
nir-temporary = এটি একটি অস্থায়ী নম্বর: 7 বা 8 দিয়ে শুরু। এই নম্বরে FranceConnect কাজ করবে না। CPAM-এর কাছে আপনার স্থায়ী নম্বর চান।
nir-wrong-key = 2টি যাচাই-অঙ্ক (শেষের 2টি অঙ্ক) নম্বরের বাকি অংশের সাথে মেলে না। আপনার Vitale কার্ডে প্রতিটি অঙ্ক মিলিয়ে দেখুন।
nir-missing-key = 2টি যাচাই-অঙ্ক নেই: শেষের 2টি অঙ্ক যোগ করুন (এগুলো আপনার Vitale কার্ডে, প্রথম 13টির পরে আছে)।
nir-malformed = এটি সামাজিক নিরাপত্তা নম্বরের গঠন নয়। 15টি অক্ষর দরকার; প্রথমটি 1 বা 2 (অস্থায়ী নম্বরে 7 বা 8)।
nir-note = স্থায়ী নম্বর 1 বা 2 দিয়ে শুরু হয়। জাতীয় নিবন্ধন এই নম্বরটিই চেনে।
nir-note-temporary = অস্থায়ী নম্বর দিয়ে FranceConnect একটি পাতা দেখাবে «Une erreur s’est produite», সাথে «Erreur Y010008»। এটি আপনার দোষ নয়: স্থায়ী নম্বরের জন্য অপেক্ষা করতে হবে।
help-nir = যাচাই শুধু নম্বরের গঠন আর এর 2টি যাচাই-অঙ্ক দেখে। জাতীয় নিবন্ধন আপনাকে ইতিমধ্যে চেনে কি না, তা বলে না।

## Step 3: choose an identity provider

idp-title = একটি অ্যাকাউন্ট বেছে নিন
idp-body = এই সাইটগুলোর একটিতে আপনার আগে থেকেই অ্যাকাউন্ট থাকতে হবে। একটি বেছে নিন।
idp-after-not-me = আপনি বলেছেন দেখানো পরিচয়টি আপনার নয়। এটি মুছে ফেলা হয়েছে। আরেকটি অ্যাকাউন্ট বেছে নিন, অথবা সাহায্য চান।
idp-note = আসল কথা: আপনার পরিচয় জাতীয় নিবন্ধনে থাকতে হবে। স্থায়ী সামাজিক নিরাপত্তা নম্বর দিয়েই সেখানে নাম ওঠে।
help-idp = যে সাইটে আপনার ব্যবহারকারীর নাম ও পাসওয়ার্ড আছে সেটি বেছে নিন। কোনোটি না থাকলে সবচেয়ে সহজ সাধারণত ameli.fr (স্বাস্থ্য বিমা) বা impots.gouv.fr। আপনি কি পেশাদার হিসেবে এই ব্যক্তিকে সাহায্য করছেন? কখনো তাঁর হয়ে তাঁর পাসওয়ার্ড লিখবেন না: তিনি নিজেই লিখবেন। তাঁর পক্ষে কাজ করার জন্য Aidants Connect আছে।
idp-impots-who = যে কেউ ফ্রান্সে আয় ঘোষণা করেন। কর নম্বর দরকার।
idp-ameli-who = যে কেউ ফরাসি স্বাস্থ্য বিমার আওতায় আছেন। সামাজিক নিরাপত্তা নম্বর দরকার।
idp-laposte-who = ফরাসি পরিচয়পত্র বা বসবাসের অনুমতিপত্র আছে এমন প্রাপ্তবয়স্ক। মোবাইল ফোন দরকার।
idp-msa-who = কৃষি সামাজিক বিমায় (MSA) বিমাকৃত ব্যক্তি।
idp-france-identite-who = নতুন ফরাসি পরিচয়পত্র এবং উপযুক্ত ফোন আছে এমন ব্যক্তি।
idp-yris-who = পরিচয়পত্র আছে এমন প্রাপ্তবয়স্ক। মোবাইল ফোন দরকার।
idp-trustme-who = পরিচয়পত্র আছে এমন প্রাপ্তবয়স্ক। মোবাইল ফোন এবং TrustMe অ্যাপ দরকার।

## Step 4: authenticate in the browser

auth-title = ব্রাউজারে সংযোগ করুন
auth-failed-title = সংযোগ সম্পন্ন হয়নি
auth-starting = সংযোগ প্রস্তুত করছি…
auth-opened = ব্রাউজার খুলেছে। পরে এখানে ফিরে আসুন।
auth-not-opened = ব্রাউজার খোলেনি। এই কম্পিউটারের একটি ব্রাউজারে এই ঠিকানাটি খুলুন:
auth-no-browser = এই কম্পিউটারের একটি ব্রাউজারে এই ঠিকানাটি খুলুন:
auth-no-display = এখানে কোনো গ্রাফিক্যাল ব্রাউজার নেই। এই কম্পিউটারের একটি ব্রাউজারে এই ঠিকানাটি খুলুন, যেমন একটি টেক্সট ব্রাউজারে:
auth-ssh = আপনি দূর থেকে (SSH) এই কম্পিউটারে সংযুক্ত। দুটি উপায়: এই কম্পিউটারেরই একটি ব্রাউজারে ঠিকানাটি খুলুন; অথবা নিজের কম্পিউটারে নিচের কমান্ডটি লিখুন, তারপর নিজের ব্রাউজারে ঠিকানাটি খুলুন।
auth-in-browser = ব্রাউজারে: { $idp } বেছে নিন, ব্যবহারকারীর নাম ও পাসওয়ার্ড লিখুন, তারপর «Se connecter»।
auth-timed-out = নির্ধারিত সময় পেরিয়ে গেছে, তবে এখনও ব্রাউজারে শেষ করতে পারেন। আরও সময় লাগলে “আরও সময়” বেছে নিন।
auth-checking = ব্রাউজার ফিরে এসেছে। আপনার পরিচয় যাচাই করছি…
auth-note = FranceConnect জাতীয় নিবন্ধনে আপনার পরিচয় খুঁজবে। অস্থায়ী নম্বর দিয়ে তা পাওয়া যাবে না।
auth-note-register = সবচেয়ে সাধারণ কারণ: এখনও স্থায়ী সামাজিক নিরাপত্তা নম্বর নেই। নম্বর যাচাই করতে “আমার সামাজিক নিরাপত্তা নম্বর যাচাই করুন” বেছে নিন।
help-auth = ব্রাউজার FranceConnect-এর পাতাগুলো দেখায়। কিছু না খুললে দেখানো ঠিকানাটি কপি করুন। যতবার দরকার ততবার আরও সময় চাইতে পারেন।
help-auth-failed = প্রতিটি বিকল্প বলে সেটি কী করে। “আবার চেষ্টা করুন” ব্রাউজার আবার খোলে। FranceConnect-এর ত্রুটির পাতা বুঝতে তার কোডটি লিখুন। FranceConnect-কে লিখতে: তার ত্রুটির পাতার «Contactez-nous» বোতাম, অথবা aide.franceconnect.gouv.fr সাইট।
choice-reopen = ব্রাউজার আবার খুলুন
choice-more-time = আরও সময় ({ $minutes ->
        [one] আরও { $minutes } মিনিট
       *[other] আরও { $minutes } মিনিট
    })
notice-more-time = ঠিক আছে: { $minutes ->
        [one] আরও { $minutes } মিনিট।
       *[other] আরও { $minutes } মিনিট।
    }
notice-more-time-until = ঠিক আছে: { $minutes ->
        [one] আরও { $minutes } মিনিট
       *[other] আরও { $minutes } মিনিট
    }, { $time } পর্যন্ত।
notice-reopened = ব্রাউজার সংযোগের পাতায় আবার খুলেছে।
notice-not-reopened = ব্রাউজার খোলেনি। ঠিকানাটি নিজে খুলুন।
choice-cancel = বাতিল করে অ্যাকাউন্ট বাছাইয়ে ফিরে যান
choice-retry = আবার চেষ্টা করুন
choice-other-idp = আরেকটি অ্যাকাউন্ট বেছে নিন
choice-read-code = FranceConnect-এর ত্রুটির পাতার কোডটি লিখুন
choice-code-again = আরেকটি কোড লিখুন
code-title = FranceConnect-এর পাতায় কী লেখা ছিল?
code-body = পাতায় যদি «Une erreur s’est produite» লেখা থাকে, তাহলে «Erreur»-এর পরে লেখা কোডটি লিখুন (যেমন Y010008)। কোনো কোড না থাকলে শুধু Enter চাপুন।
code-input = পাতার কোড (যেমন Y010008)। শুধু Enter: কোনো কোড নেই।
code-read = কোড { $code }:
code-note = কী হয়েছে তা বুঝতে এই কোড FranceConnect-এর সহায়তা দল এবং আপনার CPAM-কে সাহায্য করে। কোডটি লিখে রাখুন। FranceConnect-কে লিখতে: তার ত্রুটির পাতার «Contactez-nous» বোতাম, অথবা aide.franceconnect.gouv.fr সাইট।
help-code = কোডটি FranceConnect-এর ত্রুটির পাতায়, «Erreur» শব্দের পরে থাকে। এটি Y দিয়ে শুরু হয়, তারপর কমপক্ষে 6টি অঙ্ক বা অক্ষর থাকে (যেমন Y010008 বা Y04EA6EF)। আপনি যা লেখেন তার কিছুই কোথাও পাঠানো হয় না।
code-y010008 = FranceConnect জাতীয় নিবন্ধনে (RNIPP) আপনার পরিচয় পায়নি। এটি আপনার দোষ নয়।
code-y010008-next = সবচেয়ে সাধারণ কারণ: এখনও স্থায়ী সামাজিক নিরাপত্তা নম্বর নেই (আছে শুধু অস্থায়ী নম্বর, যা 7 বা 8 দিয়ে শুরু, অথবা আপনার ফাইল এখনও চলছে)। আপনার স্থায়ী নম্বরের অবস্থা CPAM-কে জিজ্ঞেস করুন। এর মধ্যে সাইটের নিজস্ব অ্যাকাউন্ট ব্যবহার করুন। আপনার নম্বর আগেই স্থায়ী হলে এই কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন।
code-y010004 = জাতীয় নিবন্ধন আপনার অ্যাকাউন্টের পরিচয়ের কাছাকাছি একটি পরিচয় পেয়েছে, কিন্তু যথেষ্ট কাছাকাছি নয়।
code-y010004-next = আপনার অ্যাকাউন্টে আর নিবন্ধনে আপনার পরিচয়ের তথ্য আলাদা (পারিবারিক নাম, নামসমূহ, জন্ম তারিখ বা জন্মস্থান)। তথ্য ঠিক করাতে এই কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন।
code-y010006 = জাতীয় নিবন্ধন আপনার জন্য একাধিক সম্ভাব্য পরিচয় পেয়েছে।
code-y010006-next = আপনার তথ্য ঠিক করতে হবে। এই কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন।
code-y010007 = জাতীয় নিবন্ধন আপনাকে শুধু আপনার ব্যবহৃত নামে খুঁজে পেয়েছে (যেমন স্বামী বা স্ত্রীর পারিবারিক নাম)।
code-y010007-next = আপনার তথ্য ঠিক করতে হবে। এই কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন।
code-register-technical = জাতীয় নিবন্ধন উত্তর দিতে পারেনি: এটি একটি প্রযুক্তিগত সমস্যা, আপনার দোষ নয়।
code-register-technical-next = পরে আবার চেষ্টা করুন। সমস্যা চলতে থাকলে এই কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন।
code-y010015 = জাতীয় নিবন্ধন এই পরিচয় দিয়ে আর সংযোগ করতে দেয় না।
code-y010015-next = এই কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন: তাদের দল আপনার সাথে মিলে আপনার অবস্থা দেখবে।
code-y030007 = সেবাটি যে অনুরোধ পাঠিয়েছে তা সঠিক ছিল না। এটি আপনার দোষ নয়।
code-y030007-next = এটি সেবার (অথবা এই সহকারীর) সেটিংসের সমস্যা। এই কোডসহ সেবাকে জানান।
code-y190001 = সেশনের মেয়াদ শেষ বা এটি আর বৈধ নয়: সংযোগে খুব বেশি সময় লেগেছে, অথবা পাতাটি অনেকক্ষণ খোলা ছিল।
code-y190001-next = FranceConnect-এর ট্যাব বন্ধ করুন, তারপর আবার শুরু করুন: আবার চেষ্টা করুন বেছে নিন।
code-unknown = আমি এই কোড চিনি না।
code-unknown-next = পাতায় কোডটি মিলিয়ে দেখুন (Y, তারপর কমপক্ষে 6টি অঙ্ক বা অক্ষর)। ঠিক থাকলে এই কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন।
code-none = পাতায় কোনো কোড ছিল না: সম্ভবত আপনি সংযোগ করার আগেই পিছনে ফিরে গিয়েছিলেন।
code-none-next = আপনি আবার চেষ্টা করতে পারেন, অথবা আরেকটি অ্যাকাউন্ট বেছে নিতে পারেন।

## Step 5: confirm

confirm-title = আপনার পরিচয় যাচাই করুন
confirm-body = নিশ্চিত হন যে এই পরিচয়টি আপনার।
confirm-given = নামসমূহ: { $value }
confirm-family = জন্মের সময়ের পারিবারিক নাম: { $value }
confirm-birthdate = জন্ম তারিখ: { $value }
months = জানুয়ারি, ফেব্রুয়ারি, মার্চ, এপ্রিল, মে, জুন, জুলাই, আগস্ট, সেপ্টেম্বর, অক্টোবর, নভেম্বর, ডিসেম্বর
confirm-birthplace = জন্মস্থান: পৌরসভার কোড { $code }
confirm-born-abroad = জন্মস্থান: ফ্রান্সের বাইরে (দেশ { $country })
confirm-continue = আসল সাইটে এই শেষ পাতায় আপনার নাম আর একটি নীল বোতাম থাকে। পুরোনো নির্দেশিকাগুলো একে «Bienvenue» বলে।
confirm-consent = কিছু সেবা আগে একটি ঘরে টিক দিতে বলে।
confirm-wrong = এটি আপনি নন? “এটি আমি নই” বেছে নিন: পরিচয়টি মুছে ফেলা হবে।
confirm-note = এই পরিচয় আপনার স্থায়ী সামাজিক নিরাপত্তা নম্বরের মাধ্যমে জাতীয় নিবন্ধন থেকে আসে।
help-confirm = প্রতিটি লাইন দেখুন। সব ঠিক থাকলে নিশ্চিত করুন। এই কম্পিউটারে কিছুই সংরক্ষণ করা হয় না। কোনো তথ্য ভুল? যে অ্যাকাউন্ট ব্যবহার করেছেন তার প্রতিষ্ঠানের সাথে যোগাযোগ করুন। কোনো সংযোগ অস্বাভাবিক মনে হলে তবেই FranceConnect আপনাকে ইমেইল পাঠায়।
choice-confirm-yes = হ্যাঁ, এটি আমি
choice-not-me = এটি আমি নই

## Step 6: done

done-title = আপনি FranceConnect-এর সাথে সংযুক্ত
done-title-logged-out = আপনি FranceConnect থেকে লগ আউট করেছেন
done-connected = সংযোগ নিশ্চিত হয়েছে।
done-logged-out = আপনি FranceConnect থেকে লগ আউট করেছেন।
done-services = FranceConnect গ্রহণ করে এমন সেবাগুলোর তালিকা এখানে:
done-help = সাহায্য দরকার? আপনার কাছের একটি France Services অফিস সাহায্য করতে পারে।
done-note = আপনার স্থায়ী সামাজিক নিরাপত্তা নম্বর রেখে দিন: প্রতিটি সংযোগে এটি লাগে।
help-done = “শেষ করুন” সহকারী বন্ধ করে। “FranceConnect থেকে লগ আউট করুন” ব্রাউজারে FranceConnect সেশনও বন্ধ করে। সাহায্য দরকার? আপনার কাছের একটি France Services অফিস সাহায্য করতে পারে।
choice-finish = শেষ করুন
choice-logout = FranceConnect থেকে লগ আউট করুন
end-connected = সহকারী শেষ: আপনি সংযুক্ত।
end-failed = সহকারী শেষ: সংযোগ সম্পন্ন হয়নি।
end-cancelled = সহকারী শেষ।

## Errors

error-code = সহায়তা দলকে দেওয়ার কোড: { $code }
error-check = ব্যর্থ যাচাই: { $check }
error-config-client-id = এই প্রদানকারীর জন্য কোনো সেবা শনাক্তকারী (client id) ঠিক করা নেই।
error-config-client-id-next = --client-id বা FCGUIDE_CLIENT_ID ভেরিয়েবল দিয়ে দিন, অথবা অনুশীলন প্রদানকারী ব্যবহার করুন।
error-config-secret = সেবার গোপন কী নেই।
error-config-secret-next = এটি FCGUIDE_CLIENT_SECRET ভেরিয়েবলে বা কনফিগারেশন ফাইলে (শুধু আপনি পড়তে পারেন এমন) রাখুন।
error-config-secret-file-open = অন্যরা গোপন কী-র ফাইল ({ $file }) পড়তে পারে: আমি এটি ব্যবহার করতে অস্বীকার করছি।
error-config-secret-file-open-next = এটি শুধু আপনার পড়ার উপযোগী করুন: chmod 600 { $file }
error-config-secret-file = গোপন কী-র ফাইল ({ $file }) পড়া যাচ্ছে না।
error-config-secret-file-next = এর পথ ও অনুমতি যাচাই করুন।
error-config-redirect-uri = ফেরার ঠিকানা (--redirect-uri) সঠিক নয়।
error-config-redirect-uri-next = এটি http://localhost:PORT/path বা http://127.0.0.1:PORT/path আকারে হতে হবে, ঠিক যেমন নিবন্ধিত।
error-config-redirect-required = FranceConnect-এর জন্য এই সেবার নিবন্ধিত ফেরার ঠিকানা দরকার (--redirect-uri)।
error-config-redirect-required-next = FranceConnect শুধু হুবহু নিবন্ধিত ঠিকানাটিই গ্রহণ করে। এই কম্পিউটারে একটি নির্দিষ্ট পোর্টসহ একটি ঠিকানা নিবন্ধন করুন, যেমন http://localhost:8400/callback, তারপর --redirect-uri দিয়ে সেটি দিন।
error-config-issuer = প্রদানকারীর ঠিকানা সঠিক নয়।
error-config-issuer-next = একটি সম্পূর্ণ https ঠিকানা দিন, অথবা একটি প্রস্তুত প্রদানকারী বেছে নিন।
error-unreachable = প্রদানকারী সাড়া দিচ্ছে না।
error-unreachable-next = ইন্টারনেট সংযোগ যাচাই করে আবার চেষ্টা করুন। ইন্টারনেট ছাড়া অনুশীলন প্রদানকারী ব্যবহার করুন।
error-discovery = প্রদানকারী এমন একটি কনফিগারেশন দিয়েছে যা পড়া যায় না বা তার নিজের নয়।
error-discovery-next = প্রদানকারীর ঠিকানা যাচাই করুন। সঠিক হলে পরে চেষ্টা করুন।
error-insecure = প্রদানকারীর ঠিকানা এনক্রিপ্ট করা নয় (http)।
error-insecure-next = একটি https ঠিকানা ব্যবহার করুন। http শুধু এই কম্পিউটারে (127.0.0.1) অনুমোদিত।
error-identity-not-found = FranceConnect জাতীয় নিবন্ধনে আপনার পরিচয় পায়নি।
error-identity-not-found-next = সবচেয়ে সাধারণ কারণ: অস্থায়ী সামাজিক নিরাপত্তা নম্বর, অথবা এখনও স্থায়ী নম্বর নেই। CPAM-কে জিজ্ঞেস করুন। আপনার নম্বর স্থায়ী হলে নিচের কোডসহ FranceConnect-এর সাথে যোগাযোগ করুন।
error-access-denied = সংযোগ সম্পন্ন হয়নি: FranceConnect কোনো পরিচয় ফেরত পাঠায়নি।
error-access-denied-next = এটি ঘটে যখন আপনি পিছনে ফিরে গেছেন, অথবা যখন FranceConnect একটি ত্রুটির পাতা দেখিয়েছে («Une erreur s’est produite»)। পাতায় যদি «Erreur»-এর পরে একটি কোড থাকে, তাহলে কোডটি লেখার বিকল্প বেছে নিন: আমি এর মানে বুঝিয়ে দেব।
error-invalid-idp-hint = এই সেবার জন্য এখান থেকে এই অ্যাকাউন্টটি বেছে নেওয়া যায় না।
error-invalid-idp-hint-next = আরেকটি অ্যাকাউন্ট বেছে নিন বা আবার চেষ্টা করুন: তখন বাছাই ব্রাউজারে হবে।
error-invalid-request = প্রদানকারী অনুরোধটি প্রত্যাখ্যান করেছে।
error-invalid-request-next = এটি সেবার সেটিংসের সমস্যা, আপনার অ্যাকাউন্টের নয়। পরে চেষ্টা করুন বা জানান।
error-server-error = প্রদানকারীর একটি প্রযুক্তিগত সমস্যা হয়েছে।
error-server-error-next = ব্রাউজারের ট্যাব বন্ধ করে আবার চেষ্টা করুন। FranceConnect-এর পাতায় যদি «Erreur»-এর পরে একটি কোড থাকে, তাহলে কোডটি লেখার বিকল্প বেছে নিন: আমি এর মানে বুঝিয়ে দেব।
error-temporarily-unavailable = প্রদানকারী এই মুহূর্তে পাওয়া যাচ্ছে না।
error-temporarily-unavailable-next = কয়েক মিনিট পরে আবার চেষ্টা করুন। FranceConnect-এর পাতায় যদি «Erreur»-এর পরে একটি কোড থাকে, তাহলে কোডটি লেখার বিকল্প বেছে নিন: আমি এর মানে বুঝিয়ে দেব।
error-refused = প্রদানকারী সংযোগ প্রত্যাখ্যান করেছে।
error-refused-next = আবার চেষ্টা করুন, অথবা আরেকটি অ্যাকাউন্ট বেছে নিন।
error-callback-issuer = উত্তরটি প্রত্যাশিত প্রদানকারী থেকে আসেনি। আমি এটি প্রত্যাখ্যান করেছি।
error-callback-issuer-next = অন্য সংযোগ ট্যাবগুলো বন্ধ করে আবার চেষ্টা করুন।
error-callback-issuer-missing = উত্তরটি কোন প্রদানকারী থেকে এসেছে তা বলে না, যদিও এই প্রদানকারী সবসময় তা বলে। আমি এটি প্রত্যাখ্যান করেছি।
error-callback-issuer-missing-next = অন্য সংযোগ ট্যাবগুলো বন্ধ করে আবার চেষ্টা করুন।
error-missing-code = ব্রাউজার ব্যবহারযোগ্য উত্তর ছাড়াই ফিরে এসেছে।
error-missing-code-next = আবার চেষ্টা করুন।
error-port-in-use = ফেরার পোর্ট { $port } এই কম্পিউটারে ইতিমধ্যে ব্যস্ত।
error-port-in-use-next = যে প্রোগ্রাম এটি ব্যবহার করছে তা বন্ধ করুন, অথবা আরেকটি নিবন্ধিত ফেরার ঠিকানা বেছে নিন।
error-listener = এই কম্পিউটারে ব্রাউজারের জন্য অপেক্ষা করতে পারিনি।
error-listener-next = আবার চেষ্টা করুন। চলতে থাকলে কম্পিউটার আবার চালু করুন।
error-timeout = ব্রাউজার সময়মতো ফেরেনি।
error-timeout-next = আবার চেষ্টা করুন: নতুন একটি সংযোগ শুরু হবে।
error-token-endpoint = প্রদানকারী সংযোগ নিশ্চিত করেনি।
error-token-endpoint-next = এখনই আবার চেষ্টা করুন: ব্রাউজারের উত্তর মাত্র কয়েক সেকেন্ড বৈধ থাকে।
error-id-token = প্রদানকারীর পাঠানো পরিচয়ের প্রমাণ বৈধ নয়। আমি এটি প্রত্যাখ্যান করেছি।
error-id-token-next = কোনো পরিচয় দেখানো হয় না। আবার চেষ্টা করুন; চলতে থাকলে প্রদানকারী সম্পর্কে জানাতে হবে।
error-userinfo = প্রদানকারীর পাঠানো পরিচয়ের তথ্য বৈধ নয়। আমি এগুলো প্রত্যাখ্যান করেছি।
error-userinfo-next = কোনো পরিচয় দেখানো হয় না। আবার চেষ্টা করুন; চলতে থাকলে প্রদানকারী সম্পর্কে জানাতে হবে।

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = হয়ে গেছে। এই ট্যাব বন্ধ করে টার্মিনালে ফিরে যেতে পারেন।
callback-failed = সংযোগ সম্পন্ন হয়নি। টার্মিনালে ফিরে যান: সহকারী বুঝিয়ে দেবে কী করতে হবে।
callback-refused = এই উত্তর চলমান সংযোগের নয়। টার্মিনালে ফিরে যান।
logout-done = আপনি লগ আউট করেছেন। এই ট্যাব বন্ধ করে টার্মিনালে ফিরে যেতে পারেন।

## Practice provider pages

practice-banner = অনুশীলন: এটি আসল FranceConnect নয়। রাষ্ট্রের কাছে কিছুই পাঠানো হয় না।
practice-choose-doc-title = সংযোগ - অ্যাকাউন্ট বাছাই
practice-connecting = { $service }-এ সংযোগ চলছে
practice-choose-title = সংযোগ করতে একটি অ্যাকাউন্ট বেছে নিন:
practice-aidants = আপনি কি পেশাদার হিসেবে অন্যদের সাহায্য করেন? Aidants Connect ব্যবহার করুন
practice-login-title = { $idp }-এ সংযোগ
practice-account = অনুশীলন অ্যাকাউন্ট
practice-username = ব্যবহারকারীর নাম
practice-password = পাসওয়ার্ড
practice-login-button = সংযোগ করুন
practice-wrong-password = ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।
practice-continue-doc-title = সংযোগ - { $service } সেবায় চালিয়ে যান
practice-as = আপনি এই পরিচয়ে সংযোগ করতে যাচ্ছেন:
practice-continue = { $service }-এ চালিয়ে যান
practice-consent = আমি রাজি যে আমাকে সংযোগ করানোর জন্য FranceConnect আমার তথ্য সেবাটির কাছে পাঠাবে
practice-consent-missing = তথ্য পাঠানোয় রাজি হতে অনুগ্রহ করে ঘরে টিক দিন
practice-error-doc-title = সংযোগের ত্রুটি
practice-back = { $service }-এ ফিরে যান
practice-error-title = একটি ত্রুটি ঘটেছে
practice-error-code = ত্রুটি { $code }
practice-error-body = একটি ত্রুটি ঘটেছে, অনুগ্রহ করে পরে আবার চেষ্টা করুন
practice-help-page = অনুগ্রহ করে আমাদের FranceConnect সাহায্য পাতা দেখুন।
practice-what-to-do = কী করবেন?
practice-contact = আমাদের সাথে যোগাযোগ করুন
practice-logged-out = আপনি FranceConnect থেকে লগ আউট করেছেন।
practice-not-found = পাতা পাওয়া যায়নি
practice-account-typical = ফ্রান্সে জন্ম নেওয়া প্রাপ্তবয়স্ক
practice-account-several = একাধিক নাম
practice-account-abroad = বিদেশে জন্ম নেওয়া ব্যক্তি
practice-account-temporary = অস্থায়ী সামাজিক নিরাপত্তা নম্বর: সংযোগ ব্যর্থ হবে

## Plain mode

plain-invalid = বুঝতে পারিনি। 1 থেকে { $max } পর্যন্ত একটি নম্বর লিখুন, অথবা শুধু Enter।
input-hidden = আপনি যা লেখেন তা দেখানো হয় না।
choice-default = ডিফল্ট

## Command line

cli-see-help = দেখুন: fcguide --help
cli-missing-value = { $word }-এর পরে একটি মান নেই।
cli-unknown-option = অজানা বিকল্প: { $word }
cli-bad-port = অবৈধ পোর্ট: { $word }
cli-bad-wait = অবৈধ সময়কাল (মিনিটে, 1 থেকে 1440): { $word }
cli-not-text = একটি আর্গুমেন্ট পড়ার মতো লেখা নয়: { $word }
cli-switch-value = এই বিকল্প কোনো মান নেয় না: { $word }
cli-bad-rules = --rules “franceconnect” (প্ল্যাটফর্মের নিয়ম) বা “oidc” (সাধারণ OpenID Connect) নেয়: { $word }
cli-no-secret-option = গোপন কী কখনো কমান্ড লাইনে দেওয়া হয় না ({ $word }): অন্য ব্যবহারকারীরা এটি পড়তে পারে। FCGUIDE_CLIENT_SECRET ভেরিয়েবল বা ~/.config/fcguide/client_secret ফাইল (chmod 600) ব্যবহার করুন।
cli-unknown-provider = অজানা প্রদানকারী: { $word }। practice, franceconnect-sandbox, franceconnect-integration বা franceconnect বেছে নিন, অথবা --issuer দিন।
cli-provider-and-issuer = --provider অথবা --issuer বেছে নিন, দুটো একসাথে নয় ({ $word })।
cli-unknown-language = ভাষাটি উপলব্ধ নয়: { $word }। দেখুন: fcguide --list-languages
cli-practice-port = পোর্ট { $word } ইতিমধ্যে ব্যস্ত। --port দিয়ে আরেকটি বেছে নিন, অথবা --port বাদ দিন।
cli-practice-started = অনুশীলন প্রদানকারী চালু হয়েছে (শুধু এই কম্পিউটারে)। Ctrl-C এটি থামায়।
cli-bad-bidi = --bidi “program” (সহকারী ডান থেকে বামের লেখা সাজায়) বা “terminal” (টার্মিনাল সাজায়) নেয়: { $word }
cli-bad-format = --format “html” (ছাপার জন্য পাতা) বা “text” (সাধারণ লেখা) নেয়: { $word }
cli-help =
    fcguide: FranceConnect-এ সংযোগ, ধাপে ধাপে, আপনার ভাষায়।

    ব্যবহার:
      fcguide [বিকল্প]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    বিকল্প:
      --plain               লাইন-বাই-লাইন মোড (স্ক্রিন রিডার, সাধারণ টার্মিনাল)
      --lang LANGUAGE       ভাষা (fr, uk, en, bn…); দেখুন --list-languages
      --provider NAME       practice (ডিফল্ট), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          আরেকটি OpenID Connect প্রদানকারী
      --client-id ID        সেবার শনাক্তকারী (অথবা FCGUIDE_CLIENT_ID)
      --redirect-uri URL    নিবন্ধিত ফেরার ঠিকানা (http://localhost:PORT/path),
                            FranceConnect-এর সাথে বাধ্যতামূলক
      --rules NAME          franceconnect (প্ল্যাটফর্মের নিয়ম, এর পরিবেশগুলোতে
                            ডিফল্ট) অথবা oidc (--issuer-এর সাথে ডিফল্ট)
      --scopes "…"          যে তথ্য চাওয়া হয় (ডিফল্ট: মূল পরিচয় ও ইমেইল)
      --idp-hint ID         প্ল্যাটফর্ম এই সেবার জন্য যে পরিচয় প্রদানকারীর
                            শনাক্তকারী দিয়েছে (idp_hint হিসেবে পাঠানো হয়)
      --no-browser          ব্রাউজার খুলবেন না: ঠিকানা দেখান
      --wait MINUTES        জিজ্ঞেস করার আগে ব্রাউজারের জন্য অপেক্ষা (ডিফল্ট 5, 1 থেকে 1440)
      --bidi terminal       ডান থেকে বামের লেখা সাজানো টার্মিনালের উপর ছেড়ে দিন
      --high-contrast       উচ্চ বৈপরীত্যের থিম
      --second-lang LANG    দ্বিভাষিক দৃশ্যের দ্বিতীয় ভাষা (ডিফল্ট ফরাসি)
      --speak               ধাপগুলো পড়ে শোনানো (spd-say বা espeak-ng)
      --list-languages      উপলব্ধ ভাষা
      --help, --version

    সেবার গোপন কী আসে FCGUIDE_CLIENT_SECRET থেকে অথবা ফাইল থেকে
    ~/.config/fcguide/client_secret (শুধু আপনি পড়তে পারেন), কখনো কমান্ড লাইন থেকে নয়।
    fcguide sheet ছাপার জন্য ধাপের তালিকা লেখে (html, ডিফল্ট) বা সাধারণ লেখায়।
    প্রস্থান কোড: 0 সংযুক্ত, 1 ব্যর্থ, 2 ব্যবহারের ত্রুটি, 3 বাতিল।
more-below = ↓ বাকিটা নিচে: Page Down কী।
more-above = ↑ শুরুটা উপরে: Page Up কী।
more-choices = ↕ আরও বিকল্প লুকানো আছে: তীর কী।

## Printable sheet

sheet-title = FranceConnect, ধাপে ধাপে
sheet-intro = FranceConnect-এর পাতাগুলো শুধু ফরাসিতে। এখানে তাদের হুবহু শব্দ, অনুবাদসহ। এখানে কখনো আপনার পাসওয়ার্ড লিখবেন না।
sheet-bring-title = সাথে যা আনবেন
sheet-bring-card = আপনার Vitale কার্ড বা স্বাস্থ্য বিমার অধিকার সনদ (attestation de droits)।
sheet-bring-account = এই সাইটগুলোর একটিতে আপনার অ্যাকাউন্টের ব্যবহারকারীর নাম ও পাসওয়ার্ড:
sheet-bring-email = আপনার ইমেইল খোলার সুযোগ: আপনার অ্যাকাউন্টের সাইট সেখানে আপনাকে লিখতে পারে।
sheet-steps-title = ধাপগুলো
sheet-step-start-title = সেবার সাইটে
sheet-step-start = এই নীল বোতামটি খুঁজে তাতে ক্লিক করুন:
sheet-step-login = বেছে নেওয়া অ্যাকাউন্টের পাতায় নিজে আপনার ব্যবহারকারীর নাম ও পাসওয়ার্ড লিখুন, তারপর ক্লিক করুন:
sheet-codes-title = FranceConnect ত্রুটি দেখালে
sheet-codes-intro = «Erreur»-এর পরে লেখা কোডটি লিখে রাখুন, আর সাহায্য চাওয়ার সময় সেটি দিন। এর মানে:
sheet-help-title = কোথায় সাহায্য পাবেন
sheet-help-cpam = আপনার স্বাস্থ্য বিমা অফিস (CPAM): আপনার নম্বর 7 বা 8 দিয়ে শুরু হলে, অথবা আপনার ফাইল এখনও চলমান থাকলে।
sheet-help-contact = FranceConnect: তার ত্রুটির পাতার «Contactez-nous» (আমাদের সাথে যোগাযোগ করুন) লিংক। ত্রুটির কোডটি দিন।
sheet-helper-title = যিনি সাহায্য করছেন তাঁর জন্য
sheet-helper-password = সাহায্য করতে গিয়েও কখনো ব্যক্তির পাসওয়ার্ড লিখবেন না: তিনি নিজেই লেখেন।
sheet-helper-aidants = তাঁর পক্ষে কাজ করতে, একজন প্রশিক্ষিত পেশাদার Aidants Connect ব্যবহার করেন, ব্যক্তির স্বাক্ষর করা ক্ষমতাপত্র নিয়ে:
sheet-words-aidants = আপনি কি পেশাদার হিসেবে অন্যদের সাহায্য করেন? Aidants Connect ব্যবহার করুন
