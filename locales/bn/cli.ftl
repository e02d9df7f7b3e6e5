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
