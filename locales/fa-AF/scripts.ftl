compact-practice = تمرین، نه FranceConnect اصلی
compact-more-below = ↓ ادامه پایین‌تر
compact-more-above = ↑ شروع بالاتر
compact-more-choices = ↕ انتخاب‌های دیگر
console-cannot-show = کنسول Linux نمی‌تواند خط این زبان ({ $lang }) را نشان دهد. آنچه این‌جا کار می‌کند:
console-plain = حالت متن ساده، برای صفحه‌خوان: { $command }
console-speak = خواندن با صدای بلند: { $command }
console-sheet = برگهٔ چاپی (روی یک کمپیوتر دیگر): { $command }
