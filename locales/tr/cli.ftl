## Command line

cli-see-help = Bakın: fcguide --help
cli-missing-value = { $word } sonrasında bir değer eksik.
cli-unknown-option = Bilinmeyen seçenek: { $word }
cli-bad-port = Geçersiz bağlantı noktası: { $word }
cli-bad-wait = Geçersiz süre (dakika olarak, 1 ile 1440 arası): { $word }
cli-not-text = Bir argüman okunabilir metin değil: { $word }
cli-switch-value = Bu seçenek değer almaz: { $word }
cli-bad-rules = --rules “franceconnect” (platformun kuralları) veya “oidc” (standart OpenID Connect) değerini alır: { $word }
cli-no-secret-option = Gizli anahtar asla komut satırında verilmez ({ $word }): başka kullanıcılar okuyabilir. FCGUIDE_CLIENT_SECRET değişkenini veya ~/.config/fcguide/client_secret dosyasını (chmod 600) kullanın.
cli-unknown-provider = Bilinmeyen sağlayıcı: { $word }. practice, franceconnect-sandbox, franceconnect-integration veya franceconnect değerlerinden birini seçin ya da --issuer seçeneğini verin.
cli-provider-and-issuer = Ya --provider ya da --issuer seçeneğini kullanın, ikisini birden değil ({ $word }).
cli-unknown-language = Dil mevcut değil: { $word }. Bakın: fcguide --list-languages
cli-practice-port = { $word } bağlantı noktası zaten kullanılıyor. --port ile başkasını seçin veya --port kullanmayın.
cli-practice-started = Alıştırma sağlayıcısı başlatıldı (yalnızca bu bilgisayarda). Durdurmak için Ctrl-C.
cli-bad-bidi = --bidi “program” (asistan sağdan sola metni sıralar) veya “terminal” (terminal sıralar) alır: { $word }
cli-bad-format = --format “html” (yazdırılacak sayfa) veya “text” (düz metin) alır: { $word }
cli-help =
    fcguide: FranceConnect ile adım adım, kendi dilinizde bağlanın.

    Kullanım:
      fcguide [seçenekler]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang DİL] [--second-lang DİL|none]
    {"                ["}--format html|text]

    Seçenekler:
      --plain               satır satır mod (ekran okuyucular, basit terminaller)
      --lang DİL            dil (fr, uk, en, tr…); bakın --list-languages
      --provider AD         practice (varsayılan), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          başka bir OpenID Connect sağlayıcısı
      --client-id ID        hizmet kimliği (veya FCGUIDE_CLIENT_ID)
      --redirect-uri URL    kayıtlı dönüş adresi (http://localhost:PORT/yol),
                            FranceConnect ile zorunlu
      --rules AD            franceconnect (platformun kuralları, onun ortamlarında
                            varsayılan) veya oidc (--issuer ile varsayılan)
      --scopes "…"          istenen bilgiler (varsayılan: temel kimlik ve e-posta)
      --idp-hint ID         platformun bu hizmet için verdiği kimlik sağlayıcısı
                            tanımlayıcısı (idp_hint olarak gönderilir)
      --no-browser          tarayıcıyı açma: adresi göster
      --wait DAKİKA         sormadan önce tarayıcıyı bekleme süresi (varsayılan 5, 1 ile 1440 arası)
      --bidi terminal       sağdan sola metnin sıralanmasını terminale bırak
      --high-contrast       yüksek karşıtlıklı tema
      --second-lang DİL     iki dilli görünümün ikinci dili (varsayılan Fransızca)
      --speak               adımları sesli oku (spd-say veya espeak-ng)
      --list-languages      mevcut diller
      --help, --version

    Hizmetin gizli anahtarı FCGUIDE_CLIENT_SECRET değişkeninden veya
    ~/.config/fcguide/client_secret dosyasından (yalnızca sizin okuyabileceğiniz) gelir, asla komut satırından gelmez.
    fcguide sheet, adımların yazdırılacak sayfasını (html, varsayılan) veya düz metin olarak yazar.
    Çıkış kodları: 0 bağlandı, 1 başarısız, 2 kullanım hatası, 3 iptal edildi.
