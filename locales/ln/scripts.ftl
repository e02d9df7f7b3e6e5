compact-practice = Komeka, FranceConnect ya solo te
compact-more-below = ↓ Oyo etikali na se
compact-more-above = ↑ Ebandeli na likolo
compact-more-choices = ↕ Ba eponi mosusu
console-cannot-show = Console ya Linux ekoki te kolakisa makomi ya monoko oyo ({ $lang }). Oyo esalaka awa:
console-plain = mode ya makomi ya pete, mpo na motángi ya ekrani: { $command }
console-speak = kotánga na mongongo makasi: { $command }
console-sheet = lokasa ya kobimisa (na ordinateur mosusu): { $command }
