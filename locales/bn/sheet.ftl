## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = পেশাদারদের জন্য Aidants Connect-এর ওয়েবসাইট:

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
