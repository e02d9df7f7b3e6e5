## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Profesyoneller için Aidants Connect'in sitesi:

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
