# Issue 22: கட்டளை வரி, நினைவில் வைத்த அமைப்புகள், fcguide check மற்றும் --debug.
cli2-unexpected-operand = எதிர்பாராத சொல்: { $word }. விருப்பங்கள் அல்லாத சொற்கள் கட்டளைகள் மட்டுமே: sheet, check, config, practice-server, relay-page (-- க்குப் பிறகும்).
cli2-write-failed = வெளியீட்டை எழுத முடியவில்லை: { $word }
cli2-help-more =
    கட்டளைகளும் விருப்பங்களும் எந்த வரிசையிலும் வரலாம்; -- விருப்பங்களை முடிக்கிறது.
      fcguide check [விருப்பங்கள்]    அமர்வுக்கு முன் அமைப்புகளைச் சரிபார் (வழங்குநர்,
                                      ப்ராக்ஸி, TLS, கடிகாரம், திரும்பும் முகவரி, ரகசியக் கோப்பு)
      fcguide config [விருப்பங்கள்]   நடப்பிலுள்ள ஒவ்வொரு அமைப்பையும் அதன் மூலத்தையும் காட்டு
      --debug                         முகவரிகள், நிலைகள், பிழைகளின் பதிவை எழுது, தனிப்பட்ட
                                      தரவு இல்லாமல்: வரி வரியான முறையில் பிழை வெளியீட்டில்,
                                      இல்லையெனில் ~/.local/state/fcguide/debug.log இல்
      கட்டளை --help                   ஒரு கட்டளையின் உதவி

    நினைவில் வைத்த அமைப்புகள்: ~/.config/fcguide/config, ஒவ்வொரு வரியிலும் ஒரு விசை = மதிப்பு
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). விருப்பங்கள் கோப்பை மீறும்.

    சூழல் மாறிகள்: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. பார்க்க: man fcguide
cli2-help-sheet =
    fcguide sheet: அச்சிட வேண்டிய படிகளின் தாள், நிலையான வெளியீட்டில், தளத்தின்
    பிரெஞ்சுச் சொற்கள் அவற்றின் மொழிபெயர்ப்புக்கு அருகில், தனிப்பட்ட தரவு இல்லாமல்.

    பயன்பாடு: fcguide sheet [--lang மொழி] [--second-lang மொழி|none] [--format html|text]
      --lang மொழி              தாளின் மொழி (இயல்பாக: கணினியின் மொழி)
      --second-lang மொழி       கீழே, சிறியதாக அச்சிடப்படும் (இயல்பாக: பிரெஞ்சு);
                               none: ஒரே ஒரு மொழி
      --format html|text       html (இயல்பு): A4 இல் அச்சிட ஒரு பக்கம்;
                               text: அதிகபட்சம் 80 நெடுவரிசை வரிகள்
    எடுத்துக்காட்டு: fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server: பயிற்சி வழங்குநர் மட்டும், இந்தக் கணினியில் (127.0.0.1),
    ஒரு பயிற்றுநரின் உலாவிக்கோ வேறு நிரலுக்கோ. அது தன் issuer, வாடிக்கையாளர்
    அடையாளம், இந்த முறைக்காக உருவாக்கிய ரகசியம், ஏற்கும் திரும்பும் முகவரி
    ஆகியவற்றைக் காட்டும். Ctrl-C அதை நிறுத்தும்.

    பயன்பாடு: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang மொழி]
      --port N             போர்ட் (இயல்பாக: காலியான ஒன்று)
      --redirect-uri URL   அது ஏற்கும் ஒரே திரும்பும் முகவரி
      --consent-box        தொடர்வதற்கு முன் குறிக்கும் பெட்டியைக் காட்டு, சில சேவைகள் போல
      --lang மொழி          அது காட்டுவதன் மொழி
cli2-help-check =
    fcguide check: ஒருவருடன் அமரும் முன் அமைப்புகளைச் சரிபார்க்கிறது, ஒவ்வொரு
    வரியிலும் ஒரு முடிவு: அமைப்புகள் (வாடிக்கையாளர் அடையாளம், திரும்பும் முகவரி,
    ரகசியம்), ரகசியக் கோப்பு, ப்ராக்ஸி, பாதுகாப்பான இணைப்பு (TLS), வழங்குநரின்
    கடிகாரத்துடன் இந்தக் கணினியின் கடிகாரம், வழங்குநரின் விவரம் (discovery).
    ரகசியம் எதுவும் காட்டப்படாது. அமர்வின் விருப்பங்களை ஏற்கும் (--provider,
    --issuer, --client-id, --redirect-uri, --rules, --lang, --debug), அமைப்புக்
    கோப்பைப் படிக்கும். வெளியேறும் குறியீடு: 0 தயார், 1 ஒரு சிக்கல்.
