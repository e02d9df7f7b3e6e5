# Issue 22: komut satırı, hatırlanan ayarlar, fcguide check ve --debug.
cli2-unexpected-operand = Beklenmeyen sözcük: { $word }. Seçenek olmayan sözcükler yalnızca komutlardır: sheet, check, config, practice-server, relay-page (-- sonrasında da).
cli2-write-failed = Çıktı yazılamadı: { $word }
cli2-help-more =
    Komutlar ve seçenekler herhangi bir sırayla gelebilir; -- seçenekleri bitirir.
      fcguide check [seçenekler]    bir oturumdan önce ayarları denetler (sağlayıcı,
                                    vekil sunucu, TLS, saat, dönüş adresi, gizli dosya)
      fcguide config [seçenekler]   geçerli her ayarı ve nereden geldiğini gösterir
      --debug                       adreslerin, durumların ve hataların kaydını kişisel
                                    veri olmadan yazar: satır satır kipte hata çıktısına,
                                    yoksa ~/.local/state/fcguide/debug.log dosyasına
      KOMUT --help                  bir komutun yardımı

    Hatırlanan ayarlar: ~/.config/fcguide/config, her satırda bir anahtar = değer
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Seçenekler dosyadan önce gelir.

    Ortam değişkenleri: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Bakınız: man fcguide
cli2-help-sheet =
    fcguide sheet: yazdırılacak adım kâğıdı, standart çıktıda, sitenin Fransızca
    sözcükleri çevirilerinin yanında, kişisel veri olmadan.

    Kullanım: fcguide sheet [--lang DİL] [--second-lang DİL|none] [--format html|text]
      --lang DİL               kâğıdın dili (varsayılan: sistemin dili)
      --second-lang DİL        altına daha küçük basılır (varsayılan: Fransızca);
                               none: tek dil
      --format html|text       html (varsayılan): A4 yazdırmak için bir sayfa;
                               text: en çok 80 sütunluk satırlar
    Örnek: fcguide sheet --lang uk > kagit.html
cli2-help-practice-server =
    fcguide practice-server: yalnızca alıştırma sağlayıcısı, bu bilgisayarda
    (127.0.0.1), bir eğitmenin tarayıcısı ya da başka bir program için. Kendi
    issuer değerini, istemci kimliğini, bu sefer için üretilmiş bir gizli anahtarı
    ve kabul ettiği dönüş adresini yazar. Ctrl-C onu durdurur.

    Kullanım: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang DİL]
      --port N             bağlantı noktası (varsayılan: boş olan biri)
      --redirect-uri URL   kabul ettiği tek dönüş adresi
      --consent-box        bazı hizmetlerdeki gibi, devam etmeden önce işaretlenecek kutuyu göster
      --lang DİL           yazdıklarının dili
cli2-help-check =
    fcguide check: bir kişiyle oturmadan önce ayarları denetler, her satırda bir
    sonuç: ayarlar (istemci kimliği, dönüş adresi, gizli anahtar), gizli dosya,
    vekil sunucu, güvenli bağlantı (TLS), bu bilgisayarın saati ile sağlayıcınınki
    ve sağlayıcının tanımı (discovery). Gizli hiçbir şey gösterilmez. Bir oturumun
    seçeneklerini alır (--provider, --issuer, --client-id, --redirect-uri,
    --rules, --lang, --debug) ve ayar dosyasını okur. Çıkış kodu: 0 hazır,
    1 bir sorun.
