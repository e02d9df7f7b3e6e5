compact-practice = Ushtrim, jo FranceConnect i vërtetë
compact-more-below = ↓ Vijon më poshtë
compact-more-above = ↑ Fillimi më lart
compact-more-choices = ↕ Zgjedhje të tjera
console-cannot-show = Konsola e Linux nuk mund ta shfaqë shkrimin e kësaj gjuhe ({ $lang }). Çfarë funksionon këtu:
console-plain = mënyra e tekstit të thjeshtë, për një lexues ekrani: { $command }
console-speak = leximi me zë: { $command }
console-sheet = fleta për t'u shtypur (në një kompjuter tjetër): { $command }
