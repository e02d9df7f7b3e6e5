language-name = ქართული
language-name-en = Georgian
language-direction = ltr

## Around every step

progress = ნაბიჯი { $step } / { $total }
practice-mark = ვარჯიში: სასწავლო პროვაიდერი და არა ნამდვილი FranceConnect
note-label = მნიშვნელოვანი:
help-label = დახმარება:
french-label = საიტზე, ფრანგულად:
keys-tui = ისრები ან ნომერი: არჩევა · Enter: დადასტურება · Esc: უკან · ?: დახმარება · L: ენა · B: ორი ენა · Q: გასვლა
keys-short = ?: დახმარება · Q: გასვლა
keys-plain = აკრიფეთ არჩევანის ნომერი და დააჭირეთ Enter-ს. მხოლოდ Enter: ნაგულისხმევი არჩევანი. «<»: უკან, «?»: დახმარება, «l»: ენა, «b»: ორი ენა, «q»: გასვლა.
prompt = თქვენი არჩევანი
prompt-default = მხოლოდ Enter: { $choice }
still-waiting = ჯერ კიდევ ველოდები ბრაუზერის დაბრუნებას. შეგიძლიათ ბრაუზერში გააგრძელოთ ან აკრიფოთ არჩევანი.
too-small = ფანჯარა ძალიან პატარაა. გაადიდეთ ან გაუშვით fcguide --plain.
connected-mark = [FranceConnect ✓] დაკავშირებულია
help-keys = კლავიშები: Enter ირჩევს ნაგულისხმევ არჩევანს. Esc ან Backspace — უკან. L ცვლის ენას ისე, რომ პროგრესი არ იკარგება. B ყოველი აბზაცის ქვეშ მეორე ენას აჩვენებს.

## Words of the real site

fr-words-button = იდენტიფიკაცია FranceConnect-ით
fr-words-choose = ვირჩევ ანგარიშს { $service }-ზე შესასვლელად
fr-words-login = შესვლა
fr-words-welcome = კეთილი იყოს თქვენი მობრძანება
fr-words-continue = გაგრძელება { $service }-ზე

## Step 1: language

language-title = აირჩიეთ თქვენი ენა
language-body = ასისტენტი თქვენს ენაზე საუბრობს. ის ასევე აჩვენებს ფრანგულ სიტყვებს, რომლებსაც ნამდვილ საიტზე ნახავთ.
language-note = FranceConnect-ისთვის საჭიროა საფრანგეთის სოციალური დაზღვევის მუდმივი ნომერი. ამას აგიხსნით.
help-language = აირჩიეთ ენა, რომელზეც ყველაზე კარგად კითხულობთ. მისი შეცვლა ნებისმიერ დროს შეგიძლიათ L კლავიშით. ენის მოსაძებნად შეგიძლიათ მისი სახელის დასაწყისიც აკრიფოთ.

## Step 2: welcome and prerequisite

welcome-title = რა არის FranceConnect?
welcome-what = FranceConnect უფასოა. ერთი ანგარიშით შედიხართ ბევრ ონლაინ სახელმწიფო სერვისში: გადასახადები, ჯანმრთელობა, უმუშევრობის დახმარება, პასპორტი…
welcome-need = საჭიროა საფრანგეთის სოციალური დაზღვევის მუდმივი ნომერი. FranceConnect თქვენს ვინაობას პირთა ეროვნულ რეესტრში (RNIPP) ამოწმებს.
welcome-where = ამ ნომერს 15 ციფრი აქვს. ის წერია თქვენს Vitale ბარათზე და ჯანმრთელობის დაზღვევის უფლებების ცნობაზე (attestation de droits).
welcome-without = ჯერ არ გაქვთ ნომერი, ან მხოლოდ დროებითი გაქვთ? მაშინ FranceConnect ჯერ არ იმუშავებს. ჰკითხეთ თქვენს ჯანმრთელობის დაზღვევის სალაროს (CPAM) თქვენი საქმის შესახებ. მანამდე საიტის საკუთარი ანგარიში გამოიყენეთ.
welcome-note = სოციალური დაზღვევის მუდმივი ნომრის გარეშე დაკავშირება ვერ ხერხდება. დროებითი ნომერი (იწყება 7-ით ან 8-ით) საკმარისი არ არის.
help-welcome = «გაგრძელება» ანგარიშის არჩევაზე გადაგიყვანთ. ჯერ შეგიძლიათ ნომრის ფორმა შეამოწმოთ: არაფერი იგზავნება და არაფერი ინახება.
choice-continue = გაგრძელება
choice-check-nir = ჩემი სოციალური დაზღვევის ნომრის შემოწმება (მხოლოდ ამ კომპიუტერზე)
choice-check-again = სხვა ნომრის შემოწმება
choice-back = უკან
choice-quit = გასვლა

