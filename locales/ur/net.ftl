# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = نام { $host } نیٹ ورک پر نہیں مل رہا۔
error-net-name-next = فراہم کنندہ کا ایڈریس (کیا ٹائپ کی غلطی ہے؟) اور انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔
error-net-refused = { $host } کنکشن سے انکار کر رہا ہے: وہاں کوئی جواب نہیں دیتا۔
error-net-refused-next = ایڈریس اور اس کا پورٹ چیک کریں۔ اگر درست ہے تو شاید سروس بند ہے: بعد میں کوشش کریں۔
error-net-certificate = یہ کمپیوٹر { $host } کے سرٹیفکیٹ کو قابلِ اعتماد نہیں مانتا۔
error-net-certificate-next = دفتر میں، کنکشن جانچنے والی پراکسی کی اکثر اپنی سرٹیفکیٹ اتھارٹی ہوتی ہے: آئی ٹی شعبے سے کہیں کہ اسے اس کمپیوٹر پر انسٹال کرے، یا اس کی فائل SSL_CERT_FILE متغیر میں دیں۔ کسی انجان نیٹ ورک پر آگے نہ بڑھیں۔
error-net-proxy = پراکسی { $proxy } نے { $host } سے کنکشن نہیں کھولا۔
error-net-proxy-next = HTTPS_PROXY، ALL_PROXY اور NO_PROXY متغیرات چیک کریں، یا آئی ٹی شعبے سے پوچھیں کہ کون سی پراکسی استعمال کرنی ہے۔
error-net-timeout = { $host } نے وقت پر جواب نہیں دیا۔
error-net-timeout-next = کنکشن شاید سست یا منقطع ہے: اسے چیک کریں، پھر دوبارہ کوشش کریں۔

# Issue 20: the run's last line after the person logged out.
end-logged-out = اسسٹنٹ ختم: آپ FranceConnect سے لاگ آؤٹ ہو گئے ہیں۔
