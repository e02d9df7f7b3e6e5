# Issue 22: কমান্ড লাইন, মনে রাখা সেটিং, fcguide check এবং --debug।
cli2-unexpected-operand = অপ্রত্যাশিত শব্দ: { $word }। অপশন নয় এমন শব্দ শুধু কমান্ডগুলো: sheet, check, config, practice-server, relay-page (-- এর পরেও)।
cli2-write-failed = আউটপুট লেখা গেল না: { $word }
cli2-help-more =
    কমান্ড আর অপশন যেকোনো ক্রমে আসতে পারে; -- অপশন শেষ করে।
      fcguide check [অপশন]     সেশনের আগে সেটিং যাচাই (প্রদানকারী, প্রক্সি,
                               TLS, ঘড়ি, ফেরার ঠিকানা, গোপন ফাইল)
      fcguide config [অপশন]    প্রতিটি চালু সেটিং আর তার উৎস দেখানো
      --debug                  ঠিকানা, অবস্থা আর ত্রুটির একটি রেকর্ড লেখা, ব্যক্তিগত
                               তথ্য ছাড়া: লাইন-লাইন মোডে ত্রুটির আউটপুটে, নইলে
                               ~/.local/state/fcguide/debug.log ফাইলে
      কমান্ড --help            একটি কমান্ডের সাহায্য

    মনে রাখা সেটিং: ~/.config/fcguide/config, প্রতি লাইনে একটি কী = মান
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default)। অপশন ফাইলের চেয়ে অগ্রাধিকার পায়।

    পরিবেশ: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG। দেখুন: man fcguide
cli2-help-sheet =
    fcguide sheet: ছাপার জন্য ধাপের কাগজ, স্ট্যান্ডার্ড আউটপুটে, সাইটের ফরাসি শব্দ
    তাদের অনুবাদের পাশে, ব্যক্তিগত তথ্য ছাড়া।

    ব্যবহার: fcguide sheet [--lang ভাষা] [--second-lang ভাষা|none] [--format html|text]
      --lang ভাষা              কাগজের ভাষা (ডিফল্ট: সিস্টেমের ভাষা)
      --second-lang ভাষা       নিচে, ছোট করে ছাপা হয় (ডিফল্ট: ফরাসি);
                               none: শুধু একটি ভাষা
      --format html|text       html (ডিফল্ট): A4 এ ছাপার একটি পাতা;
                               text: সর্বোচ্চ 80 কলামের লাইন
    উদাহরণ: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: শুধু অনুশীলনের প্রদানকারী, এই কম্পিউটারে (127.0.0.1),
    একজন প্রশিক্ষকের ব্রাউজার বা অন্য প্রোগ্রামের জন্য। এটি তার issuer, ক্লায়েন্ট
    আইডি, এইবারের জন্য তৈরি একটি গোপন কথা আর যে ফেরার ঠিকানা নেয় তা দেখায়।
    Ctrl-C এটি থামায়।

    ব্যবহার: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang ভাষা]
      --port N             পোর্ট (ডিফল্ট: একটি খালি পোর্ট)
      --redirect-uri URL   একমাত্র ফেরার ঠিকানা যা এটি নেয়
      --consent-box        এগোনোর আগে টিক দেওয়ার বাক্স দেখানো, যেমন কিছু সেবা করে
      --lang ভাষা          যা দেখায় তার ভাষা
cli2-help-check =
    fcguide check: কারও সঙ্গে বসার আগে সেটিং যাচাই করে, প্রতি লাইনে একটি রায়:
    সেটিং (ক্লায়েন্ট আইডি, ফেরার ঠিকানা, গোপন কথা), গোপন ফাইল, প্রক্সি, নিরাপদ
    সংযোগ (TLS), প্রদানকারীর ঘড়ির তুলনায় এই কম্পিউটারের ঘড়ি, আর প্রদানকারীর
    বিবরণ (discovery)। গোপন কিছুই দেখানো হয় না। এটি সেশনের অপশন নেয় (--provider,
    --issuer, --client-id, --redirect-uri, --rules, --lang, --debug) আর সেটিং
    ফাইল পড়ে। প্রস্থান কোড: 0 প্রস্তুত, 1 কোনো সমস্যা।
cli2-help-config =
    fcguide config: প্রতিটি চালু সেটিং আর তার উৎস দেখায়: একটি অপশন, একটি ভেরিয়েবল,
    ফাইলের একটি লাইন, বা ডিফল্ট মান।
    ফাইল: ~/.config/fcguide/config (বা $XDG_CONFIG_HOME/fcguide/config),
    প্রতি লাইনে একটি সেটিং, কী = মান; # দিয়ে শুরু হওয়া লাইন মন্তব্য।
    কী: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes বা no), theme (high-contrast বা default)।
    গোপন কথা কখনো এতে যায় না: পাশের client_secret ফাইল ব্যবহার করুন (chmod 600)।
