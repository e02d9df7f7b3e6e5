## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = დაბრუნების მისამართი (--redirect-uri) არასწორია.
error-config-redirect-address-next = მიუთითეთ ზუსტად ის მისამართი, რომელიც ამ სერვისისთვისაა დარეგისტრირებული: ინტეგრაციისთვის — ამ კომპიუტერის მისამართი ფიქსირებული პორტით (http://localhost:8400/callback); წარმოებისთვის (production) — სერვისის https გვერდი მის საკუთარ დომენზე.
error-config-loopback-production = FranceConnect წარმოებაში (production) უარყოფს ამ კომპიუტერის დაბრუნების მისამართებს (localhost, 127.0.0.1): ბრაუზერი შეჩერდებოდა შეცდომაზე Y030007.
error-config-loopback-production-next = დაარეგისტრირეთ FranceConnect-ში სერვისის https გვერდი მის საკუთარ დომენზე, რომელიც თავის მისამართს აჩვენებს (ამ გვერდს იძლევა fcguide relay-page), შემდეგ მიუთითეთ ის --redirect-uri-ით. ამ კომპიუტერის მისამართები მხოლოდ ინტეგრაციაში მუშაობს.
cli-bad-service-name = სერვისის სახელი არასწორია: { $word }. მიუთითეთ FranceConnect-ში დარეგისტრირებული სახელი, უბრალო ტექსტად, მაქსიმუმ 100 სიმბოლო.
choice-paste = სერვისის გვერდის მისამართის ჩასმა
auth-paste-when = « Continuer sur { $service } »-ის შემდეგ ბრაუზერი გადავა { $service }-ის გვერდზე, რომელიც მისამართს აჩვენებს. დააკოპირეთ ის და ჩასვით აქ პირველი არჩევანით.
paste-title = სერვისის გვერდის მისამართის ჩასმა
paste-body = { $service }-ის გვერდზე დააკოპირეთ ნაჩვენები მისამართი მთლიანად (ის იწყება { $page }-ით), ჩასვით აქ და დააჭირეთ Enter-ს. მხოლოდ Enter უკან აბრუნებს.
paste-input = მისამართი:
paste-problem-too-long = ეს ტექსტი ძალიან გრძელია გვერდის მისამართისთვის.
paste-problem-control = ამ ტექსტში მმართველი სიმბოლოებია: ეს მისამართი არ არის.
paste-problem-not-an-address = ეს მისამართი არ არის. დააკოპირეთ მისამართი მთლიანად, თავიდანვე.
paste-problem-other-page = ეს სერვისის გვერდის მისამართი არ არის. დააკოპირეთ იმ გვერდის მისამართი, რომელზეც ბრაუზერი FranceConnect-ის შემდეგ მივიდა.
paste-problem-no-answer = ამ მისამართში FranceConnect-ის პასუხი არ არის. ჯერ დაასრულეთ შესვლა ბრაუზერში, შემდეგ დააკოპირეთ იმ გვერდის მისამართი, სადაც მივიდა.
paste-problem-other-attempt = ეს მისამართი სხვა შესვლიდანაა (ძველი ჩანართი). გამოიყენეთ ბოლოს გახსნილი ჩანართი, ან დაიწყეთ თავიდან.
help-paste = წარმოებაში FranceConnect ბრაუზერს სერვისის გვერდზე აბრუნებს და არა ამ კომპიუტერზე. ეს გვერდი თავის მისამართს აჩვენებს კოპირების ღილაკით. ჩასვით ის აქ: მე მას შევამოწმებ და მხოლოდ ერთხელ გამოვიყენებ.
# fcguide --help: production (an https return page, the answer pasted).
cli2-help-production =
    FranceConnect-ის საწარმოო გარემოში (https დაბრუნების გვერდი, მისამართი ჩაისმება):
      --redirect-uri https://…  სერვისის რეგისტრირებული გვერდი (იხ. fcguide relay-page)
      --service-name NAME       სერვისის სახელი, როგორც « Continuer sur » აჩვენებს (ფურცელიც იღებს)
      --production-rules        ამის ვარჯიში სავარჯიშო პროვაიდერთან
      fcguide relay-page        დაბრუნების გვერდის დაწერა, რომელსაც სერვისი განათავსებს
cli2-help-relay-page =
    fcguide relay-page: წერს დაბრუნების გვერდს (HTML), რომელიც სერვისს შეუძლია
    განათავსოს თავის რეგისტრირებულ https მისამართზე. გვერდი აჩვენებს საკუთარ
    მისამართს კოპირების ღილაკით, რომ ადამიანმა ჩასვას fcguide-ში. ის არსად
    არაფერს აგზავნის.
