compact-practice = Ekkitinol, wonaa FranceConnect goonga
compact-more-below = ↓ Ko heddii ina les
compact-more-above = ↑ Fuɗɗoode ina dow
compact-more-choices = ↕ Suɓaaɗe goɗɗe
console-cannot-show = Konsol Linux waawaa hollude binndi ɗemngal ngal ({ $lang }). Ko gollata ɗoo:
console-plain = mbayka binndi koyɗi, ngam jangoowo yaynirde: { $command }
console-speak = jangude e hoolo mawngo: { $command }
console-sheet = kaayit ngam muulde (e ordinateer goɗɗo): { $command }
