language-name = Türkçe
language-name-en = Turkish
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = henüz anadili konuşan biri gözden geçirmedi
language-no-voice = sesli okuma için ses yok

## Around every step

progress = Adım { $step } / { $total }
practice-mark = Alıştırma: deneme sağlayıcısı, gerçek FranceConnect değil
note-label = Önemli:
help-label = Yardım:
french-label = Fransızca:
keys-tui = Oklar veya sayı: seç · Enter: onayla · Esc: geri · ?: yardım · L: dil · B: iki dil · F: yer değiştir · Q: kapat
keys-input = Enter: onayla · Esc: geri · F1: yardım
keys-input-nir = Enter: kontrol et · Esc: geri · F1: yardım · F2: haneleri göster veya gizle
keys-short = ?: yardım · Q: kapat
keys-plain = Bir numara yazın, sonra Enter. Yalnız Enter: önerilen seçenek. Sıfır: geri. h: yardım. l: dil. q: kapat.
prompt = Seçim
prompt-default = Yalnız Enter: { $choice }
still-waiting = Tarayıcının dönmesini hâlâ bekliyorum. Tarayıcıda devam edebilir veya bir seçenek yazabilirsiniz.
too-small = Pencere çok küçük. Pencereyi büyütün veya fcguide --plain komutunu çalıştırın.
connected-mark = [FranceConnect ✓] Bağlandı
help-keys = Tuşlar: Enter önerilen seçeneği seçer. Esc, Geri silme veya sıfır geri gider. L ilerlemenizi kaybetmeden dili değiştirir. B her metnin altında ikinci bir dil gösterir; F iki dilin yerini değiştirir. V adımları sesli okur veya sesi durdurur. Satır satır modda: h yardım içindir; b, f ve v bu tuşlar gibidir.
help-practice = Alıştırma: burada sağlayıcı bu bilgisayardaki bir deneme sağlayıcısıdır, gerçek FranceConnect değil. Devlete hiçbir şey gönderilmez.
speech-on = Sesli okuma: açık.
speech-off = Sesli okuma: kapalı.
speech-unavailable = Sesli okuma programı (spd-say veya espeak-ng) kurulu değil: asistan sessiz devam ediyor.

## Words of the real site

fr-words-button = FranceConnect ile kimliğinizi doğrulayın
fr-words-choose = Bağlanmak için bir hesap seçin:
fr-words-login = Bağlan
fr-words-as = Şu kimlikle bağlanmak üzeresiniz:
fr-words-continue = { $service } ile devam et
fr-words-consent = FranceConnect'in beni bağlamak için verilerimi hizmete iletmesini kabul ediyorum
fr-words-error = Bir hata oluştu
fr-words-code = Hata Y010008
fr-words-what-to-do = Ne yapmalı?
fr-words-back = { $service } sitesine dön

## Step 1: language

language-title = Dilinizi seçin
language-body = Asistan sizin dilinizi konuşur. Gerçek sitede göreceğiniz Fransızca kelimeleri de gösterir.
language-note = FranceConnect için kalıcı bir Fransız sosyal güvenlik numarası gerekir. Bunu açıklayacağız.
help-language = En iyi okuduğunuz dili seçin. Dili L tuşuyla istediğiniz zaman değiştirebilirsiniz. Bir dili bulmak için adının başını da yazabilirsiniz.

## Step 2: welcome and prerequisite

welcome-title = FranceConnect nedir?
welcome-what = FranceConnect ücretsizdir: birçok çevrim içi kamu hizmeti için tek hesap (vergi, sağlık, işsizlik…).
welcome-need = Kalıcı bir sosyal güvenlik numarası gerekir: FranceConnect kimliğinizi ulusal kütükte (RNIPP) kontrol eder.
welcome-where = Bu numara 15 hanelidir: Carte Vitale kartınızda ve hak belgenizde (attestation de droits) yazar.
welcome-without = Numaranız yok mu, ya da geçici mi (7 veya 8 ile başlar)? FranceConnect henüz çalışmaz: CPAM'a sorun. Bu arada sitenin kendi hesabını kullanın.
welcome-note = Kalıcı sosyal güvenlik numarası olmadan bağlantı başarısız olur. Geçici numara (7 veya 8 ile başlar) yetmez.
help-welcome = “Devam” sizi hesap seçimine götürür. Önce numaranızın biçimini kontrol edebilirsiniz: kontrol yalnızca bu bilgisayarda yapılır, hiçbir şey gönderilmez ve kaydedilmez.
choice-continue = Devam
choice-check-nir = Sosyal güvenlik numaramı kontrol et
choice-check-again = Başka bir numarayı kontrol et
choice-back = Geri
choice-quit = Asistanı kapat

