## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Ulusal kütük isteği reddetti: seçtiğiniz hesabın gönderdiği kimlik bilgilerini kabul etmedi. Bu bir arıza değil.
code-y010009-next = Bir kez daha deneyin. Aynı kod yine gelirse başka bir hesap seçin veya bilgilerinizi kontrol ettirmek için bu kodla FranceConnect'e başvurun.
code-navigation = Tarayıcının Geri düğmesi ya da bir sayfanın yenilenmesi bağlantıyı kesti.
code-navigation-next = FranceConnect'in tüm sekmelerini kapatın, sonra Yeniden dene seçeneğini seçin. Bağlantı sırasında tarayıcının Geri düğmesini kullanmayın.
code-y180001 = FranceConnect erişiminiz devre dışı bırakıldı.
code-y180001-next = Yeniden etkinleştirmek için bu kodla FranceConnect'e başvurun. Bu arada sitenin kendi hesabını kullanın.
code-y100011 = Bu hesabı FranceConnect tercihlerinizde engellediniz.
code-y100011-next = Başka bir hesap seçin ya da FranceConnect tercihlerinizde bu hesaba yeniden izin verin, sonra yeniden deneyin.
code-idp-off = Bu hesap şu anda bu hizmet için kullanılamaz: devre dışı ya da bu hizmet onu kabul etmiyor.
code-idp-off-next = Başka bir hesap seçin.
code-y04ea6ef = FranceConnect bu hizmeti tanımıyor (tanımlayıcısı, client id, bilinmiyor). Bu, hizmetin kaydındaki bir hata; sizin hatanız değil.
code-y04ea6ef-next = Sizin yapabileceğiniz bir şey yok: bu kodu hizmete verin. Yöneticisi için: client id'yi ve ortamı (entegrasyon ya da production) kontrol edin; bir client id yalnızca onu veren ortamda çalışır.
code-y04c013c = Hizmetin dönüş adresi FranceConnect'te kayıtlı değil (başka bir port, başka bir ad ya da https yerine http). Bu, hizmetin kaydındaki bir hata; sizin hatanız değil.
code-y04c013c-next = Sizin yapabileceğiniz bir şey yok: bu kodu hizmete verin. Yöneticisi için: --redirect-uri ile verilen adresi aynen kaydedin ya da kayıtlı olanı verin.
code-logout-refused = FranceConnect hizmetin oturumu sonlandırma isteğini reddetti (bağlantı kanıtı eksik ya da oturum bittikten sonraki dönüş adresi kayıtlı değil).
code-logout-refused-next = FranceConnect oturumunu bitirmek için tarayıcıyı kapatın. Hizmetin yöneticisi için: oturum bittikten sonraki dönüş adresini kaydedin.

## The practice provider, as the platform words its pages

practice-error-technical = Teknik bir hata oluştu, tarayıcı sekmenizi kapatın ve yeniden bağlanın.
practice-error-session = Oturumunuzun süresi doldu ya da oturum geçersiz, tarayıcı sekmenizi kapatın ve yeniden bağlanın.
practice-error-communication = Hizmet sağlayıcıyla bir iletişim hatası oluştu. Lütfen daha sonra yeniden deneyin.
practice-cancel = İptal
practice-idp-failed = { $idp } ile bağlantı mümkün olmadı. Lütfen yeniden deneyin ya da başka bir bağlantı yolu seçin.
practice-choose-error-doc-title = Hesap seçilirken hata

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = Sayfada « La connexion à » … « n’a pas été possible » yazıyor
notice-not-possible = FranceConnect'in bu sayfası, { $idp } ile bağlantının tamamlanmadığı anlamına gelir: { $idp } tarafında iptal ettiniz ya da orada giriş başarısız oldu. Hizmete hiçbir şey gönderilmedi. Hâlâ bekliyorum: o sayfada yeniden denemek için { $idp } seçeneğini tekrar seçin ya da başka bir hesap seçin.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Sağlayıcı, hizmetin tanımlayıcısını (client id) ya da gizli anahtarını reddetti.
error-client-rejected-next = Sorun hesabınızda değil, hizmetin kaydında: yeniden denemek hiçbir şeyi değiştirmez. Bu programa verilen client id'yi ve gizli anahtarı, ayrıca ortamı (entegrasyon ya da production) kontrol edin ya da bunları hizmetin yöneticisinden isteyin.
error-config-secret-file-link = Gizli anahtar dosyası ({ $file }) sembolik bir bağlantı: onu izlemeyi reddediyorum.
error-config-secret-file-link-next = Gizli anahtarı o yerde bir bağlantıya değil, yalnızca sizin okuyabileceğiniz gerçek bir dosyaya koyun (chmod 600).
