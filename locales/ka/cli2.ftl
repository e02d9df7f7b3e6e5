# Issue 22: ბრძანების სტრიქონი, დამახსოვრებული პარამეტრები, fcguide check და --debug.
cli2-unexpected-operand = მოულოდნელი სიტყვა: { $word }. ვარიანტების გარდა, დასაშვებია მხოლოდ ბრძანებები: sheet, check, config, practice-server, relay-page (-- შემდეგაც).
cli2-write-failed = გამოსავლის ჩაწერა ვერ მოხერხდა: { $word }
cli2-help-more =
    ბრძანებები და ვარიანტები ნებისმიერი რიგით შეიძლება მოვიდეს; -- ასრულებს ვარიანტებს.
      fcguide check [ვარიანტები]    სეანსამდე პარამეტრების შემოწმება (პროვაიდერი,
                                    პროქსი, TLS, საათი, დაბრუნების მისამართი, საიდუმლოს ფაილი)
      fcguide config [ვარიანტები]   ყოველი მოქმედი პარამეტრის და მისი წყაროს ჩვენება
      --debug                       მისამართების, სტატუსების და შეცდომების ჩანაწერი,
                                    პირადი მონაცემების გარეშე: შეცდომების ნაკადში
                                    სტრიქონული რეჟიმში, სხვაგვარად ~/.local/state/fcguide/debug.log
      ბრძანება --help               ერთი ბრძანების დახმარება

    დამახსოვრებული პარამეტრები: ~/.config/fcguide/config, თითო სტრიქონი გასაღები = მნიშვნელობა
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). ვარიანტები ფაილზე ძლიერია.

    გარემო: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. იხ.: man fcguide
cli2-help-sheet =
    fcguide sheet: ნაბიჯების ფურცელი დასაბეჭდად, სტანდარტულ გამოსავალზე, საიტის
    ფრანგული სიტყვებით თარგმანის გვერდით, პირადი მონაცემების გარეშე.

    გამოყენება: fcguide sheet [--lang ენა] [--second-lang ენა|none] [--format html|text]
      --lang ენა               ფურცლის ენა (ნაგულისხმევად: სისტემის ენა)
      --second-lang ენა        იბეჭდება ქვემოთ, უფრო პატარად (ნაგულისხმევად: ფრანგული);
                               none: მხოლოდ ერთი ენა
      --format html|text       html (ნაგულისხმევად): A4-ზე დასაბეჭდი გვერდი;
                               text: არაუმეტეს 80 სვეტის სტრიქონები
    მაგალითი: fcguide sheet --lang uk > purceli.html
cli2-help-practice-server =
    fcguide practice-server: მხოლოდ სავარჯიშო პროვაიდერი, ამ კომპიუტერზე
    (127.0.0.1), ტრენერის ბრაუზერისთვის ან სხვა პროგრამისთვის. ის აჩვენებს თავის
    issuer-ს, კლიენტის იდენტიფიკატორს, ამ ჯერისთვის შექმნილ საიდუმლოს და
    დაბრუნების მისამართს, რომელსაც იღებს. Ctrl-C აჩერებს მას.

    გამოყენება: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang ენა]
      --port N             პორტი (ნაგულისხმევად: თავისუფალი)
      --redirect-uri URL   დაბრუნების ერთადერთი მისამართი, რომელსაც იღებს
      --consent-box        გაგრძელებამდე მოსანიშნი უჯრის ჩვენება, როგორც ზოგ სერვისში
      --lang ენა           იმის ენა, რასაც აჩვენებს
cli2-help-check =
    fcguide check: ამოწმებს პარამეტრებს ადამიანთან დაჯდომამდე, თითო დასკვნა
    სტრიქონზე: პარამეტრები (კლიენტის იდენტიფიკატორი, დაბრუნების მისამართი,
    საიდუმლო), საიდუმლოს ფაილი, პროქსი, დაცული კავშირი (TLS), ამ კომპიუტერის
    საათი პროვაიდერისასთან შედარებით და პროვაიდერის აღწერა (discovery). საიდუმლო
    არაფერი ჩანს. იღებს სეანსის ვარიანტებს (--provider, --issuer, --client-id,
    --redirect-uri, --rules, --lang, --debug) და კითხულობს პარამეტრების ფაილს.
    გასვლის კოდი: 0 მზადაა, 1 პრობლემაა.