## Number check

nir-title = ჩემი სოციალური დაზღვევის ნომრის შემოწმება
nir-body = აკრიფეთ 15 ციფრი, გასაღების ჩათვლით. ნომერი ამ კომპიუტერზე რჩება: არ იგზავნება, არ ინახება და შემოწმების შემდეგ იშლება.
nir-input = სოციალური დაზღვევის ნომერი (15 ციფრი). მხოლოდ Enter: გამოტოვება.
nir-permanent = ამ ნომრის ფორმა სწორია და ის მუდმივია. FranceConnect შეიძლება იმუშაოს.
nir-permanent-abroad = ამ ნომრის ფორმა სწორია და ის მუდმივია (საფრანგეთის გარეთ დაბადებული პირი). FranceConnect შეიძლება იმუშაოს.
nir-temporary = ეს დროებითი ნომერია: იწყება 7-ით ან 8-ით. FranceConnect ამ ნომრით არ იმუშავებს. მოითხოვეთ მუდმივი ნომერი CPAM-ში.
nir-wrong-key = გასაღები (ბოლო 2 ციფრი) ნომრის დანარჩენ ნაწილს არ ემთხვევა. შეამოწმეთ ყოველი ციფრი Vitale ბარათზე.
nir-malformed = ეს სოციალური დაზღვევის ნომრის ფორმა არ არის. საჭიროა 15 სიმბოლო; პირველი არის 1 ან 2 (დროებითი ნომრისთვის 7 ან 8).
nir-note = მუდმივი ნომერი 1-ით ან 2-ით იწყება. ეროვნული რეესტრი სწორედ ამ ნომერს იცნობს.
nir-note-temporary = დროებითი ნომრით FranceConnect გიპასუხებთ «ვინაობა ვერ მოიძებნა». ეს თქვენი ბრალი არ არის: საჭიროა მუდმივი ნომრის მოლოდინი.
help-nir = შემოწმება მხოლოდ ნომრის ფორმას და გასაღებს უყურებს. ის არ ამბობს, გიცნობთ თუ არა უკვე ეროვნული რეესტრი.

## Step 3: choose an identity provider

idp-title = აირჩიეთ ანგარიში
idp-body = ერთ-ერთ ამ საიტზე უკვე უნდა გქონდეთ ანგარიში. შეიძლება რამდენიმე გქონდეთ: აირჩიეთ ერთი.
idp-after-not-me = თქვით, რომ ნაჩვენები ვინაობა თქვენი არ არის. ის დავიწყებულია. აირჩიეთ სხვა ანგარიში ან სთხოვეთ დახმარება.
idp-note = თითოეული ეს ანგარიში დაკავშირებულია თქვენს სოციალური დაზღვევის მუდმივ ნომერთან.
help-idp = აირჩიეთ საიტი, სადაც უკვე გაქვთ მომხმარებლის სახელი და პაროლი. თუ არცერთი გაქვთ, ყველაზე მარტივია ხშირად ameli.fr (ჯანმრთელობის დაზღვევა) ან impots.gouv.fr (გადასახადები).
idp-impots-who = ყველა, ვინც საფრანგეთში შემოსავალს აცხადებს. საჭიროა საგადასახადო ნომერი.
idp-ameli-who = ყველა, ვისაც საფრანგეთის ჯანმრთელობის დაზღვევა აქვს. საჭიროა სოციალური დაზღვევის ნომერი.
idp-laposte-who = სრულწლოვნები საფრანგეთის პირადობის დოკუმენტით ან ბინადრობის ნებართვით. საჭიროა მობილური ტელეფონი.
idp-msa-who = სოფლის მეურნეობის სოციალურ დაზღვევაში (MSA) დაზღვეული პირები.
idp-france-identite-who = პირები საფრანგეთის ახალი პირადობის მოწმობით და თავსებადი ტელეფონით.
idp-yris-who = სრულწლოვნები პირადობის დოკუმენტით. საჭიროა მობილური ტელეფონი.