## Number check

nir-title = Sosyal güvenlik numaramı kontrol et
nir-body = Sondaki 2 kontrol hanesi dahil 15 haneyi yazın. Numara bu bilgisayarda kalır: gönderilmez, kaydedilmez ve kontrolden sonra silinir.
nir-input = Sosyal güvenlik numarası (15 hane). Yalnız Enter: atla.
nir-show-digits = s sonra Enter: haneleri göster
nir-read-back = Yazdığınız: { $number }
nir-permanent = Bu numaranın biçimi doğru ve kalıcı. FranceConnect çalışabilir.
nir-permanent-abroad = Bu numaranın biçimi doğru ve kalıcı (Fransa dışında doğmuş kişi). FranceConnect çalışabilir.
nir-temporary = Bu geçici bir numara: 7 veya 8 ile başlar. FranceConnect bu numarayla çalışmaz. Kalıcı numaranızı CPAM'dan isteyin.
nir-wrong-key = 2 kontrol hanesi (son 2 hane) numaranın geri kalanıyla uyuşmuyor. Her haneyi Carte Vitale kartınızda kontrol edin.
nir-missing-key = Kontrol haneleri eksik: son 2 haneyi ekleyin (Carte Vitale kartınızda, ilk 13 haneden sonra yazar).
nir-malformed = Bu bir sosyal güvenlik numarası biçiminde değil. 15 karakter gerekir; ilki 1 veya 2'dir (geçici numarada 7 veya 8).
nir-note = Kalıcı numara 1 veya 2 ile başlar. Ulusal kütüğün bildiği numara budur.
nir-note-temporary = Geçici numarayla FranceConnect « Une erreur s’est produite » sayfasını « Erreur Y010008 » ile gösterir. Bu sizin hatanız değil: kalıcı numarayı beklemek gerekir.
help-nir = Kontrol yalnızca numaranın biçimine ve 2 kontrol hanesine bakar. Kütüğün sizi zaten tanıyıp tanımadığını söylemez.

## Step 3: choose an identity provider

idp-title = Bir hesap seçin
idp-body = Bu sitelerden birinde zaten bir hesabınız olmalı. Birini seçin.
idp-after-not-me = Gösterilen kimliğin sizin olmadığını söylediniz. Bu kimlik silindi. Başka bir hesap seçin veya yardım isteyin.
idp-note = Önemli olan: kimliğiniz ulusal kütükte olmalı. Kütüğe kalıcı bir sosyal güvenlik numarasıyla girilir.
help-idp = Zaten kullanıcı adınızın ve şifrenizin olduğu siteyi seçin. Hiçbiri yoksa en kolayı genellikle ameli.fr (sağlık sigortası) veya impots.gouv.fr olur. Bu kişiye yardım eden bir profesyonel misiniz? Onun şifresini asla onun yerine yazmayın: şifreyi kendisi yazar. Onun adına işlem yapmak için Aidants Connect vardır.
idp-impots-who = Fransa'da gelir beyan eden herkes. Vergi numarası gerekir.
idp-ameli-who = Fransız sağlık sigortası olan herkes. Sosyal güvenlik numarası gerekir.
idp-laposte-who = Fransız kimlik belgesi veya oturma izni olan yetişkinler. Cep telefonu gerekir.
idp-msa-who = Tarım sosyal sigortasına (MSA) kayıtlı kişiler.
idp-france-identite-who = Yeni Fransız kimlik kartı ve uyumlu telefonu olan kişiler.
idp-yris-who = Kimlik belgesi olan yetişkinler. Cep telefonu gerekir.
idp-trustme-who = Kimlik belgesi olan yetişkinler. Cep telefonu ve TrustMe uygulaması gerekir.

