compact-practice = Ceribandin, ne FranceConnect a rastîn
compact-more-below = ↓ Berdewam li jêr
compact-more-above = ↑ Destpêk li jor
compact-more-choices = ↕ Bijareyên din
console-cannot-show = Konsola Linux nikare nivîsa vê zimanî ({ $lang }) nîşan bide. Ya ku li vir dixebite:
console-plain = moda nivîsa sade, ji bo xwînerê ekranê: { $command }
console-speak = xwendina bi deng: { $command }
console-sheet = pelê çapkirinê (li ser komputereke din): { $command }
