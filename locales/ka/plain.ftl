# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = კლავიშები: აკრიფეთ არჩევანის ნომერი, შემდეგ Enter. მხოლოდ Enter ირჩევს შემოთავაზებულ არჩევანს. 0 — უკან. l ცვლის ენას, პროგრესი არ იკარგება. b ყოველი ტექსტის ქვეშ მეორე ენას აჩვენებს; f ორ ენას ადგილებს უცვლის. v ნაბიჯებს ხმამაღლა კითხულობს ან ხმას აჩერებს. q — დახურვა.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = ახლა ციფრები აკრეფისას გამოჩნდება.
plain-digits-hidden = ციფრები ისევ დამალულია.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = ბრაუზერი ახლა იხსნება: FranceConnect-იდან გამოსვლა.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = არაბული
language-in-bn = ბენგალური
language-in-en = ინგლისური
language-in-es = ესპანური
language-in-fa-af = დარი
language-in-ff-latn = პულარი
language-in-fr = ფრანგული
language-in-ht = ჰაიტიური კრეოლი
language-in-ka = ქართული
language-in-kmr = ქურთული (კურმანჯი)
language-in-ln = ლინგალა
language-in-ps = პუშტუ
language-in-pt = პორტუგალიური
language-in-ru = რუსული
language-in-so = სომალიური
language-in-sq = ალბანური
language-in-ti = ტიგრინია
language-in-tr = თურქული
language-in-uk = უკრაინული
language-in-ur = ურდუ
language-in-ta = ტამილური
language-in-zh-hans = ჩინური (გამარტივებული)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = აკრიფეთ თქვენი ენის სახელის პირველი ასოები, ქართულად ან თქვენს ენაზე, შემდეგ Enter. h: { $count } ენის დანომრილი სია.
