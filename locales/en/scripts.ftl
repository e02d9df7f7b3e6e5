# Small screens (40×12): the practice mark and the "more" notices fit on one row.
compact-practice = Practice, not the real FranceConnect
compact-more-below = ↓ More below
compact-more-above = ↑ Start above
compact-more-choices = ↕ More choices
# Linux console (TERM=linux): shown in French and English, whatever the language chosen.
console-cannot-show = The Linux console cannot show this language's script ({ $lang }). What works here:
console-plain = plain text mode, for a screen reader: { $command }
console-speak = reading aloud: { $command }
console-sheet = the sheet to print (on another computer): { $command }
