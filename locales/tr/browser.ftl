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