## Step 4: authenticate in the browser

auth-title = შესვლა ბრაუზერში
auth-failed-title = დაკავშირება ვერ მოხერხდა
auth-starting = ვამზადებ დაკავშირებას…
auth-opened = ბრაუზერი FranceConnect-ზე გაიხსნა. გააგრძელეთ ბრაუზერში, შემდეგ დაბრუნდით აქ.
auth-not-opened = ბრაუზერი არ გაიხსნა. გახსენით ეს მისამართი ამ კომპიუტერის ბრაუზერში:
auth-in-browser = ბრაუზერში: აირჩიეთ { $idp }, აკრიფეთ მომხმარებლის სახელი და პაროლი, შემდეგ დააჭირეთ «Se connecter».
auth-timed-out = ლოდინის დრო ამოიწურა. თუ ჯერ კიდევ შედიხართ, აირჩიეთ «მეტი დრო».
auth-checking = ბრაუზერი დაბრუნდა. ვამოწმებ თქვენს ვინაობას პროვაიდერთან…
auth-note = FranceConnect თქვენს ვინაობას ეროვნულ რეესტრში მოძებნის. დროებითი ნომრით ვერ იპოვის.
auth-note-register = ყველაზე ხშირი მიზეზი: ჯერ არ არის სოციალური დაზღვევის მუდმივი ნომერი. შეამოწმეთ ნომერი მე-2 ნაბიჯზე.
help-auth = ბრაუზერი FranceConnect-ის გვერდებს აჩვენებს. თუ არაფერი გაიხსნა, დააკოპირეთ ნაჩვენები მისამართი. მეტი დრო რამდენჯერაც საჭიროა, იმდენჯერ შეგიძლიათ ითხოვოთ.
choice-reopen = ბრაუზერის თავიდან გახსნა
choice-more-time = მეტი დრო ({ $minutes ->
        [one] კიდევ { $minutes } წუთი
       *[other] კიდევ { $minutes } წუთი
    })
choice-cancel = გაუქმება და ანგარიშის არჩევაზე დაბრუნება
choice-retry = ხელახლა ცდა
choice-other-idp = სხვა ანგარიშის არჩევა

## Step 5: confirm

confirm-title = კეთილი იყოს თქვენი მობრძანება: შეამოწმეთ თქვენი ვინაობა
confirm-body = FranceConnect-მა ეს ვინაობა დაადასტურა. დარწმუნდით, რომ ის თქვენია.
confirm-given = სახელები: { $value }
confirm-family = გვარი დაბადებისას: { $value }
confirm-birthdate = დაბადების თარიღი: { $value }
confirm-birthplace = დაბადების ადგილი: მუნიციპალიტეტი { $code }
confirm-born-abroad = დაბადების ადგილი: საფრანგეთის გარეთ (ქვეყანა { $country })
confirm-continue = ნამდვილ საიტზე შემდეგ სერვისში დასაბრუნებლად დააჭერთ ლურჯ ღილაკს «Continuer sur { $service }».
confirm-email = დაკავშირების შემდეგ შეიძლება უსაფრთხოების ელფოსტა მიიღოთ: ეს ნორმალურია.
confirm-wrong = ეს თქვენ არ ხართ, ან რამე არასწორია? აირჩიეთ «ეს მე არ ვარ» და დაუკავშირდით იმ ანგარიშის დაწესებულებას, რომელიც გამოიყენეთ.
confirm-note = ეს ვინაობა ეროვნული რეესტრიდან მოდის, თქვენი სოციალური დაზღვევის მუდმივი ნომრის წყალობით.
help-confirm = წაიკითხეთ ყოველი სტრიქონი. თუ ყველაფერი სწორია, დაადასტურეთ. ამ კომპიუტერზე არაფერი ინახება.
choice-confirm-yes = დიახ, ეს მე ვარ
choice-not-me = ეს მე არ ვარ

## Step 6: done

