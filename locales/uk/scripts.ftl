compact-practice = Тренування, не справжній FranceConnect
compact-more-below = ↓ Далі нижче
compact-more-above = ↑ Початок вище
compact-more-choices = ↕ Інші варіанти
console-cannot-show = Консоль Linux не може показати письмо цієї мови ({ $lang }). Тут працює:
console-plain = простий текстовий режим, для програми читання з екрана: { $command }
console-speak = читання вголос: { $command }
console-sheet = аркуш для друку (на іншому комп’ютері): { $command }
