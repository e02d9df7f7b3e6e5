## Command line

cli-see-help = იხილეთ: fcguide --help
cli-missing-value = { $word }-ის შემდეგ მნიშვნელობა აკლია.
cli-unknown-option = უცნობი პარამეტრი: { $word }
cli-bad-port = არასწორი პორტი: { $word }
cli-bad-wait = არასწორი ხანგრძლივობა (წუთებში, 1-დან 1440-მდე): { $word }
cli-not-text = არგუმენტი წაკითხვადი ტექსტი არ არის: { $word }
cli-switch-value = ეს პარამეტრი მნიშვნელობას არ იღებს: { $word }
cli-bad-rules = --rules იღებს „franceconnect“-ს (პლატფორმის წესები) ან „oidc“-ს (სტანდარტული OpenID Connect): { $word }
cli-no-secret-option = საიდუმლო არასდროს გადაეცემა ბრძანების სტრიქონში ({ $word }): სხვა მომხმარებლებს შეუძლიათ მისი წაკითხვა. გამოიყენეთ FCGUIDE_CLIENT_SECRET ცვლადი ან ფაილი ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = უცნობი პროვაიდერი: { $word }. აირჩიეთ practice, franceconnect-sandbox, franceconnect-integration ან franceconnect, ან მიუთითეთ --issuer.
cli-provider-and-issuer = აირჩიეთ ან --provider, ან --issuer, არა ორივე ({ $word }).
cli-unknown-language = ენა მიუწვდომელია: { $word }. იხილეთ: fcguide --list-languages
cli-practice-port = პორტი { $word } უკვე დაკავებულია. აირჩიეთ სხვა --port-ით, ან არ მიუთითოთ --port.
cli-practice-started = სასწავლო პროვაიდერი გაშვებულია (მხოლოდ ამ კომპიუტერზე). Ctrl-C აჩერებს მას.
cli-bad-bidi = --bidi იღებს „program“-ს (ასისტენტი ალაგებს მარჯვნიდან მარცხნივ ტექსტს) ან „terminal“-ს (ამას ტერმინალი აკეთებს): { $word }
cli-bad-format = --format იღებს „html“-ს (დასაბეჭდი გვერდი) ან „text“-ს (უბრალო ტექსტი): { $word }
cli-help =
    fcguide: FranceConnect-ით დაკავშირება, ნაბიჯ-ნაბიჯ, თქვენს ენაზე.

    გამოყენება:
      fcguide [პარამეტრები]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    პარამეტრები:
      --plain               სტრიქონ-სტრიქონ რეჟიმი (ეკრანის წამკითხველები, მარტივი ტერმინალები)
      --lang LANGUAGE       ენა (fr, uk, en, ka…); იხილეთ --list-languages
      --provider NAME       practice (ნაგულისხმევი), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          სხვა OpenID Connect პროვაიდერი
      --client-id ID        სერვისის იდენტიფიკატორი (ან FCGUIDE_CLIENT_ID)
      --redirect-uri URL    დარეგისტრირებული დაბრუნების მისამართი (http://localhost:PORT/path),
                            სავალდებულოა FranceConnect-ისთვის
      --rules NAME          franceconnect (პლატფორმის წესები, ნაგულისხმევი მისი
                            გარემოსთვის) ან oidc (ნაგულისხმევი --issuer-თან)
      --scopes "…"          მოთხოვნილი მონაცემები (ნაგულისხმევად: ძირითადი ვინაობა და ელფოსტა)
      --idp-hint ID         ვინაობის პროვაიდერის იდენტიფიკატორი, რომელიც პლატფორმამ
                            ამ სერვისისთვის მოგცათ (იგზავნება როგორც idp_hint)
      --no-browser          ბრაუზერი არ გაიხსნას: მისამართის ჩვენება
      --wait MINUTES        ბრაუზერის ლოდინი კითხვამდე (ნაგულისხმევად 5, 1-დან 1440-მდე)
      --bidi terminal       მარჯვნიდან მარცხნივ ტექსტის დალაგება ტერმინალს მიენდოს
      --high-contrast       მაღალი კონტრასტის თემა
      --second-lang LANG    ორენოვანი ხედის მეორე ენა (ნაგულისხმევად ფრანგული)
      --speak               ნაბიჯების ხმამაღლა კითხვა (spd-say ან espeak-ng)
      --list-languages      ხელმისაწვდომი ენები
      --help, --version

    სერვისის საიდუმლო მოდის FCGUIDE_CLIENT_SECRET-იდან ან ფაილიდან
    ~/.config/fcguide/client_secret (რომელსაც მხოლოდ თქვენ კითხულობთ), არასდროს ბრძანების სტრიქონიდან.
    fcguide sheet წერს დასაბეჭდ ნაბიჯების ფურცელს (html, ნაგულისხმევად) ან უბრალო ტექსტად.
    გასვლის კოდები: 0 დაკავშირებულია, 1 წარუმატებელი, 2 გამოყენების შეცდომა, 3 გაუქმებულია.
