# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = { $host } adı ağda bulunamıyor.
error-net-name-next = Sağlayıcının adresini (yazım hatası olabilir mi?) ve İnternet bağlantısını kontrol edip yeniden deneyin.
error-net-refused = { $host } bağlantıyı reddediyor: orada hiçbir şey yanıt vermiyor.
error-net-refused-next = Adresi ve bağlantı noktasını kontrol edin. Doğruysa hizmet durmuş olabilir: daha sonra yeniden deneyin.
error-net-certificate = { $host } sertifikası bu bilgisayar tarafından güvenilir sayılmıyor.
error-net-certificate-next = İş yerinde bağlantıları denetleyen bir proxy'nin çoğu zaman kendi sertifika yetkilisi vardır: bilgi işlem biriminden bunu bu bilgisayara kurmasını isteyin ya da dosyasını SSL_CERT_FILE değişkeninde belirtin. Tanımadığınız bir ağda devam etmeyin.
error-net-proxy = { $proxy } proxy'si { $host } ile bağlantıyı açmadı.
error-net-proxy-next = HTTPS_PROXY, ALL_PROXY ve NO_PROXY değişkenlerini kontrol edin ya da bilgi işlem birimine hangi proxy'nin kullanılacağını sorun.
error-net-timeout = { $host } zamanında yanıt vermedi.
error-net-timeout-next = Bağlantı yavaş ya da kesik olabilir: kontrol edip yeniden deneyin.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Asistan sona erdi: FranceConnect'ten çıkış yaptınız.
