compact-practice = Alıştırma, gerçek FranceConnect değil
compact-more-below = ↓ Devamı aşağıda
compact-more-above = ↑ Başı yukarıda
compact-more-choices = ↕ Başka seçenekler
console-cannot-show = Linux konsolu bu dilin yazısını ({ $lang }) gösteremez. Burada çalışanlar:
console-plain = ekran okuyucu için düz metin kipi: { $command }
console-speak = sesli okuma: { $command }
console-sheet = yazdırılacak sayfa (başka bir bilgisayarda): { $command }
