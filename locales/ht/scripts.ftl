compact-practice = Pratik, se pa vrè FranceConnect la
compact-more-below = ↓ Rès la pi ba
compact-more-above = ↑ Kòmansman pi wo
compact-more-choices = ↕ Lòt chwa
console-cannot-show = Konsòl Linux la pa ka montre ekriti lang sa a ({ $lang }). Sa ki mache isit:
console-plain = mòd tèks senp, pou yon lektè ekran: { $command }
console-speak = li awotvwa: { $command }
console-sheet = fèy pou enprime (sou yon lòt òdinatè): { $command }
