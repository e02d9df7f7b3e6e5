compact-practice = অনুশীলন, আসল FranceConnect নয়
compact-more-below = ↓ বাকিটা নিচে
compact-more-above = ↑ শুরুটা উপরে
compact-more-choices = ↕ আরও বিকল্প
console-cannot-show = Linux কনসোল এই ভাষার লিপি ({ $lang }) দেখাতে পারে না। এখানে যা কাজ করে:
console-plain = সাধারণ লেখা মোড, স্ক্রিন রিডারের জন্য: { $command }
console-speak = জোরে পড়ে শোনানো: { $command }
console-sheet = ছাপার পাতা (অন্য কম্পিউটারে): { $command }