cli2-help-config =
    fcguide config: geçerli her ayarı ve nereden geldiğini gösterir: bir seçenek,
    bir değişken, dosyanın bir satırı ya da varsayılan değer.
    Dosya: ~/.config/fcguide/config (ya da $XDG_CONFIG_HOME/fcguide/config),
    her satırda bir ayar, anahtar = değer; # ile başlayan satır bir açıklamadır.
    Anahtarlar: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes ya da no), theme (high-contrast ya da default).
    Gizli anahtar asla oraya yazılmaz: yanındaki client_secret dosyasını kullanın (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: bu satır anahtar = değer biçiminde değil. Düzeltin ya da açıklama yapmak için başına # koyun.
cli2-config-unknown-key = { $file }:{ $line }: bilinmeyen ayar { $word }. Ayarlar şunlardır: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: bu değer { $word } için uygun değil. Bakınız: fcguide config --help
cli2-config-secret = { $file }:{ $line }: gizli anahtar asla bu dosyaya yazılmaz. Bu satırı silin ve gizli anahtarı tek başına { $secret } dosyasına (chmod 600) ya da FCGUIDE_CLIENT_SECRET içine koyun.
cli2-config-twice = { $file }:{ $line }: bu ayar zaten { $word }. satırda verilmiş. Yalnızca birini bırakın.
cli2-config-unreadable = { $file } okunamıyor: okuyabildiğiniz, 64 KiB'tan küçük bir metin dosyası olmalı.
cli2-config-file = Ayar dosyası: { $file }
cli2-config-no-file = Ayar dosyası yok (şuradan okunurdu: { $file }).
cli2-config-unset = (ayarlanmadı)
cli2-origin-option = seçenek { $word }
cli2-origin-env = değişken { $word }
cli2-origin-default = varsayılan
cli2-check-title = Ayarların denetimi: { $word }
cli2-check-ok = Tamam
cli2-check-warning = Dikkat
cli2-check-problem = Sorun
cli2-check-practice = Yerleşik alıştırma sağlayıcısı: ayarlanacak istemci kimliği, gizli anahtar ya da dönüş adresi yok.
cli2-check-setup-ok = Ayarlarda eksik bir şey yok.
cli2-check-secret-env = Gizli anahtar FCGUIDE_CLIENT_SECRET değişkeninden geliyor.
cli2-check-secret-file = Gizli dosya sizin ve başkalarına kapalı: { $file }
cli2-check-secret-none = Gizli anahtar yok. Hizmetin bir gizli anahtarı varsa onu tek başına { $file } dosyasına (chmod 600) ya da FCGUIDE_CLIENT_SECRET içine koyun.
cli2-check-redirect-ok = Dönüş adresi platformun kurallarına uyuyor: { $word }
cli2-check-redirect-free = Kaydedilecek dönüş adresi yok: her bağlantıda bu bilgisayarın boş bir bağlantı noktası alınır.
cli2-check-loopback = Sağlayıcı bu bilgisayarda: vekil sunucu yok, TLS yok, aynı saat.
cli2-check-proxy-none = Vekil sunucu yok: sağlayıcıya doğrudan ulaşılıyor.
cli2-check-proxy = { $word } vekil sunucusu üzerinden.
cli2-check-proxy-socks = { $word } vekil sunucusu bir SOCKS vekil sunucusu, fcguide onu kullanmaz: sağlayıcıya doğrudan ulaşılıyor.
cli2-check-tls-ok = Güvenli bağlantı (TLS) { $word } ile denetlendi.
cli2-check-clock-ok = Bu bilgisayarın saati sağlayıcınınkiyle uyumlu ({ $seconds } sn fark).
cli2-check-clock-off = Bu bilgisayarın saati sağlayıcınınkinden { $seconds } sn farklı: saati ayarlayın, yoksa bağlantı reddedilir.
cli2-check-clock-unknown = Sağlayıcı saatini vermedi: saat denetlenmedi.
cli2-check-discovery-ok = Sağlayıcı yanıt veriyor ve kendini tanımlıyor (discovery).
cli2-check-ready = Hazır: bir oturuma engel yok.
cli2-check-not-ready = Hazır değil: yukarıdaki sorunları düzeltin, sonra fcguide check komutunu yeniden çalıştırın.
cli2-debug-file = Bu oturumun kaydı (kişisel veri olmadan) { $file } dosyasında, yalnızca sizin okuyabileceğiniz biçimde.
