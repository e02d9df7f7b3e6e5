compact-practice = Tababar, ma aha FranceConnect-ka dhabta ah
compact-more-below = ↓ Inta kale waa hoos
compact-more-above = ↑ Bilowgu waa kor
compact-more-choices = ↕ Doorashooyin kale
console-cannot-show = Konsoolka Linux ma muujin karo qoraalka luqaddan ({ $lang }). Waxa halkan ka shaqeeya:
console-plain = habka qoraalka fudud, akhriyaha shaashadda: { $command }
console-speak = akhrinta cod dheer: { $command }
console-sheet = warqadda la daabacayo (kombiyuutar kale): { $command }
