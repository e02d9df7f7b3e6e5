# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Bu bilgisayardaki başka bir program girişe karışmaya çalıştı. Girişi durdurdum: hiçbir kimlik gösterilmiyor.
error-intruder-next = Yeniden deneyin: yeni bir bağlantı başlayacak. Yine olursa başka bir bilgisayar kullanın ve bu bilgisayarla ilgilenen kişiye haber verin.
notice-intruder = Bu bilgisayardaki başka bir program çıkışa karışmaya çalıştı. Çıkışı durdurdum: bitirmek için tarayıcıyı kapatın.