cli2-config-bad-line = { $file }:{ $line }: এই লাইনটি কী = মান নয়। ঠিক করুন, বা মন্তব্য বানাতে # দিয়ে শুরু করুন।
cli2-config-unknown-key = { $file }:{ $line }: অজানা সেটিং { $word }। সেটিংগুলো হলো: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme।
cli2-config-bad-value = { $file }:{ $line }: এই মান { $word } এর জন্য চলে না। দেখুন: fcguide config --help
cli2-config-secret = { $file }:{ $line }: গোপন কথা কখনো এই ফাইলে যায় না। এই লাইনটি মুছুন আর গোপন কথাটি একা { $secret } (chmod 600) এ, বা FCGUIDE_CLIENT_SECRET এ রাখুন।
cli2-config-twice = { $file }:{ $line }: এই সেটিং আগেই লাইন { $word } এ দেওয়া আছে। শুধু একটি রাখুন।
cli2-config-unreadable = { $file } পড়া যাচ্ছে না: এটি এমন একটি লেখার ফাইল হতে হবে যা আপনি পড়তে পারেন, 64 KiB এর কম।
cli2-config-file = সেটিং ফাইল: { $file }
cli2-config-no-file = কোনো সেটিং ফাইল নেই (এটি { $file } থেকে পড়া হতো)।
cli2-config-unset = (ঠিক করা নেই)
cli2-origin-option = অপশন { $word }
cli2-origin-env = ভেরিয়েবল { $word }
cli2-origin-default = ডিফল্ট
cli2-check-title = { $word } এর জন্য সেটিং যাচাই
cli2-check-ok = ঠিক আছে
cli2-check-warning = সতর্কতা
cli2-check-problem = সমস্যা
cli2-check-practice = ভেতরের অনুশীলনের প্রদানকারী: ক্লায়েন্ট আইডি, গোপন কথা বা ফেরার ঠিকানা কিছুই ঠিক করতে হবে না।
cli2-check-setup-ok = সেটিংয়ে কিছুই বাকি নেই।
cli2-check-secret-env = গোপন কথা আসছে FCGUIDE_CLIENT_SECRET থেকে।
cli2-check-secret-file = গোপন ফাইলটি আপনার আর অন্যদের জন্য বন্ধ: { $file }
cli2-check-secret-none = কোনো গোপন কথা নেই। সেবার যদি থাকে, তা একা { $file } (chmod 600) এ, বা FCGUIDE_CLIENT_SECRET এ রাখুন।
cli2-check-redirect-ok = ফেরার ঠিকানা প্ল্যাটফর্মের নিয়ম মানে: { $word }
cli2-check-redirect-free = নিবন্ধনের জন্য কোনো ফেরার ঠিকানা নেই: প্রতিটি সংযোগে এই কম্পিউটারের একটি খালি পোর্ট নেওয়া হয়।
cli2-check-loopback = প্রদানকারী এই কম্পিউটারেই: প্রক্সি নেই, TLS নেই, একই ঘড়ি।
cli2-check-proxy-none = প্রক্সি নেই: প্রদানকারীর কাছে সরাসরি পৌঁছানো হয়।
cli2-check-proxy = প্রক্সি { $word } এর মাধ্যমে।
cli2-check-proxy-socks = প্রক্সি { $word } একটি SOCKS প্রক্সি, যা fcguide ব্যবহার করে না: প্রদানকারীর কাছে সরাসরি পৌঁছানো হয়।
cli2-check-tls-ok = নিরাপদ সংযোগ (TLS) { $word } দিয়ে যাচাই হয়েছে।
cli2-check-clock-ok = এই কম্পিউটারের ঘড়ি প্রদানকারীর ঘড়ির সঙ্গে মেলে ({ $seconds } সেকেন্ড পার্থক্য)।
cli2-check-clock-off = এই কম্পিউটারের ঘড়ি প্রদানকারীর ঘড়ি থেকে { $seconds } সেকেন্ড আলাদা: সময় ঠিক করুন, নইলে সংযোগ প্রত্যাখ্যাত হবে।
cli2-check-clock-unknown = প্রদানকারী তার সময় দেয়নি: ঘড়ি যাচাই হয়নি।
cli2-check-discovery-ok = প্রদানকারী সাড়া দেয় আর নিজের বিবরণ দেয় (discovery)।
cli2-check-ready = প্রস্তুত: সেশনে কোনো বাধা নেই।
cli2-check-not-ready = প্রস্তুত নয়: ওপরের সমস্যাগুলো ঠিক করুন, তারপর আবার fcguide check চালান।
cli2-debug-file = এই সেশনের রেকর্ড (ব্যক্তিগত তথ্য ছাড়া) আছে { $file } এ, শুধু আপনি পড়তে পারেন।
