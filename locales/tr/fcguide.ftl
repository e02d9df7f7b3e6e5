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

## Plain mode

plain-invalid = Anlamadım. 1 ile { $max } arasında bir sayı yazın veya yalnız Enter'a basın.
input-hidden = Yazdıklarınız gösterilmez.
choice-default = varsayılan
more-below = ↓ Devamı aşağıda: Page Down tuşu.
more-above = ↑ Başı yukarıda: Page Up tuşu.
more-choices = ↕ Başka seçenekler gizli: ok tuşları.

