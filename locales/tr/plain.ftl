# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Tuşlar: bir seçeneğin numarasını yazın, sonra Enter. Yalnız Enter önerilen seçeneği seçer. 0 geri gider. l ilerlemenizi kaybetmeden dili değiştirir. b her metnin altında ikinci bir dil gösterir; f iki dilin yerini değiştirir. v adımları sesli okur veya sesi durdurur. q kapatır.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Rakamlar artık yazarken gösterilecek.
plain-digits-hidden = Rakamlar yeniden gizlendi.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = FranceConnect'ten çıkış için tarayıcı şimdi açılıyor.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Arapça
language-in-bn = Bengalce
language-in-en = İngilizce
language-in-es = İspanyolca
language-in-fa-af = Darice
language-in-ff-latn = Pular
language-in-fr = Fransızca
language-in-ht = Haiti Kreolü
language-in-ka = Gürcüce
language-in-kmr = Kurmanci Kürtçesi
language-in-ln = Lingala
language-in-ps = Peştuca
language-in-pt = Portekizce
language-in-ru = Rusça
language-in-so = Somalice
language-in-sq = Arnavutça
language-in-ti = Tigrinya
language-in-tr = Türkçe
language-in-uk = Ukraynaca
language-in-ur = Urduca
language-in-ta = Tamilce
language-in-zh-hans = Çince (basitleştirilmiş)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Dilinizin adının ilk harflerini Türkçe ya da kendi dilinizde yazın, sonra Enter. h: { $count } dilin numaralı listesi.
