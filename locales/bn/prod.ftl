## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = ফেরার ঠিকানা (--redirect-uri) সঠিক নয়।
error-config-redirect-address-next = এই পরিষেবার জন্য নিবন্ধিত ঠিকানাটি হুবহু দিন: ইন্টিগ্রেশনের জন্য, এই কম্পিউটারের একটি নির্দিষ্ট পোর্টসহ ঠিকানা (http://localhost:8400/callback); প্রোডাকশনের জন্য, পরিষেবার নিজের ডোমেন নামে একটি https পাতা।
error-config-loopback-production = প্রোডাকশনে FranceConnect এই কম্পিউটারের ফেরার ঠিকানা (localhost, 127.0.0.1) প্রত্যাখ্যান করে: ব্রাউজার Y030007 ত্রুটিতে থেমে যেত।
error-config-loopback-production-next = FranceConnect-এ পরিষেবার নিজের ডোমেন নামে একটি https পাতা নিবন্ধন করুন, যা নিজের ঠিকানা দেখায় (fcguide relay-page এই পাতাটি দেয়), তারপর --redirect-uri দিয়ে সেটি দিন। এই কম্পিউটারের ঠিকানা শুধু ইন্টিগ্রেশনে কাজ করে।
cli-bad-service-name = পরিষেবার নাম সঠিক নয়: { $word }। FranceConnect-এ নিবন্ধিত নামটি সাধারণ লেখায়, সর্বোচ্চ 100 অক্ষরে দিন।
choice-paste = পরিষেবার পাতার ঠিকানা পেস্ট করুন
auth-paste-when = «Continuer sur { $service }»-এর পরে ব্রাউজার { $service }-এর পাতায় পৌঁছায়, যেখানে একটি ঠিকানা দেখানো হয়। সেটি কপি করুন, তারপর প্রথম বিকল্প দিয়ে এখানে পেস্ট করুন।
paste-title = পরিষেবার পাতার ঠিকানা পেস্ট করুন
paste-body = { $service }-এর পাতায় দেখানো পুরো ঠিকানাটি কপি করুন (এটি { $page } দিয়ে শুরু হয়), এখানে পেস্ট করে Enter চাপুন। শুধু Enter পিছনে ফেরায়।
paste-input = ঠিকানা:
paste-problem-too-long = এই লেখাটি পাতার ঠিকানা হওয়ার জন্য অনেক বেশি লম্বা।
paste-problem-control = এই লেখায় নিয়ন্ত্রণ অক্ষর আছে: এটি ঠিকানা নয়।
paste-problem-not-an-address = এটি ঠিকানা নয়। পুরো ঠিকানাটি শুরু থেকে কপি করুন।
paste-problem-other-page = এটি পরিষেবার পাতার ঠিকানা নয়। FranceConnect-এর পরে ব্রাউজার যে পাতায় পৌঁছেছে তার ঠিকানা কপি করুন।
paste-problem-no-answer = এই ঠিকানায় FranceConnect-এর উত্তর নেই। আগে ব্রাউজারে সংযোগ শেষ করুন, তারপর যে পাতায় পৌঁছেছে তার ঠিকানা কপি করুন।
paste-problem-other-attempt = এই ঠিকানা অন্য একটি সংযোগ (একটি পুরনো ট্যাব) থেকে এসেছে। সবশেষে খোলা ট্যাবটি ব্যবহার করুন, অথবা আবার শুরু করুন।
help-paste = প্রোডাকশনে FranceConnect ব্রাউজারকে এই কম্পিউটারে নয়, পরিষেবার পাতায় ফেরত পাঠায়। সেই পাতা কপি করার একটি বোতামসহ নিজের ঠিকানা দেখায়। সেটি এখানে পেস্ট করুন: আমি এটি যাচাই করি এবং মাত্র একবার ব্যবহার করি।