## Step 4: authenticate in the browser

auth-title = Tarayıcıda bağlanın
auth-failed-title = Bağlantı kurulamadı
auth-starting = Bağlantıyı hazırlıyorum…
auth-opened = Tarayıcı açıldı. Sonra buraya dönün.
auth-not-opened = Tarayıcı açılmadı. Bu adresi bu bilgisayardaki bir tarayıcıda açın:
auth-no-browser = Bu adresi bu bilgisayardaki bir tarayıcıda açın:
auth-no-display = Burada grafik bir tarayıcı yok. Bu adresi bu bilgisayardaki bir tarayıcıda, örneğin bir metin tarayıcısında açın:
auth-ssh = Bu bilgisayara uzaktan (SSH) bağlısınız. İki yol var: adresi bu bilgisayardaki bir tarayıcıda açın; ya da kendi bilgisayarınızda aşağıdaki komutu yazın, sonra adresi kendi tarayıcınızda açın.
auth-in-browser = Tarayıcıda: { $idp } hesabını seçin, kullanıcı adınızı ve şifrenizi yazın, sonra « Se connecter ».
auth-timed-out = Öngörülen süre geçti, ama tarayıcıda yine de bitirebilirsiniz. Daha fazla süre gerekirse “Daha fazla süre” seçeneğini seçin.
auth-checking = Tarayıcı döndü. Kimliğinizi kontrol ediyorum…
auth-note = FranceConnect kimliğinizi ulusal kütükte arayacak. Geçici numarayla bulunamaz.
auth-note-register = En sık neden: henüz kalıcı sosyal güvenlik numarası yok. Numaranızı kontrol edebilirsiniz: “Sosyal güvenlik numaramı kontrol et” seçeneğini seçin.
help-auth = Tarayıcı FranceConnect sayfalarını gösterir. Hiçbir şey açılmazsa gösterilen adresi kopyalayın. İstediğiniz kadar ek süre isteyebilirsiniz.
help-auth-failed = Her seçenek ne yaptığını söyler. “Yeniden dene” tarayıcıyı yeniden açar. FranceConnect'in bir hata sayfasını anlamak için kodunu yazın. FranceConnect'e yazmak için: hata sayfasındaki « Contactez-nous » düğmesi veya aide.franceconnect.gouv.fr sitesi.
choice-reopen = Tarayıcıyı yeniden aç
choice-more-time = Daha fazla süre ({ $minutes ->
        [one] { $minutes } dakika daha
       *[other] { $minutes } dakika daha
    })
notice-more-time = Tamam: { $minutes ->
        [one] { $minutes } dakika daha.
       *[other] { $minutes } dakika daha.
    }
notice-more-time-until = Tamam: { $minutes ->
        [one] { $minutes } dakika daha
       *[other] { $minutes } dakika daha
    }, { $time } saatine kadar.
