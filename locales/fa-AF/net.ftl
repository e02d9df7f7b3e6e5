# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = نام { $host } در شبکه پیدا نمی‌شود.
error-net-name-next = آدرس ارائه‌کننده (شاید اشتباه تایپی؟) و اتصال انترنت را بررسی کنید و دوباره کوشش کنید.
error-net-refused = { $host } اتصال را رد می‌کند: آنجا چیزی جواب نمی‌دهد.
error-net-refused-next = آدرس و پورت آن را بررسی کنید. اگر درست است، شاید سرویس متوقف شده باشد: بعداً کوشش کنید.
error-net-certificate = این کمپیوتر تصدیق‌نامهٔ { $host } را قابل اعتماد نمی‌داند.
error-net-certificate-next = در محل کار، پراکسی‌ای که اتصال‌ها را بررسی می‌کند اغلب مرجع تصدیق خودش را دارد: از بخش معلوماتی بخواهید آن را روی این کمپیوتر نصب کند، یا فایل آن را در متغیر SSL_CERT_FILE بدهید. در شبکهٔ ناشناخته، ادامه ندهید.
error-net-proxy = پراکسی { $proxy } اتصال به { $host } را باز نکرد.
error-net-proxy-next = متغیرهای HTTPS_PROXY، ALL_PROXY و NO_PROXY را بررسی کنید، یا از بخش معلوماتی بپرسید از کدام پراکسی استفاده کنید.
error-net-timeout = { $host } به‌موقع جواب نداد.
error-net-timeout-next = شاید اتصال کند یا قطع باشد: آن را بررسی کنید و دوباره کوشش کنید.

# Issue 20: the run's last line after the person logged out.
end-logged-out = پایان دستیار: از FranceConnect خارج شدید.
