compact-practice = ვარჯიში, არა ნამდვილი FranceConnect
compact-more-below = ↓ გაგრძელება ქვემოთ
compact-more-above = ↑ დასაწყისი ზემოთ
compact-more-choices = ↕ სხვა არჩევანი
console-cannot-show = Linux-ის კონსოლს არ შეუძლია ამ ენის დამწერლობის ({ $lang }) ჩვენება. აქ მუშაობს:
console-plain = მარტივი ტექსტის რეჟიმი, ეკრანის წამკითხველისთვის: { $command }
console-speak = ხმამაღლა კითხვა: { $command }
console-sheet = დასაბეჭდი ფურცელი (სხვა კომპიუტერზე): { $command }