notice-reopened = Tarayıcı giriş sayfasında yeniden açıldı.
notice-not-reopened = Tarayıcı açılmadı. Adresi kendiniz açın.
choice-cancel = İptal et ve hesap seçimine dön
choice-retry = Yeniden dene
choice-other-idp = Başka bir hesap seç
choice-read-code = FranceConnect hata sayfasındaki kodu yaz
choice-code-again = Başka bir kod yaz
code-title = FranceConnect sayfasında ne yazıyordu?
code-body = Sayfada « Une erreur s’est produite » yazıyorsa, « Erreur » kelimesinden sonra yazılı olan kodu yazın (örneğin Y010008). Kod yoksa yalnız Enter'a basın.
code-input = Sayfadaki kod (örneğin Y010008). Yalnız Enter: kod yok.
code-read = Kod { $code }:
code-note = Bu kod, FranceConnect destek ekibinin ve CPAM'ınızın ne olduğunu anlamasına yardım eder. Kodu not edin. FranceConnect'e yazmak için: hata sayfasındaki « Contactez-nous » düğmesi veya aide.franceconnect.gouv.fr sitesi.
help-code = Kod, FranceConnect hata sayfasında, « Erreur » kelimesinden sonra yazılıdır. Y ile başlar, ardından en az 6 rakam ya da harf gelir (örneğin Y010008 veya Y04EA6EF). Yazdığınız hiçbir şey bir yere gönderilmez.
code-y010008 = FranceConnect kimliğinizi ulusal kütükte (RNIPP) bulamadı. Bu sizin hatanız değil.
code-y010008-next = En sık neden: henüz kalıcı sosyal güvenlik numarası olmaması (7 veya 8 ile başlayan geçici numara ya da hâlâ işlemde olan bir dosya). Kalıcı numaranızın durumunu CPAM'ınıza sorun. Bu arada sitenin kendi hesabını kullanın. Numaranız zaten kalıcıysa bu kodla FranceConnect'e başvurun.
code-y010004 = Ulusal kütük, hesabınızdaki kimliğe benzeyen bir kimlik buldu, ama yeterince benzemiyor.
code-y010004-next = Kimlik bilgileriniz hesabınızda ve kütükte farklı (soyadı, adlar, doğum tarihi veya yeri). Bilgilerin düzeltilmesi için bu kodla FranceConnect'e başvurun.
code-y010006 = Ulusal kütük sizin için birden fazla olası kimlik buldu.
code-y010006-next = Bilgilerinizin düzeltilmesi gerekiyor. Bu kodla FranceConnect'e başvurun.
code-y010007 = Ulusal kütük sizi yalnızca kullandığınız soyadıyla (örneğin evlilik soyadı) buldu.
code-y010007-next = Bilgilerinizin düzeltilmesi gerekiyor. Bu kodla FranceConnect'e başvurun.
code-register-technical = Ulusal kütük yanıt veremedi: bu teknik bir sorun, sizin hatanız değil.
code-register-technical-next = Daha sonra yeniden deneyin. Sorun devam ederse bu kodla FranceConnect'e başvurun.
code-y010015 = Ulusal kütük artık bu kimlikle bağlanmaya izin vermiyor.
code-y010015-next = Bu kodla FranceConnect'e başvurun: ekip durumunuzu sizinle birlikte inceleyecek.
code-y030007 = Hizmetin gönderdiği istek doğru değildi. Bu sizin hatanız değil.
code-y030007-next = Bu, hizmetin (veya bu asistanın) bir ayar sorunu. Sorunu bu kodla hizmete bildirin.
code-y190001 = Oturumun süresi doldu ya da oturum artık geçerli değil: bağlantı çok uzun sürdü ya da sayfa çok uzun süre açık kaldı.
code-y190001-next = FranceConnect sekmesini kapatın, sonra baştan başlayın: Yeniden dene seçeneğini seçin.
code-unknown = Bu kodu bilmiyorum.
code-unknown-next = Kodu sayfada kontrol edin (Y ve ardından en az 6 rakam ya da harf). Kod doğruysa bu kodla FranceConnect'e başvurun.
code-none = Sayfada kod yoktu: büyük olasılıkla bağlanmadan önce geri döndünüz.
code-none-next = Yeniden deneyebilir veya başka bir hesap seçebilirsiniz.

## Step 5: confirm

confirm-title = Kimliğinizi kontrol edin
confirm-body = Bu kimliğin sizin olduğunu kontrol edin.
confirm-given = Adlar: { $value }
confirm-family = Doğumdaki soyadı: { $value }
confirm-birthdate = Doğum tarihi: { $value }
months = Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık
confirm-birthplace = Doğum yeri: belediye kodu { $code }
confirm-born-abroad = Doğum yeri: Fransa dışında (ülke { $country })
confirm-continue = Gerçek sitede bu son sayfa adlarınızı ve mavi bir düğmeyi gösterir. Eski rehberler bu sayfaya « Bienvenue » der.
confirm-consent = Bazı hizmetler önce bir kutuyu işaretlemenizi ister.
confirm-wrong = Siz değil misiniz? “Bu ben değilim” seçeneğini seçin: kimlik silinir.
confirm-note = Bu kimlik, kalıcı sosyal güvenlik numaranız sayesinde ulusal kütükten gelir.
help-confirm = Her satıra bakın. Her şey doğruysa onaylayın. Bu bilgisayarda hiçbir şey kaydedilmez. Bir bilgi yanlış mı? Kullandığınız hesabın kurumuna başvurun. FranceConnect size yalnızca bir bağlantı olağan dışı göründüğünde e-posta gönderir.
choice-confirm-yes = Evet, bu benim
choice-not-me = Bu ben değilim