cli2-help-config =
    fcguide config: აჩვენებს ყოველ მოქმედ პარამეტრს და მის წყაროს: ვარიანტი,
    ცვლადი, ფაილის სტრიქონი ან ნაგულისხმევი მნიშვნელობა.
    ფაილი: ~/.config/fcguide/config (ან $XDG_CONFIG_HOME/fcguide/config),
    თითო პარამეტრი სტრიქონზე, გასაღები = მნიშვნელობა; # სიმბოლოთი დაწყებული სტრიქონი კომენტარია.
    გასაღებები: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes ან no), theme (high-contrast ან default).
    საიდუმლო იქ არასდროს იწერება: გამოიყენეთ გვერდით მდებარე ფაილი client_secret (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: ეს სტრიქონი არ არის გასაღები = მნიშვნელობა. შეასწორეთ, ან დაიწყეთ # სიმბოლოთი, რომ კომენტარი გახდეს.
cli2-config-unknown-key = { $file }:{ $line }: უცნობი პარამეტრი { $word }. პარამეტრებია: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: ეს მნიშვნელობა არ შეესაბამება { $word }-ს. იხ.: fcguide config --help
cli2-config-secret = { $file }:{ $line }: საიდუმლო ამ ფაილში არასდროს იწერება. წაშალეთ ეს სტრიქონი და საიდუმლო ცალკე ჩაწერეთ { $secret }-ში (chmod 600), ან FCGUIDE_CLIENT_SECRET-ში.
cli2-config-twice = { $file }:{ $line }: ეს პარამეტრი უკვე მოცემულია სტრიქონზე { $word }. დატოვეთ მხოლოდ ერთი.
cli2-config-unreadable = { $file } ვერ იკითხება: უნდა იყოს თქვენთვის წასაკითხი ტექსტური ფაილი, 64 KiB-ზე ნაკლები.
cli2-config-file = პარამეტრების ფაილი: { $file }
cli2-config-no-file = პარამეტრების ფაილი არ არის (წაიკითხებოდა აქედან: { $file }).
cli2-config-unset = (არ არის დაყენებული)
cli2-origin-option = ვარიანტი { $word }
cli2-origin-env = ცვლადი { $word }
cli2-origin-default = ნაგულისხმევი
cli2-check-title = პარამეტრების შემოწმება: { $word }
cli2-check-ok = კარგია
cli2-check-warning = ყურადღება
cli2-check-problem = პრობლემა
cli2-check-practice = ჩაშენებული სავარჯიშო პროვაიდერი: არც კლიენტის იდენტიფიკატორი, არც საიდუმლო, არც დაბრუნების მისამართი არ საჭიროებს დაყენებას.
cli2-check-setup-ok = პარამეტრებში არაფერი აკლია.
cli2-check-secret-env = საიდუმლო მოდის FCGUIDE_CLIENT_SECRET-იდან.
cli2-check-secret-file = საიდუმლოს ფაილი თქვენია და სხვებისთვის დახურულია: { $file }
cli2-check-secret-none = საიდუმლო არ არის. თუ სერვისს აქვს, ცალკე ჩაწერეთ { $file }-ში (chmod 600), ან FCGUIDE_CLIENT_SECRET-ში.
cli2-check-redirect-ok = დაბრუნების მისამართი პლატფორმის წესებს მიჰყვება: { $word }
cli2-check-redirect-free = დასარეგისტრირებელი დაბრუნების მისამართი არ არის: ყოველ კავშირზე ამ კომპიუტერის თავისუფალი პორტი აიღება.
cli2-check-loopback = პროვაიდერი ამ კომპიუტერზეა: პროქსის გარეშე, TLS-ის გარეშე, იგივე საათი.
cli2-check-proxy-none = პროქსის გარეშე: პროვაიდერთან პირდაპირ კავშირი.
cli2-check-proxy = პროქსით { $word }.
cli2-check-proxy-socks = პროქსი { $word } არის SOCKS პროქსი, რომელსაც fcguide არ იყენებს: პროვაიდერთან პირდაპირ კავშირი.
cli2-check-tls-ok = დაცული კავშირი (TLS) შემოწმდა { $word }-ით.
cli2-check-clock-ok = ამ კომპიუტერის საათი ემთხვევა პროვაიდერისას (სხვაობა { $seconds } წმ).
cli2-check-clock-off = ამ კომპიუტერის საათი პროვაიდერისას { $seconds } წმ-ით სცდება: დააყენეთ დრო, თორემ კავშირი უარყოფილი იქნება.
cli2-check-clock-unknown = პროვაიდერმა თავისი დრო არ მოგვცა: საათი არ შემოწმებულა.
cli2-check-discovery-ok = პროვაიდერი პასუხობს და თავს აღწერს (discovery).
cli2-check-ready = მზადაა: სეანსს არაფერი უშლის ხელს.
cli2-check-not-ready = არ არის მზად: შეასწორეთ ზემოთ მოცემული პრობლემები, შემდეგ ისევ გაუშვით fcguide check.
cli2-debug-file = ამ სეანსის ჩანაწერი (პირადი მონაცემების გარეშე) არის { $file }-ში, მხოლოდ თქვენთვის წასაკითხი.
