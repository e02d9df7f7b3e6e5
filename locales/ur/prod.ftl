## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = واپسی کا ایڈریس (--redirect-uri) درست نہیں ہے۔
error-config-redirect-address-next = اس سروس کے لیے درج شدہ ایڈریس بالکل ویسا ہی دیں: انٹیگریشن کے لیے، اس کمپیوٹر پر ایک مقررہ پورٹ والا ایڈریس (http://localhost:8400/callback)؛ پروڈکشن کے لیے، سروس کا اپنے ڈومین نام پر ایک https صفحہ۔
error-config-loopback-production = پروڈکشن میں FranceConnect اس کمپیوٹر کے واپسی کے ایڈریس (localhost, 127.0.0.1) رد کرتا ہے: براؤزر خرابی Y030007 پر رک جائے گا۔
error-config-loopback-production-next = FranceConnect میں سروس کا اپنے ڈومین نام پر ایک https صفحہ درج کرائیں جو اپنا ایڈریس دکھائے (fcguide relay-page یہ صفحہ دیتا ہے)، پھر اسے --redirect-uri کے ساتھ دیں۔ اس کمپیوٹر کے ایڈریس صرف انٹیگریشن میں کام کرتے ہیں۔
cli-bad-service-name = سروس کا نام درست نہیں: { $word }۔ FranceConnect میں درج شدہ نام، سادہ متن میں، زیادہ سے زیادہ 100 حروف میں دیں۔
choice-paste = سروس کے صفحے کا ایڈریس پیسٹ کریں
auth-paste-when = « Continuer sur { $service } » کے بعد براؤزر { $service } کے صفحے پر پہنچتا ہے، جو ایک ایڈریس دکھاتا ہے۔ اسے کاپی کریں، پھر پہلے انتخاب سے یہاں پیسٹ کریں۔
paste-title = سروس کے صفحے کا ایڈریس پیسٹ کریں
paste-body = { $service } کے صفحے پر دکھایا گیا پورا ایڈریس کاپی کریں (یہ { $page } سے شروع ہوتا ہے)، یہاں پیسٹ کریں اور Enter دبائیں۔ صرف Enter پیچھے لے جاتا ہے۔
paste-input = ایڈریس:
paste-problem-too-long = یہ متن صفحے کا ایڈریس ہونے کے لیے بہت لمبا ہے۔
paste-problem-control = اس متن میں کنٹرول حروف ہیں: یہ ایڈریس نہیں ہے۔
paste-problem-not-an-address = یہ ایڈریس نہیں ہے۔ پورا ایڈریس شروع سے کاپی کریں۔
paste-problem-other-page = یہ سروس کے صفحے کا ایڈریس نہیں ہے۔ اس صفحے کا ایڈریس کاپی کریں جس پر براؤزر FranceConnect کے بعد پہنچا۔
paste-problem-no-answer = اس ایڈریس میں FranceConnect کا جواب نہیں ہے۔ پہلے براؤزر میں کنکشن مکمل کریں، پھر اس صفحے کا ایڈریس کاپی کریں جس پر وہ پہنچا۔
paste-problem-other-attempt = یہ ایڈریس کسی اور کنکشن (پرانے ٹیب) سے ہے۔ سب سے آخر میں کھلا ٹیب استعمال کریں، یا دوبارہ شروع کریں۔
help-paste = پروڈکشن میں FranceConnect براؤزر کو اس کمپیوٹر پر نہیں بلکہ سروس کے صفحے پر واپس بھیجتا ہے۔ وہ صفحہ اپنا ایڈریس کاپی کرنے کے بٹن کے ساتھ دکھاتا ہے۔ اسے یہاں پیسٹ کریں: میں اسے جانچتا ہوں اور صرف ایک بار استعمال کرتا ہوں۔