done-title = თქვენ დაკავშირებული ხართ FranceConnect-ით
done-connected = დაკავშირება დადასტურებულია.
done-logged-out = თქვენ გამოხვედით FranceConnect-იდან.
done-services = FranceConnect-ის მიმღები სერვისები აქ არის ჩამოთვლილი:
done-help = დახმარება გჭირდებათ? თქვენთან ახლოს მდებარე France Services-ის ოფისი დაგეხმარებათ.
done-note = შეინახეთ თქვენი სოციალური დაზღვევის მუდმივი ნომერი: ის ყოველ დაკავშირებაზე გჭირდებათ.
help-done = «დასრულება» ხურავს ასისტენტს. «გამოსვლა» ბრაუზერში FranceConnect-ის სესიასაც ხურავს.
choice-finish = დასრულება
choice-logout = FranceConnect-იდან გამოსვლა

## Errors

error-code = კოდი მხარდაჭერის სამსახურისთვის: { $code }
error-check = ჩავარდნილი შემოწმება: { $check }
error-config-client-id = ამ პროვაიდერისთვის სერვისის იდენტიფიკატორი (client id) არ არის მითითებული.
error-config-client-id-next = მიუთითეთ --client-id-ით ან FCGUIDE_CLIENT_ID ცვლადით, ან გამოიყენეთ სასწავლო პროვაიდერი.
error-config-secret = სერვისის საიდუმლო აკლია.
error-config-secret-next = ჩადეთ ის FCGUIDE_CLIENT_SECRET ცვლადში ან კონფიგურაციის ფაილში (რომელსაც მხოლოდ თქვენ კითხულობთ).
error-config-secret-file-open = საიდუმლოს ფაილის წაკითხვა სხვებსაც შეუძლიათ: მის გამოყენებაზე უარს ვამბობ.
error-config-secret-file-open-next = გახადეთ ის მხოლოდ თქვენთვის წასაკითხი: chmod 600 და ფაილის სახელი.
error-config-secret-file = საიდუმლოს ფაილი ვერ იკითხება.
error-config-secret-file-next = შეამოწმეთ მისი გზა და უფლებები.
error-config-redirect-uri = დაბრუნების მისამართი (--redirect-uri) არასწორია.
error-config-redirect-uri-next = ის უნდა იყოს http://localhost:PORT/path ან http://127.0.0.1:PORT/path ფორმით, ზუსტად ისე, როგორც დარეგისტრირდა.
error-config-issuer = პროვაიდერის მისამართი არასწორია.
error-config-issuer-next = მიუთითეთ სრული https მისამართი, ან აირჩიეთ მზა პროვაიდერი.
error-unreachable = პროვაიდერი არ პასუხობს.
error-unreachable-next = შეამოწმეთ ინტერნეტ-კავშირი და კვლავ სცადეთ. ინტერნეტის გარეშე გამოიყენეთ სასწავლო პროვაიდერი.
error-discovery = პროვაიდერმა მოგვცა კონფიგურაცია, რომელიც ვერ იკითხება ან მისი არ არის.
error-discovery-next = შეამოწმეთ პროვაიდერის მისამართი. თუ სწორია, მოგვიანებით სცადეთ.
error-insecure = პროვაიდერის მისამართი დაშიფრული არ არის (http).
error-insecure-next = გამოიყენეთ https მისამართი. http დაშვებულია მხოლოდ ამ კომპიუტერზე (127.0.0.1).
error-identity-not-found = FranceConnect-მა თქვენი ვინაობა ეროვნულ რეესტრში ვერ იპოვა.
error-identity-not-found-next = ყველაზე ხშირი მიზეზი: სოციალური დაზღვევის დროებითი ნომერი, ან ჯერ არ არის მუდმივი ნომერი. ჰკითხეთ CPAM-ს. თუ თქვენი ნომერი მუდმივია, დაუკავშირდით FranceConnect-ს ქვემოთ მოცემული კოდით.
error-access-denied = დაკავშირება გაუქმდა ან უარყოფილ იქნა.
error-access-denied-next = კვლავ სცადეთ, ან აირჩიეთ სხვა ანგარიში.
error-invalid-idp-hint = ამ სერვისისთვის ამ ანგარიშის აქედან არჩევა შეუძლებელია.
error-invalid-idp-hint-next = აირჩიეთ სხვა ანგარიში ან კვლავ სცადეთ: მაშინ არჩევანი ბრაუზერში მოხდება.
error-invalid-request = პროვაიდერმა მოთხოვნა უარყო.
error-invalid-request-next = ეს სერვისის პარამეტრების პრობლემაა და არა თქვენი ანგარიშის. მოგვიანებით სცადეთ ან შეგვატყობინეთ.
error-server-error = პროვაიდერს ტექნიკური პრობლემა შეექმნა.
error-server-error-next = დახურეთ ბრაუზერის ჩანართი და კვლავ სცადეთ.
error-temporarily-unavailable = პროვაიდერი ამჟამად მიუწვდომელია.
error-temporarily-unavailable-next = რამდენიმე წუთში კვლავ სცადეთ.
error-refused = პროვაიდერმა დაკავშირება უარყო.
error-refused-next = კვლავ სცადეთ, ან აირჩიეთ სხვა ანგარიში.
error-callback-issuer = პასუხი მოსალოდნელი პროვაიდერისგან არ მოდის. უარვყავი.
error-callback-issuer-next = დახურეთ შესვლის სხვა ჩანართები და კვლავ სცადეთ.
error-missing-code = ბრაუზერი გამოსადეგი პასუხის გარეშე დაბრუნდა.
error-missing-code-next = კვლავ სცადეთ.
error-port-in-use = დაბრუნების პორტი { $port } ამ კომპიუტერზე უკვე დაკავებულია.
error-port-in-use-next = დახურეთ პროგრამა, რომელიც მას იყენებს, ან აირჩიეთ სხვა დარეგისტრირებული დაბრუნების მისამართი.
error-listener = ამ კომპიუტერზე ბრაუზერის ლოდინი ვერ მოვახერხე.
error-listener-next = კვლავ სცადეთ. თუ გაგრძელდა, გადატვირთეთ კომპიუტერი.
error-timeout = ბრაუზერი დროულად არ დაბრუნდა.
error-timeout-next = კვლავ სცადეთ: ახალი დაკავშირება დაიწყება.
error-token-endpoint = პროვაიდერმა დაკავშირება არ დაადასტურა.
error-token-endpoint-next = დაუყოვნებლივ სცადეთ კვლავ: ბრაუზერის პასუხი მხოლოდ რამდენიმე წამი მოქმედებს.
error-id-token = პროვაიდერის გამოგზავნილი ვინაობის მტკიცებულება არასწორია. უარვყავი.
error-id-token-next = არცერთი ვინაობა არ ჩანს. კვლავ სცადეთ; თუ გაგრძელდა, პროვაიდერის შესახებ უნდა შეატყობინოთ.
error-userinfo = პროვაიდერის გამოგზავნილი ვინაობის მონაცემები არასწორია. უარვყავი.
error-userinfo-next = არცერთი ვინაობა არ ჩანს. კვლავ სცადეთ; თუ გაგრძელდა, პროვაიდერის შესახებ უნდა შეატყობინოთ.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = მზადაა. შეგიძლიათ დახუროთ ეს ჩანართი და დაბრუნდეთ ტერმინალში.
callback-refused = ეს პასუხი მიმდინარე დაკავშირებას არ ეკუთვნის. დაბრუნდით ტერმინალში.
logout-done = თქვენ გამოხვედით. შეგიძლიათ დახუროთ ეს ჩანართი და დაბრუნდეთ ტერმინალში.

