compact-practice = تمرین، اصلي FranceConnect نه دی
compact-more-below = ↓ پاتې برخه لاندې
compact-more-above = ↑ پیل پورته
compact-more-choices = ↕ نورې ټاکنې
console-cannot-show = د Linux کنسول د دې ژبې ({ $lang }) لیکدود نشي ښودلی. هغه څه چې دلته کار کوي:
console-plain = د ساده متن حالت، د سکرین لوستونکي لپاره: { $command }
console-speak = په لوړ غږ لوستل: { $command }
console-sheet = د چاپ پاڼه (په بل کمپیوټر): { $command }