## Step 6: done

done-title = FranceConnect ile bağlandınız
done-title-logged-out = FranceConnect'ten çıkış yaptınız
done-connected = Bağlantı onaylandı.
done-logged-out = FranceConnect'ten çıkış yaptınız.
done-services = FranceConnect'i kabul eden hizmetler burada listelenir:
done-help = Yardım mı gerekiyor? Size yakın bir France Services ofisi yardımcı olabilir.
done-note = Kalıcı sosyal güvenlik numaranızı saklayın: her bağlantıda gerekir.
help-done = “Bitir” asistanı kapatır. “FranceConnect'ten çıkış yap” tarayıcıdaki FranceConnect oturumunu da sonlandırır. Yardım mı gerekiyor? Size yakın bir France Services ofisi yardımcı olabilir.
choice-finish = Bitir
choice-logout = FranceConnect'ten çıkış yap
end-connected = Asistan sona erdi: bağlandınız.
end-failed = Asistan sona erdi: bağlantı kurulamadı.
end-cancelled = Asistan sona erdi.

## Errors

error-code = Destek ekibine verilecek kod: { $code }
error-check = Başarısız kontrol: { $check }
error-config-client-id = Bu sağlayıcı için hizmet kimliği (client id) ayarlanmamış.
error-config-client-id-next = Bu kimliği --client-id seçeneğiyle veya FCGUIDE_CLIENT_ID değişkeniyle verin ya da alıştırma sağlayıcısını kullanın.
error-config-secret = Hizmetin gizli anahtarı eksik.
error-config-secret-next = Gizli anahtarı FCGUIDE_CLIENT_SECRET değişkenine veya ayar dosyasına (yalnızca sizin okuyabileceğiniz) koyun.
error-config-secret-file-open = Gizli anahtar dosyasını ({ $file }) başkaları okuyabiliyor: bu dosyayı kullanmayı reddediyorum.
error-config-secret-file-open-next = Dosyayı yalnızca sizin okuyabileceğiniz hale getirin: chmod 600 { $file }
error-config-secret-file = Gizli anahtar dosyası ({ $file }) okunamıyor.
error-config-secret-file-next = Yolunu ve izinlerini kontrol edin.
error-config-redirect-uri = Dönüş adresi (--redirect-uri) geçerli değil.
error-config-redirect-uri-next = http://localhost:PORT/yol veya http://127.0.0.1:PORT/yol biçiminde, tam kaydedildiği gibi olmalı.
error-config-redirect-required = FranceConnect için bu hizmete kayıtlı dönüş adresi gerekir (--redirect-uri).
error-config-redirect-required-next = FranceConnect yalnızca kayıtlı adresin tam aynısını kabul eder. Bu bilgisayarda sabit bağlantı noktalı bir adres kaydedin (örneğin http://localhost:8400/callback), sonra bu adresi --redirect-uri ile verin.
error-config-issuer = Sağlayıcının adresi geçerli değil.
error-config-issuer-next = Tam bir https adresi verin veya hazır bir sağlayıcı seçin.
error-unreachable = Sağlayıcı yanıt vermiyor.
error-unreachable-next = İnternet bağlantısını kontrol edip yeniden deneyin. Çevrim dışıyken alıştırma sağlayıcısını kullanın.
error-discovery = Sağlayıcı okunamayan ya da kendisine ait olmayan bir yapılandırma verdi.
error-discovery-next = Sağlayıcının adresini kontrol edin. Doğruysa daha sonra deneyin.
error-insecure = Sağlayıcının adresi şifreli değil (http).
error-insecure-next = Bir https adresi kullanın. http yalnızca bu bilgisayarda (127.0.0.1) izinlidir.
error-identity-not-found = FranceConnect kimliğinizi ulusal kütükte bulamadı.
error-identity-not-found-next = En sık neden: geçici sosyal güvenlik numarası ya da henüz kalıcı numara olmaması. CPAM'a sorun. Numaranız kalıcıysa aşağıdaki kodla FranceConnect'e başvurun.
error-access-denied = Bağlantı kurulamadı: FranceConnect hiçbir kimlik göndermedi.
error-access-denied-next = Bu, geri döndüğünüzde veya FranceConnect bir hata sayfası gösterdiğinde (« Une erreur s’est produite ») olur. Sayfada « Erreur » ve ardından bir kod varsa, bu kodu yazmayı seçin: kodu size açıklarım.
error-invalid-idp-hint = Bu hesap bu hizmet için buradan seçilemez.
error-invalid-idp-hint-next = Başka bir hesap seçin veya yeniden deneyin: seçim o zaman tarayıcıda yapılır.
error-invalid-request = Sağlayıcı isteği reddetti.
error-invalid-request-next = Bu, hesabınızın değil hizmetin ayarlarının sorunu. Daha sonra deneyin veya sorunu bildirin.
error-server-error = Sağlayıcıda teknik bir sorun oldu.
error-server-error-next = Tarayıcı sekmesini kapatıp yeniden deneyin. FranceConnect sayfasında « Erreur » ve ardından bir kod varsa, bu kodu yazmayı seçin: kodu size açıklarım.
error-temporarily-unavailable = Sağlayıcı şu anda kullanılamıyor.
error-temporarily-unavailable-next = Birkaç dakika sonra yeniden deneyin. FranceConnect sayfasında « Erreur » ve ardından bir kod varsa, bu kodu yazmayı seçin: kodu size açıklarım.
error-refused = Sağlayıcı bağlantıyı reddetti.
error-refused-next = Yeniden deneyin veya başka bir hesap seçin.
error-callback-issuer = Yanıt beklenen sağlayıcıdan gelmiyor. Yanıtı reddettim.
error-callback-issuer-next = Diğer giriş sekmelerini kapatıp yeniden deneyin.
error-callback-issuer-missing = Yanıt hangi sağlayıcıdan geldiğini söylemiyor, oysa bu sağlayıcı bunu her zaman söyler. Yanıtı reddettim.
error-callback-issuer-missing-next = Diğer giriş sekmelerini kapatıp yeniden deneyin.
error-missing-code = Tarayıcı kullanılabilir bir yanıt olmadan döndü.
error-missing-code-next = Yeniden deneyin.
error-port-in-use = Dönüş bağlantı noktası { $port } bu bilgisayarda zaten kullanılıyor.
error-port-in-use-next = Onu kullanan programı kapatın veya kayıtlı başka bir dönüş adresi seçin.
error-listener = Bu bilgisayarda tarayıcıyı bekleyemedim.
error-listener-next = Yeniden deneyin. Devam ederse bilgisayarı yeniden başlatın.
error-timeout = Tarayıcı zamanında dönmedi.
error-timeout-next = Yeniden deneyin: yeni bir bağlantı başlar.
error-token-endpoint = Sağlayıcı bağlantıyı onaylamadı.
error-token-endpoint-next = Hemen yeniden deneyin: tarayıcının yanıtı yalnızca birkaç saniye geçerlidir.
error-id-token = Sağlayıcının gönderdiği kimlik kanıtı geçerli değil. Bu kanıtı reddettim.
error-id-token-next = Hiçbir kimlik gösterilmez. Yeniden deneyin; devam ederse sağlayıcı bildirilmelidir.
error-userinfo = Sağlayıcının gönderdiği kimlik bilgileri geçerli değil. Bu bilgileri reddettim.
error-userinfo-next = Hiçbir kimlik gösterilmez. Yeniden deneyin; devam ederse sağlayıcı bildirilmelidir.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Tamam. Bu sekmeyi kapatıp terminale dönebilirsiniz.
callback-failed = Bağlantı kurulamadı. Terminale dönün: asistan ne yapacağınızı açıklıyor.
callback-refused = Bu yanıt devam eden bağlantıya ait değil. Terminale dönün.
logout-done = Çıkış yaptınız. Bu sekmeyi kapatıp terminale dönebilirsiniz.

## Practice provider pages

practice-banner = Alıştırma: bu gerçek FranceConnect değil. Devlete hiçbir şey gönderilmez.
practice-choose-doc-title = Bağlantı - Hesap seçimi
practice-connecting = { $service } hizmetine bağlanılıyor
practice-choose-title = Bağlanmak için bir hesap seçin:
practice-aidants = Profesyonel olarak başkalarına yardım mı ediyorsunuz? Aidants Connect'i kullanın
practice-login-title = { $idp } girişi
practice-account = Alıştırma hesabı
practice-username = Kullanıcı adı
practice-password = Şifre
practice-login-button = Bağlan
practice-wrong-password = Kullanıcı adı veya şifre yanlış.
practice-continue-doc-title = Bağlantı - { $service } hizmetinde devam et
practice-as = Şu kimlikle bağlanmak üzeresiniz:
practice-continue = { $service } ile devam et
practice-consent = FranceConnect'in beni bağlamak için verilerimi hizmete iletmesini kabul ediyorum
practice-consent-missing = Verilerin aktarılmasını kabul etmek için lütfen kutuyu işaretleyin
practice-error-doc-title = Bağlantı hatası
practice-back = { $service } sitesine dön
practice-error-title = Bir hata oluştu
practice-error-code = Hata { $code }
practice-error-body = Bir hata oluştu, lütfen daha sonra yeniden deneyin
practice-help-page = Lütfen FranceConnect yardım sayfamıza bakın.
practice-what-to-do = Ne yapmalı?
practice-contact = Bize ulaşın
practice-logged-out = FranceConnect'ten çıkış yaptınız.
practice-not-found = Sayfa bulunamadı
practice-account-typical = Fransa'da doğmuş yetişkin
practice-account-several = Birden fazla ad
practice-account-abroad = Yurt dışında doğmuş kişi
practice-account-temporary = Geçici sosyal güvenlik numarası: bağlantı başarısız olacak

## Plain mode

plain-invalid = Anlamadım. 1 ile { $max } arasında bir sayı yazın veya yalnız Enter'a basın.
input-hidden = Yazdıklarınız gösterilmez.
choice-default = varsayılan
more-below = ↓ Devamı aşağıda: Page Down tuşu.
more-above = ↑ Başı yukarıda: Page Up tuşu.
more-choices = ↕ Başka seçenekler gizli: ok tuşları.

## Printable sheet

sheet-title = Adım adım FranceConnect
sheet-intro = FranceConnect sayfaları yalnızca Fransızcadır. İşte tam sözcükleri, çevirileriyle. Şifrelerinizi asla buraya yazmayın.
sheet-bring-title = Yanınızda olması gerekenler
sheet-bring-card = Carte Vitale kartınız veya sağlık sigortasının hak belgesi (attestation de droits).
sheet-bring-account = Bu sitelerden birindeki hesabınızın kullanıcı adı ve şifresi:
sheet-bring-email = E-posta adresinize erişim: hesabınızın sitesi size oraya yazabilir.
sheet-steps-title = Adımlar
sheet-step-start-title = Hizmetin sitesinde
sheet-step-start = Bu mavi düğmeyi bulun ve tıklayın:
sheet-step-login = Seçtiğiniz hesabın sayfasında kullanıcı adınızı ve şifrenizi kendiniz yazın, sonra şuna tıklayın:
sheet-codes-title = FranceConnect bir hata gösterirse
sheet-codes-intro = « Erreur » sözcüğünden sonra yazan kodu not edin ve yardım isterken verin. Anlamı:
sheet-help-title = Nereden yardım alınır
sheet-help-cpam = Sağlık sigortası kurumunuz (CPAM): numaranız 7 veya 8 ile başlıyorsa ya da dosyanız hâlâ işlemdeyse.
sheet-help-contact = FranceConnect: hata sayfasındaki « Contactez-nous » bağlantısı. Hata kodunu verin.
sheet-helper-title = Yardım eden kişi için
sheet-helper-password = Kişinin şifresini asla siz yazmayın, yardım etmek için bile: şifreyi kişi kendisi yazar.
sheet-helper-aidants = Kişi adına işlem yapmak için eğitimli bir profesyonel, kişinin imzaladığı bir vekâletle Aidants Connect'i kullanır:
sheet-words-aidants = Profesyonel olarak başkalarına yardım mı ediyorsunuz? Aidants Connect'i kullanın

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