## Practice provider pages

practice-banner = ვარჯიში: ეს ნამდვილი FranceConnect არ არის. სახელმწიფოს არაფერი ეგზავნება.
practice-choose-title = ვირჩევ ანგარიშს { $service }-ზე შესასვლელად
practice-login-title = შესვლა: { $idp }
practice-account = სავარჯიშო ანგარიში
practice-username = მომხმარებლის სახელი
practice-password = პაროლი
practice-login-button = შესვლა
practice-welcome = კეთილი იყოს თქვენი მობრძანება, { $name }
practice-continue = გაგრძელება { $service }-ზე
practice-register-title = ვინაობა ვერ მოიძებნა
practice-register-body = თქვენი ვინაობის მონაცემებთან დაკავშირებული პრობლემა დაკავშირების დასრულებას უშლის ხელს.
practice-back = დაბრუნება { $service }-ზე
practice-error-title = შეცდომა
practice-logged-out = თქვენ გამოხვედით FranceConnect-იდან.
practice-account-typical = საფრანგეთში დაბადებული ზრდასრული
practice-account-several = რამდენიმე სახელი
practice-account-abroad = საზღვარგარეთ დაბადებული პირი
practice-account-temporary = სოციალური დაზღვევის დროებითი ნომერი: დაკავშირება ვერ მოხერხდება

