## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Dönüş adresi (--redirect-uri) geçerli değil.
error-config-redirect-address-next = Bu hizmet için kayıtlı adresi aynen verin: entegrasyon için bu bilgisayarda sabit portlu bir adres (http://localhost:8400/callback); üretim (production) için hizmetin kendi alan adında bir https sayfası.
error-config-loopback-production = Üretimdeki (production) FranceConnect bu bilgisayardaki dönüş adreslerini (localhost, 127.0.0.1) reddeder: tarayıcı Y030007 hatasında durur.
error-config-loopback-production-next = FranceConnect'e hizmetin kendi alan adında, kendi adresini gösteren bir https sayfası kaydedin (fcguide relay-page bu sayfayı verir), sonra onu --redirect-uri ile verin. Bu bilgisayardaki adresler yalnızca entegrasyonda çalışır.
cli-bad-service-name = Geçersiz hizmet adı: { $word }. FranceConnect'te kayıtlı adı, düz metin olarak, en fazla 100 karakterle verin.
choice-paste = Hizmet sayfasının adresini yapıştır
auth-paste-when = « Continuer sur { $service } » sonrasında tarayıcı { $service } sayfasına gelir; bu sayfa bir adres gösterir. Adresi kopyalayın, sonra ilk seçenekle buraya yapıştırın.
paste-title = Hizmet sayfasının adresini yapıştır
paste-body = { $service } sayfasında gösterilen adresin tamamını kopyalayın ({ $page } ile başlar), buraya yapıştırın ve Enter'a basın. Yalnız Enter geri döner.
paste-input = Adres:
paste-problem-too-long = Bu metin sayfanın adresi olmak için çok uzun.
paste-problem-control = Bu metinde denetim karakterleri var: bu bir adres değil.
paste-problem-not-an-address = Bu bir adres değil. Adresin tamamını, baştan itibaren kopyalayın.
paste-problem-other-page = Bu, hizmet sayfasının adresi değil. Tarayıcının FranceConnect'ten sonra geldiği sayfanın adresini kopyalayın.
paste-problem-no-answer = Bu adreste FranceConnect'in yanıtı yok. Önce tarayıcıda bağlantıyı tamamlayın, sonra varılan sayfanın adresini kopyalayın.
paste-problem-other-attempt = Bu adres başka bir bağlantıdan (eski bir sekmeden) geliyor. En son açılan sekmeyi kullanın ya da yeniden başlayın.
help-paste = Üretimde FranceConnect tarayıcıyı bu bilgisayara değil, hizmetin sayfasına geri gönderir. Bu sayfa kendi adresini, kopyalamak için bir düğmeyle gösterir. Adresi buraya yapıştırın: onu denetler ve yalnızca bir kez kullanırım.
