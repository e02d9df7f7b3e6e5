compact-practice = مشق، اصل FranceConnect نہیں
compact-more-below = ↓ باقی نیچے ہے
compact-more-above = ↑ شروع اوپر ہے
compact-more-choices = ↕ مزید انتخاب
console-cannot-show = Linux کنسول اس زبان ({ $lang }) کا رسم الخط نہیں دکھا سکتا۔ یہاں یہ کام کرتا ہے:
console-plain = سادہ متن کا طریقہ، اسکرین ریڈر کے لیے: { $command }
console-speak = بلند آواز سے پڑھنا: { $command }
console-sheet = چھاپنے کا صفحہ (کسی دوسرے کمپیوٹر پر): { $command }