## Plain mode

plain-invalid = ვერ გავიგე. აკრიფეთ რიცხვი 1-დან { $max }-მდე, ან მხოლოდ Enter.
input-hidden = რასაც კრეფთ, არ ჩანს.
choice-default = ნაგულისხმევი
more-below = ↓ გაგრძელება ქვემოთაა: Page Down კლავიში.
more-above = ↑ დასაწყისი ზემოთაა: Page Up კლავიში.

## Command line

cli-see-help = იხილეთ: fcguide --help
cli-missing-value = { $word }-ის შემდეგ მნიშვნელობა აკლია.
cli-unknown-option = უცნობი პარამეტრი: { $word }
cli-bad-port = არასწორი პორტი: { $word }
cli-bad-wait = არასწორი დრო (წუთებში, მინიმუმ 1): { $word }
cli-no-secret-option = საიდუმლო არასდროს გადაეცემა ბრძანების სტრიქონში ({ $word }): სხვა მომხმარებლებს შეუძლიათ მისი წაკითხვა. გამოიყენეთ FCGUIDE_CLIENT_SECRET ცვლადი ან ფაილი ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = უცნობი პროვაიდერი: { $word }. აირჩიეთ practice, franceconnect-sandbox, franceconnect-integration ან franceconnect, ან მიუთითეთ --issuer.
cli-provider-and-issuer = აირჩიეთ ან --provider, ან --issuer, არა ორივე ({ $word }).
cli-unknown-language = ენა მიუწვდომელია: { $word }. იხილეთ: fcguide --list-languages
cli-practice-port = პორტი { $word } უკვე დაკავებულია. აირჩიეთ სხვა --port-ით, ან არ მიუთითოთ --port.
cli-practice-started = სასწავლო პროვაიდერი გაშვებულია (მხოლოდ ამ კომპიუტერზე). Ctrl-C აჩერებს მას.
cli-bad-bidi = --bidi იღებს «program»-ს (ასისტენტი ალაგებს მარჯვნიდან მარცხნივ ტექსტს) ან «terminal»-ს (ამას ტერმინალი აკეთებს): { $word }
cli-help =
    fcguide: FranceConnect-ით დაკავშირება, ნაბიჯ-ნაბიჯ, თქვენს ენაზე.

    გამოყენება:
      fcguide [პარამეტრები]
      fcguide practice-server [--port N]

    პარამეტრები:
      --plain               სტრიქონ-სტრიქონ რეჟიმი (ეკრანის წამკითხველები, მარტივი ტერმინალები)
      --lang LANGUAGE       ენა (fr, uk, en, ka…); იხილეთ --list-languages
      --provider NAME       practice (ნაგულისხმევი), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          სხვა OpenID Connect პროვაიდერი
      --client-id ID        სერვისის იდენტიფიკატორი (ან FCGUIDE_CLIENT_ID)
      --redirect-uri URL    დარეგისტრირებული დაბრუნების მისამართი (http://localhost:PORT/path)
      --scopes "…"          მოთხოვნილი მონაცემები (ნაგულისხმევად: ძირითადი ვინაობა და ელფოსტა)
      --idp-hint            არჩეული ანგარიშის გაგზავნა პროვაიდერისთვის (თუ სერვისს აქვს უფლება)
      --no-browser          ბრაუზერი არ გაიხსნას: მისამართის ჩვენება
      --wait MINUTES        ბრაუზერის ლოდინი კითხვამდე (ნაგულისხმევად 5)
      --bidi terminal       მარჯვნიდან მარცხნივ ტექსტის დალაგება ტერმინალს მიენდოს
      --high-contrast       მაღალი კონტრასტის თემა
      --list-languages      ხელმისაწვდომი ენები
      --help, --version

    სერვისის საიდუმლო მოდის FCGUIDE_CLIENT_SECRET-იდან ან ფაილიდან
    ~/.config/fcguide/client_secret (რომელსაც მხოლოდ თქვენ კითხულობთ), არასდროს ბრძანების სტრიქონიდან.
    გასვლის კოდები: 0 დაკავშირებულია, 1 წარუმატებელი, 2 გამოყენების შეცდომა, 3 გაუქმებულია.