cli2-help-config =
    fcguide config: நடப்பிலுள்ள ஒவ்வொரு அமைப்பையும் அதன் மூலத்தையும் காட்டும்: ஒரு
    விருப்பம், ஒரு மாறி, கோப்பின் ஒரு வரி, அல்லது இயல்பு மதிப்பு.
    கோப்பு: ~/.config/fcguide/config (அல்லது $XDG_CONFIG_HOME/fcguide/config),
    ஒவ்வொரு வரியிலும் ஒரு அமைப்பு, விசை = மதிப்பு; # இல் தொடங்கும் வரி குறிப்பு.
    விசைகள்: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes அல்லது no), theme (high-contrast அல்லது default).
    ரகசியம் ஒருபோதும் அதில் போகாது: அருகிலுள்ள client_secret கோப்பைப் பயன்படுத்தவும் (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: இந்த வரி விசை = மதிப்பு வடிவில் இல்லை. திருத்தவும், அல்லது குறிப்பாக்க # இல் தொடங்கவும்.
cli2-config-unknown-key = { $file }:{ $line }: தெரியாத அமைப்பு { $word }. அமைப்புகள்: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: இந்த மதிப்பு { $word } க்குப் பொருந்தாது. பார்க்க: fcguide config --help
cli2-config-secret = { $file }:{ $line }: ரகசியம் ஒருபோதும் இந்தக் கோப்பில் போகாது. இந்த வரியை நீக்கி, ரகசியத்தைத் தனியாக { $secret } (chmod 600) இல், அல்லது FCGUIDE_CLIENT_SECRET இல் வைக்கவும்.
cli2-config-twice = { $file }:{ $line }: இந்த அமைப்பு ஏற்கனவே வரி { $word } இல் உள்ளது. ஒன்றை மட்டும் வைக்கவும்.
cli2-config-unreadable = { $file } ஐப் படிக்க முடியவில்லை: நீங்கள் படிக்கக்கூடிய, 64 KiB க்குக் குறைவான உரைக் கோப்பாக இருக்க வேண்டும்.
cli2-config-file = அமைப்புக் கோப்பு: { $file }
cli2-config-no-file = அமைப்புக் கோப்பு இல்லை (அது { $file } இலிருந்து படிக்கப்படும்).
cli2-config-unset = (அமைக்கப்படவில்லை)
cli2-origin-option = விருப்பம் { $word }
cli2-origin-env = மாறி { $word }
cli2-origin-default = இயல்பு
cli2-check-title = { $word } க்கான அமைப்புச் சரிபார்ப்பு
cli2-check-ok = சரி
cli2-check-warning = கவனம்
cli2-check-problem = சிக்கல்
cli2-check-practice = உள்ளமைந்த பயிற்சி வழங்குநர்: வாடிக்கையாளர் அடையாளம், ரகசியம், திரும்பும் முகவரி எதையும் அமைக்க வேண்டாம்.
cli2-check-setup-ok = அமைப்புகளில் எதுவும் குறைவில்லை.
cli2-check-secret-env = ரகசியம் FCGUIDE_CLIENT_SECRET இலிருந்து வருகிறது.
cli2-check-secret-file = ரகசியக் கோப்பு உங்களுடையது, மற்றவர்களுக்கு மூடப்பட்டுள்ளது: { $file }
cli2-check-secret-none = ரகசியம் இல்லை. சேவைக்கு ஒன்று இருந்தால், அதைத் தனியாக { $file } (chmod 600) இல், அல்லது FCGUIDE_CLIENT_SECRET இல் வைக்கவும்.
cli2-check-redirect-ok = திரும்பும் முகவரி தளத்தின் விதிகளைப் பின்பற்றுகிறது: { $word }
cli2-check-redirect-free = பதிவு செய்ய திரும்பும் முகவரி இல்லை: ஒவ்வொரு இணைப்புக்கும் இந்தக் கணினியின் காலியான போர்ட் எடுக்கப்படும்.
cli2-check-loopback = வழங்குநர் இந்தக் கணினியிலேயே உள்ளது: ப்ராக்ஸி இல்லை, TLS இல்லை, அதே கடிகாரம்.
cli2-check-proxy-none = ப்ராக்ஸி இல்லை: வழங்குநரை நேரடியாக அடைகிறது.
cli2-check-proxy = ப்ராக்ஸி { $word } வழியாக.
cli2-check-proxy-socks = ப்ராக்ஸி { $word } ஒரு SOCKS ப்ராக்ஸி, fcguide அதைப் பயன்படுத்தாது: வழங்குநரை நேரடியாக அடைகிறது.
cli2-check-tls-ok = பாதுகாப்பான இணைப்பு (TLS) { $word } மூலம் சரிபார்க்கப்பட்டது.
cli2-check-clock-ok = இந்தக் கணினியின் கடிகாரம் வழங்குநருடையதுடன் ஒத்துப்போகிறது ({ $seconds } வி வேறுபாடு).
cli2-check-clock-off = இந்தக் கணினியின் கடிகாரம் வழங்குநருடையதிலிருந்து { $seconds } வி வேறுபடுகிறது: நேரத்தைச் சரிசெய்யவும், இல்லையெனில் இணைப்பு மறுக்கப்படும்.
cli2-check-clock-unknown = வழங்குநர் தன் நேரத்தைத் தரவில்லை: கடிகாரம் சரிபார்க்கப்படவில்லை.
cli2-check-discovery-ok = வழங்குநர் பதிலளித்துத் தன்னை விவரிக்கிறது (discovery).
cli2-check-ready = தயார்: அமர்வுக்கு எந்தத் தடையும் இல்லை.
cli2-check-not-ready = தயாரில்லை: மேலே உள்ள சிக்கல்களைச் சரிசெய்து, பின் மீண்டும் fcguide check ஐ இயக்கவும்.
cli2-debug-file = இந்த அமர்வின் பதிவு (தனிப்பட்ட தரவு இல்லாமல்) { $file } இல் உள்ளது, நீங்கள் மட்டுமே படிக்க முடியும்.
