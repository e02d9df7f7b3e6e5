## Command line

cli-see-help = பார்க்கவும்: fcguide --help
cli-missing-value = { $word } க்குப் பின் ஒரு மதிப்பு இல்லை.
cli-unknown-option = தெரியாத விருப்பம்: { $word }
cli-bad-port = தவறான போர்ட்: { $word }
cli-bad-wait = தவறான நேர அளவு (நிமிடங்களில், 1 முதல் 1440 வரை): { $word }
cli-not-text = ஒரு உள்ளீடு படிக்கக்கூடிய உரை அல்ல: { $word }
cli-switch-value = இந்த விருப்பம் மதிப்பு எடுக்காது: { $word }
cli-bad-rules = --rules “franceconnect” (தளத்தின் விதிகள்) அல்லது “oidc” (நிலையான OpenID Connect) மட்டுமே ஏற்கும்: { $word }
cli-no-secret-option = இரகசியம் ஒருபோதும் கட்டளை வரியில் கொடுக்கப்படாது ({ $word }): மற்றப் பயனர்கள் அதைப் படிக்கலாம். FCGUIDE_CLIENT_SECRET மாறியை அல்லது ~/.config/fcguide/client_secret கோப்பைப் (chmod 600) பயன்படுத்தவும்.
cli-unknown-provider = தெரியாத வழங்குநர்: { $word }. practice, franceconnect-sandbox, franceconnect-integration அல்லது franceconnect ஐத் தேர்ந்தெடுக்கவும், அல்லது --issuer கொடுக்கவும்.
cli-provider-and-issuer = --provider அல்லது --issuer இவற்றில் ஒன்றை மட்டும் தேர்ந்தெடுக்கவும், இரண்டையும் அல்ல ({ $word }).
cli-unknown-language = மொழி கிடைக்கவில்லை: { $word }. பார்க்கவும்: fcguide --list-languages
cli-practice-port = போர்ட் { $word } ஏற்கெனவே பயன்பாட்டில் உள்ளது. --port மூலம் வேறொன்றைத் தேர்ந்தெடுக்கவும், அல்லது --port ஐ விட்டுவிடவும்.
cli-practice-started = பயிற்சி வழங்குநர் தொடங்கியது (இந்தக் கணினியில் மட்டும்). நிறுத்த Ctrl-C.
cli-bad-bidi = --bidi “program” (வலமிருந்து இடமான உரையை உதவியாளர் ஒழுங்குபடுத்தும்) அல்லது “terminal” (முனையம் செய்யும்) மட்டுமே ஏற்கும்: { $word }
cli-bad-format = --format “html” (அச்சிடுவதற்கான பக்கம்) அல்லது “text” (எளிய உரை) மட்டுமே ஏற்கும்: { $word }
cli-help =
    fcguide: FranceConnect மூலம் உள்நுழைதல், படிப்படியாக, உங்கள் மொழியில்.

    பயன்பாடு:
      fcguide [விருப்பங்கள்]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang மொழி] [--format html|text]

    விருப்பங்கள்:
      --plain               வரிவரியான பயன்முறை (திரை வாசிப்பான்கள், எளிய முனையங்கள்)
      --lang மொழி           மொழி (fr, uk, en…); --list-languages பார்க்கவும்
      --provider பெயர்      practice (இயல்பு), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          வேறொரு OpenID Connect வழங்குநர்
      --client-id ID        சேவை அடையாளம் (அல்லது FCGUIDE_CLIENT_ID)
      --redirect-uri URL    பதிவுசெய்த திரும்பும் முகவரி (http://localhost:PORT/பாதை),
                            FranceConnect உடன் கட்டாயம்
      --rules பெயர்         franceconnect (தளத்தின் விதிகள், அதன் சூழல்களுக்கு இயல்பு)
                            அல்லது oidc (--issuer உடன் இயல்பு)
      --scopes "…"          கோரப்படும் தரவுகள் (இயல்பு: அடிப்படை அடையாளம், மின்னஞ்சல்)
      --idp-hint ID         இந்தச் சேவைக்குத் தளம் கொடுத்த அடையாள வழங்குநரின்
                            அடையாளம் (idp_hint ஆக அனுப்பப்படும்)
      --no-browser          உலாவியைத் திறக்காமல் முகவரியைக் காட்டு
      --wait நிமிடங்கள்     கேட்பதற்கு முன் உலாவிக்காகக் காத்திருத்தல் (இயல்பு 5, 1 முதல் 1440)
      --bidi terminal       வலமிருந்து இடமான எழுத்தை முனையமே ஒழுங்குபடுத்தட்டும்
      --high-contrast       உயர் மாறுபாட்டுத் தோற்றம்
      --second-lang மொழி    இருமொழிக் காட்சியின் இரண்டாவது மொழி (இயல்பு பிரெஞ்சு)
      --speak               படிகளை வாசித்துக் காட்டு (spd-say அல்லது espeak-ng)
      --list-languages      கிடைக்கும் மொழிகள்
      --help, --version

    சேவையின் இரகசியம் FCGUIDE_CLIENT_SECRET இலிருந்து அல்லது
    ~/.config/fcguide/client_secret கோப்பிலிருந்து (நீங்கள் மட்டுமே படிக்கக்கூடியது) வரும்,
    ஒருபோதும் கட்டளை வரியிலிருந்து அல்ல.
    fcguide sheet அச்சிடுவதற்கான படிகளின் தாளை (html, இயல்பு) அல்லது எளிய உரையை எழுதும்.
    வெளியேறும் குறியீடுகள்: 0 இணைந்தது, 1 தோல்வி, 2 பயன்பாட்டுப் பிழை, 3 ரத்துசெய்யப்பட்டது.
