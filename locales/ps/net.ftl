# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = نوم { $host } په شبکه کې نه موندل کېږي.
error-net-name-next = د برابروونکي پته (ښايي د ليکلو تېروتنه وي؟) او د انټرنیټ اړیکه وګورئ، بیا هڅه وکړئ.
error-net-refused = { $host } اړیکه ردوي: هلته هېڅ ځواب نه ورکوي.
error-net-refused-next = پته او د هغې پورټ وګورئ. که سمه وي، ښايي خدمت ودرول شوی وي: وروسته هڅه وکړئ.
error-net-certificate = دا کمپیوټر د { $host } سند د باور وړ نه ګڼي.
error-net-certificate-next = په دفتر کې، هغه پراکسي چې اړیکې څاري اکثره خپل د سند ورکولو مرجع لري: د معلوماتي ټکنالوژۍ له څانګې وغواړئ چې په دې کمپیوټر یې نصب کړي، یا یې فایل د SSL_CERT_FILE په متغیر کې ورکړئ. په نا اشنا شبکه کې، مخکې مه ځئ.
error-net-proxy = پراکسي { $proxy } له { $host } سره اړیکه پرانیستې نه ده.
error-net-proxy-next = د HTTPS_PROXY، ALL_PROXY او NO_PROXY متغیرونه وګورئ، یا د معلوماتي ټکنالوژۍ له څانګې وپوښتئ چې کوم پراکسي وکاروئ.
error-net-timeout = { $host } په وخت ځواب ورنه کړ.
error-net-timeout-next = ښايي اړیکه ورو یا پرې شوې وي: ویې ګورئ، بیا هڅه وکړئ.

# Issue 20: the run's last line after the person logged out.
end-logged-out = د مرستیال پای: تاسو له FranceConnect څخه ووتلئ.
