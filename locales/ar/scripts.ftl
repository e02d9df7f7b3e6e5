compact-practice = تدريب، ليس FranceConnect الحقيقي
compact-more-below = ↓ التتمة في الأسفل
compact-more-above = ↑ البداية في الأعلى
compact-more-choices = ↕ اختيارات أخرى
console-cannot-show = لا تستطيع وحدة تحكم Linux عرض كتابة هذه اللغة ({ $lang }). ما يعمل هنا:
console-plain = وضع النص البسيط، لقارئ الشاشة: { $command }
console-speak = القراءة بصوت عالٍ: { $command }
console-sheet = الورقة للطباعة (على حاسوب آخر): { $command }
