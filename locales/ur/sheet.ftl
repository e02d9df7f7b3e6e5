## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = پیشہ ور افراد کے لیے Aidants Connect کی ویب سائٹ:

## Printable sheet

sheet-title = FranceConnect، قدم بہ قدم
sheet-intro = FranceConnect کے صفحات صرف فرانسیسی میں ہیں۔ یہاں ان کے بالکل وہی الفاظ ہیں، ترجمے کے ساتھ۔ اپنے پاس ورڈ یہاں کبھی نہ لکھیں۔
sheet-bring-title = ساتھ کیا لائیں
sheet-bring-card = آپ کا carte Vitale یا ہیلتھ انشورنس کا سرٹیفکیٹ (attestation de droits)۔
sheet-bring-account = ان میں سے کسی ایک سائٹ پر آپ کے اکاؤنٹ کا یوزر نیم اور پاس ورڈ:
sheet-bring-email = اپنے ای میل تک رسائی: آپ کے اکاؤنٹ کی سائٹ آپ کو وہاں لکھ سکتی ہے۔
sheet-steps-title = مراحل
sheet-step-start-title = سروس کی ویب سائٹ پر
sheet-step-start = یہ نیلا بٹن ڈھونڈیں اور اس پر کلک کریں:
sheet-step-login = چنے ہوئے اکاؤنٹ کے صفحے پر اپنا یوزر نیم اور پاس ورڈ خود لکھیں، پھر اس پر کلک کریں:
sheet-codes-title = اگر FranceConnect کوئی خرابی دکھائے
sheet-codes-intro = « Erreur » کے بعد لکھا ہوا کوڈ لکھ لیں اور مدد مانگتے وقت دیں۔ اس کا مطلب:
sheet-help-title = مدد کہاں سے ملے
sheet-help-cpam = آپ کا ہیلتھ انشورنس دفتر (CPAM): اگر آپ کا نمبر 7 یا 8 سے شروع ہوتا ہے، یا آپ کی فائل ابھی زیرِ کارروائی ہے۔
sheet-help-contact = FranceConnect: اس کے خرابی والے صفحے پر « Contactez-nous » (ہم سے رابطہ کریں) کا لنک۔ خرابی کا کوڈ دیں۔
sheet-helper-title = مدد کرنے والے کے لیے
sheet-helper-password = اس شخص کا پاس ورڈ کبھی نہ لکھیں، مدد کے لیے بھی نہیں: وہ خود لکھے۔
sheet-helper-aidants = اس کی طرف سے کام کرنے کے لیے، ایک تربیت یافتہ پیشہ ور Aidants Connect استعمال کرتا ہے، اس شخص کے دستخط شدہ اختیار نامے کے ساتھ:
sheet-words-aidants = کیا آپ پیشہ ور مددگار ہیں؟ Aidants Connect استعمال کریں
