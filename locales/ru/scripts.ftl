compact-practice = Тренировка, не настоящий FranceConnect
compact-more-below = ↓ Продолжение ниже
compact-more-above = ↑ Начало выше
compact-more-choices = ↕ Другие варианты
console-cannot-show = Консоль Linux не может показать письменность этого языка ({ $lang }). Здесь работает:
console-plain = простой текстовый режим, для программы чтения с экрана: { $command }
console-speak = чтение вслух: { $command }
console-sheet = лист для печати (на другом компьютере): { $command }
