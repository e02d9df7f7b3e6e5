# Tigrinya. Glossary: locales/ti/glossary.txt.
language-name = ትግርኛ
language-name-en = Tigrinya
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = ገና ብተዛራቢ ቋንቋ ኣደ ኣይተገምገመን
language-no-voice = ብዓውታ ዘንብብ ድምጺ የለን

## Around every step

progress = ስጉምቲ { $step } ካብ { $total }
practice-mark = ልምምድ፦ ናይ ፈተነ ኣቕራቢ እምበር ናይ ሓቂ FranceConnect ኣይኮነን
note-label = ኣገዳሲ፦
help-label = ሓገዝ፦
french-label = ብፈረንሳይኛ፦
keys-tui = ቀስትታት ወይ ቁጽሪ፦ ምረጹ · Enter፦ ኣረጋግጹ · Esc፦ ንድሕሪት · ?፦ ሓገዝ · L፦ ቋንቋ · B፦ ክልተ ቋንቋ · F፦ ቀያይሩ · Q፦ ዕጸዉ
keys-input = Enter፦ ኣረጋግጹ · Esc፦ ንድሕሪት · F1፦ ሓገዝ
keys-input-nir = Enter፦ ፈትሹ · Esc፦ ንድሕሪት · F1፦ ሓገዝ · F2፦ ኣሃዛት ኣርእዩ ወይ ሕብኡ
keys-plain = ቁጽሪ ጽሓፉ፣ ድሕሪኡ Enter። Enter ጥራይ፦ እቲ ዝቐረበ ምርጫ። ዜሮ፦ ንድሕሪት። h፦ ሓገዝ። l፦ ቋንቋ። q፦ ዕጸዉ።
keys-short = ?፦ ሓገዝ · Q፦ ዕጸዉ
prompt = ምርጫ
prompt-default = Enter ጥራይ፦ { $choice }
still-waiting = ገና ምምላስ ብራውዘር እጽበ ኣለኹ። ኣብ ብራውዘር ክትቕጽሉ ወይ ምርጫ ክትጽሕፉ ትኽእሉ ኢኹም።
too-small = እቲ መስኮት ኣዝዩ ንእሽቶ እዩ። ኣዕብይዎ ወይ fcguide --plain ኣጀምሩ።
connected-mark = [FranceConnect ✓] ተኣሳሲሩ
help-keys = መፍትሕታት፦ Enter ነቲ ዝቐረበ ምርጫ ይወስድ። Esc፣ Backspace ወይ ዜሮ ንድሕሪት ይመልሱ። L ምዕባለኹም ከይጠፍአ ቋንቋ ይቕይር። B ኣብ ትሕቲ ነፍሲ ወከፍ ጽሑፍ ካልኣይ ቋንቋ የርኢ፤ F ነቶም ክልተ ቋንቋታት የቀያይሮም። V ነቶም ስጉምትታት ብዓውታ የንብቦም፣ ወይ ነቲ ድምጺ የቋርጾ። ኣብ ኣገባብ መስመር ብመስመር፦ h ንሓገዝ፤ b፣ f ከምኡ እውን v ከም እዞም መፍትሕታት።
help-practice = ልምምድ፦ ኣብዚ እቲ ኣቕራቢ ኣብዚ ኮምፒተር ዘሎ ናይ ፈተነ ኣቕራቢ እዩ፣ ናይ ሓቂ FranceConnect ኣይኮነን። ናብ መንግስቲ ዋላ ሓንቲ ኣይለኣኽን።
speech-on = ብዓውታ ምንባብ፦ ተወሊዑ።
speech-off = ብዓውታ ምንባብ፦ ጠፊኡ።
speech-unavailable = ብዓውታ ዘንብብ ፕሮግራም ኣይተጻዕነን (spd-say ወይ espeak-ng)፦ እቲ ሓጋዚ ብዘይ ድምጺ ይቕጽል።

## Words of the real site

fr-words-button = ብFranceConnect መንነትኩም ኣፍልጡ
fr-words-choose = ንምእታው ሓደ ሕሳብ ምረጹ፦
fr-words-login = እተዉ
fr-words-as = ብዚ ስም ክትኣትዉ ኢኹም፦
fr-words-continue = ኣብ { $service } ቀጽሉ
fr-words-consent = FranceConnect ንምእታወይ ሓበሬታታተይ ናብቲ ኣገልግሎት ክሰድድ እሰማማዕ እየ
fr-words-error = ጌጋ ኣጋጢሙ
fr-words-code = ጌጋ Y010008
fr-words-what-to-do = እንታይ ይግበር፧
fr-words-back = ናብ { $service } ተመለሱ

## Step 1: language

language-title = ቋንቋኹም ምረጹ
language-body = እዚ ሓጋዚ ብቋንቋኹም ይዛረብ። ኣብቲ ናይ ሓቂ መርበብ እትርእይዎም ቃላት ፈረንሳይኛ እውን የርኢ።
language-note = ንFranceConnect ቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነት ፈረንሳ የድሊ። ክንገልጾ ኢና።
help-language = ብዝበለጸ እተንብብዎ ቋንቋ ምረጹ። ብመፍትሕ L ኣብ ዝኾነ እዋን ክትቕይርዎ ትኽእሉ። ሓደ ቋንቋ ንምርካብ መጀመርታ ስሙ እውን ክትጽሕፉ ትኽእሉ።

## Step 2: welcome and prerequisite

welcome-title = FranceConnect እንታይ እዩ፧
welcome-what = FranceConnect ብነጻ እዩ፦ ሓደ ሕሳብ ንብዙሓት ኣገልግሎታት መንግስቲ ብኢንተርነት (ግብሪ፣ ጥዕና፣ ስራሕ ኣልቦነት…)።
welcome-need = ቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነት የድሊ፦ FranceConnect መንነትኩም ኣብ ሃገራዊ መዝገብ (RNIPP) የረጋግጽ።
welcome-where = እዚ ቁጽሪ 15 ኣሃዛት ኣለዎ፦ ኣብ ካርድ Vitale ከምኡ እውን ኣብ ሰነድ መሰላት (attestation de droits) ኣሎ።
welcome-without = ገና ቁጽሪ የብልኩምን፣ ወይ ግዝያዊ ቁጽሪ ኣለኩም (ብ7 ወይ 8 ዝጅምር)፧ FranceConnect ገና ኣይሰርሕን፦ ንCPAMኩም ሕተቱ። ክሳብ ሽዑ ናይቲ መርበብ ባዕሉ ሕሳብ ተጠቐሙ።
welcome-note = ብዘይ ቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነት፣ ምትእስሳር ኣይሰልጥን። ግዝያዊ ቁጽሪ (ብ7 ወይ 8 ዝጅምር) ኣይኣክልን።
help-welcome = “ቀጽሉ” ናብ ምርጫ ሕሳብ ይወስደኩም። መጀመርታ ቅርጺ ቁጽርኹም ክትፍትሹ ትኽእሉ፦ ፍተሻ ኣብዚ ኮምፒተር ጥራይ እዩ ዝግበር፣ ዋላ ሓንቲ ኣይለኣኽን ኣይዕቀብን።
choice-continue = ቀጽሉ
choice-check-nir = ቁጽሪ ማሕበራዊ ውሕስነትኩም ፈትሹ
choice-check-again = ካልእ ቁጽሪ ፈትሹ
choice-back = ንድሕሪት
choice-quit = ነቲ ፕሮግራም ዕጸዉ

## Number check

nir-title = ቁጽሪ ማሕበራዊ ውሕስነተይ ምፍታሽ
nir-body = 15 ኣሃዛት ጽሓፉ፣ ኣብ መወዳእታ ዘለዉ 2 መቆጻጸሪ ኣሃዛት ሓዊስኩም። እቲ ቁጽሪ ኣብዚ ኮምፒተር ይተርፍ፦ ኣይለኣኽን፣ ኣይዕቀብን፣ ድሕሪ ፍተሻ ድማ ይድምሰስ።
nir-input = ቁጽሪ ማሕበራዊ ውሕስነት (15 ኣሃዛት)። Enter ጥራይ፦ ሕለፉ።
nir-show-digits = s ድሕሪኡ Enter፦ ኣሃዛት ኣርእዩ
nir-read-back = ዝጸሓፍኩምዎ፦ { $number }
nir-permanent = ቅርጺ እዚ ቁጽሪ ቅኑዕ እዩ፣ ቀዋሚ ድማ እዩ። FranceConnect ክሰርሕ ይኽእል።
nir-permanent-abroad = ቅርጺ እዚ ቁጽሪ ቅኑዕ እዩ፣ ቀዋሚ ድማ እዩ (ካብ ፈረንሳ ወጻኢ ዝተወልደ ሰብ)። FranceConnect ክሰርሕ ይኽእል።
nir-temporary = እዚ ግዝያዊ ቁጽሪ እዩ፦ ብ7 ወይ 8 ይጅምር። FranceConnect በዚ ቁጽሪ ኣይሰርሕን። ቀዋሚ ቁጽርኹም ካብ CPAM ሕተቱ።
nir-wrong-key = እቶም 2 መቆጻጸሪ ኣሃዛት (እቶም ናይ መወዳእታ 2) ምስ ዝተረፈ ቁጽሪ ኣይሰማምዑን። ነፍሲ ወከፍ ኣሃዝ ኣብ ካርድ Vitale ፈትሹ።
nir-missing-key = እቶም 2 መቆጻጸሪ ኣሃዛት የለዉን፦ እቶም ናይ መወዳእታ 2 ኣሃዛት ወስኹ (ኣብ ካርድ Vitale፣ ድሕሪ እቶም ቀዳሞት 13 ኣለዉ)።
nir-malformed = እዚ ቅርጺ ቁጽሪ ማሕበራዊ ውሕስነት ኣይኮነን። 15 ፊደላት የድልዩ፤ እቲ ቀዳማይ 1 ወይ 2 እዩ (ንግዝያዊ ቁጽሪ 7 ወይ 8)።
nir-note = ቀዋሚ ቁጽሪ ብ1 ወይ 2 ይጅምር። ሃገራዊ መዝገብ ዝፈልጦ እዚ ቁጽሪ እዩ።
nir-note-temporary = ብግዝያዊ ቁጽሪ፣ FranceConnect « Une erreur s’est produite » ዝብል ገጽ ምስ « Erreur Y010008 » ከርኢ እዩ። እዚ ናትኩም ጌጋ ኣይኮነን፦ ንቀዋሚ ቁጽሪ ክትጽበዩ ኣለኩም።
help-nir = እቲ ፍተሻ ንቅርጺ ቁጽርን ን2 መቆጻጸሪ ኣሃዛቱን ጥራይ እዩ ዝርኢ። ሃገራዊ መዝገብ ይፈልጠኩም እንተሎ ኣይነግርን።

## Step 3: choose an identity provider

idp-title = ሓደ ሕሳብ ምረጹ
idp-body = ኣብ ሓደ ካብዞም መርበባት ድሮ ሕሳብ ክህልወኩም ኣለዎ። ሓደ ምረጹ።
idp-after-not-me = እቲ ዝተራእየ መንነት ናትኩም ከምዘይኮነ ኢልኩም። ተደምሲሱ። ካልእ ሕሳብ ምረጹ ወይ ሓገዝ ሕተቱ።
idp-note = እቲ ኣገዳሲ፦ መንነትኩም ኣብ ሃገራዊ መዝገብ ክህሉ ኣለዎ። ናብኡ ዝእቶ ብቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነት እዩ።
help-idp = ስም ተጠቃሚን መሕለፊ ቃልን ዘለኩም መርበብ ምረጹ። ሓደ እውን እንተዘየብልኩም፣ እቲ ዝቐለለ መብዛሕትኡ ግዜ ameli.fr (መድሕን ጥዕና) ወይ impots.gouv.fr እዩ። ነዚ ሰብ እትሕግዙ ሞያውያን ዲኹም፧ ፈጺምኩም ኣብ ክንዳኡ መሕለፊ ቃሉ ኣይትጽሓፉ፦ እቲ ሰብ ባዕሉ እዩ ዝጽሕፎ። ብስሙ ንምስራሕ Aidants Connect ኣሎ።
idp-impots-who = ኣብ ፈረንሳ ኣታዊኡ ዝእውጅ ዝኾነ ሰብ። ቁጽሪ ግብሪ የድሊ።
idp-ameli-who = መድሕን ጥዕና ፈረንሳ ዘለዎ ዝኾነ ሰብ። ቁጽሪ ማሕበራዊ ውሕስነት የድሊ።
idp-laposte-who = ፈረንሳዊ ሰነድ መንነት ወይ ፍቓድ መንበሪ ዘለዎም ዓበይቲ። ሞባይል ተሌፎን የድሊ።
idp-msa-who = ኣብ ማሕበራዊ መድሕን ሕርሻ (MSA) ዝተመሓደሩ ሰባት።
idp-france-identite-who = ሓድሽ ፈረንሳዊ መንነት ካርድን ዝሰማማዕ ተሌፎንን ዘለዎም ሰባት።
idp-yris-who = ሰነድ መንነት ዘለዎም ዓበይቲ። ሞባይል ተሌፎን የድሊ።
idp-trustme-who = ሰነድ መንነት ዘለዎም ዓበይቲ። ሞባይል ተሌፎንን ኣፕሊኬሽን TrustMeን የድልዩ።

## Step 4: authenticate in the browser

auth-title = ኣብ ብራውዘር እተዉ
auth-failed-title = ምትእስሳር ኣይተዛዘመን
auth-starting = ምትእስሳር የዳሉ ኣለኹ…
auth-opened = ብራውዘር ተኸፊቱ። ድሕሪኡ ናብዚ ተመለሱ።
auth-not-opened = ብራውዘር ኣይተኸፍተን። ነዚ ኣድራሻ ኣብዚ ኮምፒተር ብብራውዘር ክፈቱዎ፦
auth-no-browser = ነዚ ኣድራሻ ኣብዚ ኮምፒተር ብብራውዘር ክፈትዎ፦
auth-no-display = ኣብዚ ግራፊካዊ ብራውዘር የለን። ነዚ ኣድራሻ ኣብዚ ኮምፒተር ብብራውዘር ክፈትዎ፣ ንኣብነት ብናይ ጽሑፍ ብራውዘር፦
auth-ssh = ካብ ርሑቕ (SSH) ምስዚ ኮምፒተር ተኣሳሲርኩም ኣለኹም። ክልተ መገዲ፦ ነቲ ኣድራሻ ኣብዚ ኮምፒተር ብብራውዘር ክፈትዎ፤ ወይ ኣብ ናይ ባዕልኹም ኮምፒተር ነቲ ኣብ ታሕቲ ዘሎ ትእዛዝ ጽሓፉ፣ ድሕሪኡ ነቲ ኣድራሻ ብብራውዘርኩም ክፈትዎ።
auth-in-browser = ኣብ ብራውዘር፦ { $idp } ምረጹ፣ ስም ተጠቃሚን መሕለፊ ቃልን ጽሓፉ፣ ድሕሪኡ «Se connecter»።
auth-timed-out = እቲ ዝተመደበ ግዜ ሓሊፉ፣ ግን ገና ኣብ ብራውዘር ክትውድኡ ትኽእሉ ኢኹም። ተወሳኺ ግዜ እንተ ኣድልዩኩም “ተወሳኺ ግዜ” ምረጹ።
auth-checking = ብራውዘር ተመሊሱ። መንነትኩም የረጋግጽ ኣለኹ…
auth-note = FranceConnect መንነትኩም ኣብ ሃገራዊ መዝገብ ክደሊ እዩ። ብግዝያዊ ቁጽሪ ኣይርከብን።
auth-note-register = እቲ ዝበዝሐ ምኽንያት፦ ገና ቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነት የለን። ቁጽርኹም ክትፍትሹ ትኽእሉ፦ “ቁጽሪ ማሕበራዊ ውሕስነትኩም ፈትሹ” ምረጹ።
help-auth = ብራውዘር ገጻት FranceConnect የርኢ። ዋላ ሓንቲ እንተዘይተኸፊታ፣ ነቲ ዝተራእየ ኣድራሻ ቅዳሕዎ። ክሳብ ዘድልየኩም ተወሳኺ ግዜ ክትሓቱ ትኽእሉ።
help-auth-failed = ነፍሲ ወከፍ ምርጫ እንታይ ከም ዝገብር ይነግር። “እንደገና ፈትኑ” ብራውዘር እንደገና ይኸፍት። ገጽ ጌጋ FranceConnect ንምርዳእ ኮዱ ጽሓፉ። ናብ FranceConnect ንምጽሓፍ፦ ኣብ ገጽ ጌጋኡ ዘሎ መልጎም « Contactez-nous »፣ ወይ መርበብ aide.franceconnect.gouv.fr።
choice-reopen = ብራውዘር እንደገና ክፈቱ
choice-more-time = ተወሳኺ ግዜ ({ $minutes ->
        [one] { $minutes } ደቒቕ ተወሳኺ
       *[other] { $minutes } ደቓይቕ ተወሳኺ
    })
notice-more-time = ሕራይ፦ { $minutes ->
        [one] { $minutes } ደቒቕ ተወሳኺ።
       *[other] { $minutes } ደቓይቕ ተወሳኺ።
    }
notice-more-time-until = ሕራይ፦ { $minutes ->
        [one] { $minutes } ደቒቕ ተወሳኺ
       *[other] { $minutes } ደቓይቕ ተወሳኺ
    }፣ ክሳብ { $time }።
notice-reopened = ብራውዘር ኣብ ገጽ ምእታው እንደገና ተኸፊቱ።
notice-not-reopened = ብራውዘር ኣይተኸፍተን። ነቲ ኣድራሻ ባዕልኹም ክፈትዎ።
choice-cancel = ሰርዙ እሞ ናብ ምርጫ ሕሳብ ተመለሱ
choice-retry = እንደገና ፈትኑ
choice-other-idp = ካልእ ሕሳብ ምረጹ
choice-read-code = ኮድ ካብ ገጽ ጌጋ FranceConnect ጽሓፉ
choice-code-again = ካልእ ኮድ ጽሓፉ
code-title = ገጽ FranceConnect እንታይ ይብል ነይሩ፧
code-body = እቲ ገጽ « Une erreur s’est produite » ይብል እንተነይሩ፣ ድሕሪ « Erreur » ዝተጻሕፈ ኮድ ጽሓፉ (ንኣብነት Y010008)። ኮድ እንተዘይነይሩ፣ Enter ጥራይ ጠውቑ።
code-input = ኮድ ናይቲ ገጽ (ንኣብነት Y010008)። Enter ጥራይ፦ ኮድ የለን።
code-read = ኮድ { $code }፦
code-note = እዚ ኮድ ንጉጅለ ሓገዝ FranceConnectን ንCPAMኩምን እንታይ ከም ዘጋጠመ ንምርዳእ ይሕግዞም። ጽሒፍኩም ሓዝዎ። ናብ FranceConnect ንምጽሓፍ፦ ኣብ ገጽ ጌጋኡ ዘሎ መልጎም « Contactez-nous »፣ ወይ መርበብ aide.franceconnect.gouv.fr።
help-code = እቲ ኮድ ኣብ ገጽ ጌጋ FranceConnect፣ ድሕሪ እታ ቃል « Erreur » ይርከብ። ብY ይጅምር፣ ድሕሪኡ እንተወሓደ 6 ኣሃዛት ወይ ፊደላት ይስዕቡ (ንኣብነት Y010008 ወይ Y04EA6EF)። ዝኾነ እትጽሕፍዎ ናብ ዝኾነ ቦታ ኣይለኣኽን።
code-y010008 = FranceConnect መንነትኩም ኣብ ሃገራዊ መዝገብ (RNIPP) ኣይረኸቦን። እዚ ናትኩም ጌጋ ኣይኮነን።
code-y010008-next = እቲ ዝበዝሐ ምኽንያት፦ ገና ቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነት የለን (ብ7 ወይ 8 ዝጅምር ግዝያዊ ቁጽሪ፣ ወይ ገና ኣብ መስርሕ ዘሎ ፋይል)። ብዛዕባ ቀዋሚ ቁጽርኹም ንCPAMኩም ሕተቱ። ክሳብ ሽዑ ናይቲ መርበብ ባዕሉ ሕሳብ ተጠቐሙ። ቁጽርኹም ድሮ ቀዋሚ እንተኾይኑ፣ ምስዚ ኮድ ንFranceConnect ተራኸቡ።
code-y010004 = ሃገራዊ መዝገብ ናብ መንነት ሕሳብኩም ዝቐረበ መንነት ረኺቡ፣ ግን እኹል ኣይቀርብን።
code-y010004-next = ሓበሬታ መንነትኩም ኣብ ሕሳብኩምን ኣብ መዝገብን ይፈላለ (ስም ስድራ፣ ኣስማት፣ ዕለት ወይ ቦታ ልደት)። ክእረም ምስዚ ኮድ ንFranceConnect ተራኸቡ።
code-y010006 = ሃገራዊ መዝገብ ንዓኹም ብዙሓት ክኾኑ ዝኽእሉ መንነታት ረኺቡ።
code-y010006-next = ሓበሬታኹም ክእረም ኣለዎ። ምስዚ ኮድ ንFranceConnect ተራኸቡ።
code-y010007 = ሃገራዊ መዝገብ ብእትጥቀሙሉ ስም ጥራይ እዩ ረኺቡኩም (ንኣብነት ስም ስድራ ሰብኣይ ወይ ሰበይቲ)።
code-y010007-next = ሓበሬታኹም ክእረም ኣለዎ። ምስዚ ኮድ ንFranceConnect ተራኸቡ።
code-register-technical = ሃገራዊ መዝገብ ክምልስ ኣይከኣለን፦ ቴክኒካዊ ጸገም እዩ፣ ናትኩም ጌጋ ኣይኮነን።
code-register-technical-next = ደሓር እንደገና ፈትኑ። እንተቐጺሉ፣ ምስዚ ኮድ ንFranceConnect ተራኸቡ።
code-y010015 = ሃገራዊ መዝገብ ድሕሪ ሕጂ በዚ መንነት ምትእስሳር ኣይፈቕድን።
code-y010015-next = ምስዚ ኮድ ንFranceConnect ተራኸቡ፦ እቲ ጉጅለ ኩነታትኩም ምሳኹም ክርእዮ እዩ።
code-y030007 = እቲ ኣገልግሎት ዝለኣኾ ሕቶ ቅኑዕ ኣይነበረን። እዚ ናትኩም ጌጋ ኣይኮነን።
code-y030007-next = እዚ ናይ ምቕናዕ ኣገልግሎት (ወይ ናይዚ ሓጋዚ) ጸገም እዩ። ምስዚ ኮድ ነቲ ኣገልግሎት ሓብሩ።
code-y190001 = እቲ ክፍለ-ግዜ ተወዲኡ ወይ ድማ ቅኑዕ ኣይኮነን፦ ምትእስሳር ኣዝዩ ነዊሕ ግዜ ወሲዱ፣ ወይ እቲ ገጽ ንነዊሕ ግዜ ክፉት ተሪፉ።
code-y190001-next = ቻናል FranceConnect ዕጸዉ፣ ድሕሪኡ ካብ መጀመርታ ጀምሩ፦ እንደገና ፈትኑ ምረጹ።
code-unknown = ነዚ ኮድ ኣይፈልጦን እየ።
code-unknown-next = ኣብቲ ገጽ ፈትሽዎ (Y ስዒቡ እንተወሓደ 6 ኣሃዛት ወይ ፊደላት)። ቅኑዕ እንተኾይኑ፣ ምስዚ ኮድ ንFranceConnect ተራኸቡ።
code-none = እቲ ገጽ ዋላ ሓደ ኮድ ኣየርኣየን፦ ምናልባት ቅድሚ ምእታውኩም ንድሕሪት ተመሊስኩም ኢኹም።
code-none-next = እንደገና ክትፍትኑ፣ ወይ ካልእ ሕሳብ ክትመርጹ ትኽእሉ ኢኹም።

## Step 5: confirm

confirm-title = መንነትኩም ፈትሹ
confirm-body = እዚ መንነት ናትኩም ምዃኑ ኣረጋግጹ።
confirm-given = ኣስማት፦ { $value }
confirm-family = ስም ስድራ ኣብ እዋን ልደት፦ { $value }
confirm-birthdate = ዕለት ልደት፦ { $value }
months = ጥሪ, ለካቲት, መጋቢት, ሚያዝያ, ግንቦት, ሰነ, ሓምለ, ነሓሰ, መስከረም, ጥቅምቲ, ሕዳር, ታሕሳስ
confirm-birthplace = ቦታ ልደት፦ ኮድ ምምሕዳር { $code }
confirm-born-abroad = ቦታ ልደት፦ ካብ ፈረንሳ ወጻኢ (ሃገር { $country })
confirm-continue = ኣብቲ ናይ ሓቂ መርበብ፣ እዛ ናይ መወዳእታ ገጽ ኣስማትኩምን ሰማያዊ መልጎምን ተርኢ። ኣረጊት መምርሒታት « Bienvenue » ይብልዋ።
confirm-consent = ገለ ኣገልግሎታት መጀመርታ ኣብ ሳጹን ምልክት ክትገብሩ ይሓቱ።
confirm-wrong = ንስኹም ኣይኮንኩምን፧ “እዚ ኣነ ኣይኮንኩን” ምረጹ፦ እቲ መንነት ይድምሰስ።
confirm-note = እዚ መንነት ካብ ሃገራዊ መዝገብ እዩ ዝመጽእ፣ ብሰንኪ ቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነትኩም።
help-confirm = ነፍሲ ወከፍ መስመር ርኣዩ። ኩሉ ቅኑዕ እንተኾይኑ ኣረጋግጹ። ኣብዚ ኮምፒተር ዋላ ሓንቲ ኣይዕቀብን። ጌጋ ሓበሬታ ኣሎ፧ ምስቲ ዝተጠቐምኩምሉ ሕሳብ ትካል ተራኸቡ። FranceConnect ኢመይል ዝሰደልኩም፣ ሓደ ምትእስሳር ዘይንቡር ምስ ዝመስል ጥራይ እዩ።
choice-confirm-yes = እወ፣ እዚ ኣነ እየ
choice-not-me = እዚ ኣነ ኣይኮንኩን

## Step 6: done

done-title = ብFranceConnect ተኣሳሲርኩም ኣለኹም
done-title-logged-out = ካብ FranceConnect ወጺኹም
done-connected = ምትእስሳር ተረጋጊጹ።
done-logged-out = ካብ FranceConnect ወጺኹም።
done-services = FranceConnect ዝቕበሉ ኣገልግሎታት ኣብዚ ተዘርዚሮም ኣለዉ፦
done-help = ሓገዝ የድልየኩም ድዩ፧ ኣብ ጥቓኹም ዘሎ ቤት ጽሕፈት France Services ክሕግዘኩም ይኽእል።
done-note = ቀዋሚ ቁጽሪ ማሕበራዊ ውሕስነትኩም ሓልዉ፦ ኣብ ነፍሲ ወከፍ ምትእስሳር የድሊ።
help-done = “ወድኡ” ነቲ ሓጋዚ ይዓጽዎ። “ካብ FranceConnect ውጽኡ” ኣብ ብራውዘር ዘሎ ክፍለ-ግዜ FranceConnect እውን ይዓጽዎ። ሓገዝ የድልየኩም ድዩ፧ ኣብ ጥቓኹም ዘሎ ቤት ጽሕፈት France Services ክሕግዘኩም ይኽእል።
choice-finish = ወድኡ
choice-logout = ካብ FranceConnect ውጽኡ
end-connected = መወዳእታ ሓጋዚ፦ ተኣሳሲርኩም ኣለኹም።
end-failed = መወዳእታ ሓጋዚ፦ ምትእስሳር ኣይተዛዘመን።
end-cancelled = መወዳእታ ሓጋዚ።

## Errors

error-code = ንጉጅለ ሓገዝ እትህብዎ ኮድ፦ { $code }
error-check = ዝፈሸለ ፍተሻ፦ { $check }
error-config-client-id = ነዚ ኣቕራቢ መለለዪ ኣገልግሎት (client id) ኣይተዋህበን።
error-config-client-id-next = ብ--client-id ወይ ብተለዋዋጢ FCGUIDE_CLIENT_ID ሃቡዎ፣ ወይ ናይ ልምምድ ኣቕራቢ ተጠቐሙ።
error-config-secret = ምስጢር ናይቲ ኣገልግሎት የለን።
error-config-secret-next = ኣብ ተለዋዋጢ FCGUIDE_CLIENT_SECRET ወይ ኣብ ፋይል ምቕናዕ (ንስኹም ጥራይ እተንብብዎ) ኣቐምጥዎ።
error-config-secret-file-open = ካልኦት ነቲ ፋይል ምስጢር ({ $file }) ከንብብዎ ይኽእሉ፦ ክጥቀመሉ ኣይደልን።
error-config-secret-file-open-next = ንዓኹም ጥራይ ዝንበብ ግበርዎ፦ chmod 600 { $file }
error-config-secret-file = ፋይል ምስጢር ({ $file }) ክንበብ ኣይከኣለን።
error-config-secret-file-next = መንገዱን ፍቓዳቱን ፈትሹ።
error-config-redirect-uri = ኣድራሻ ምምላስ (--redirect-uri) ቅኑዕ ኣይኮነን።
error-config-redirect-uri-next = ከም http://localhost:PORT/path ወይ http://127.0.0.1:PORT/path ክኸውን ኣለዎ፣ ልክዕ ከምቲ ዝተመዝገበ።
error-config-redirect-required = FranceConnect ነዚ ኣገልግሎት ዝተመዝገበ ኣድራሻ ምምላስ የድልዮ (--redirect-uri)።
error-config-redirect-required-next = FranceConnect ልክዕ ዝተመዝገበ ኣድራሻ ጥራይ ይቕበል። ኣብዚ ኮምፒተር ብቑጹር ፖርት ኣድራሻ ኣመዝግቡ፣ ንኣብነት http://localhost:8400/callback፣ ድሕሪኡ ብ--redirect-uri ሃብዎ።
error-config-issuer = ኣድራሻ ኣቕራቢ ቅኑዕ ኣይኮነን።
error-config-issuer-next = ምሉእ ኣድራሻ https ሃቡ፣ ወይ ድሉው ኣቕራቢ ምረጹ።
error-unreachable = ኣቕራቢ ኣይምልስን ኣሎ።
error-unreachable-next = ምትእስሳር ኢንተርነት ፈትሹ፣ ድሕሪኡ እንደገና ፈትኑ። ብዘይ ኢንተርነት፣ ናይ ልምምድ ኣቕራቢ ተጠቐሙ።
error-discovery = ኣቕራቢ ዘይንበብ ወይ ናቱ ዘይኮነ ምቕናዕ ሂቡ።
error-discovery-next = ኣድራሻ ኣቕራቢ ፈትሹ። ቅኑዕ እንተኾይኑ ደሓር ፈትኑ።
error-insecure = ኣድራሻ ኣቕራቢ ዘይተሓብአ እዩ (http)።
error-insecure-next = ኣድራሻ https ተጠቐሙ። http ኣብዚ ኮምፒተር (127.0.0.1) ጥራይ ይፍቀድ።
error-identity-not-found = FranceConnect መንነትኩም ኣብ ሃገራዊ መዝገብ ኣይረኸቦን።
error-identity-not-found-next = እቲ ዝበዝሐ ምኽንያት፦ ግዝያዊ ቁጽሪ ማሕበራዊ ውሕስነት፣ ወይ ገና ቀዋሚ ቁጽሪ የለን። ንCPAM ሕተቱ። ቁጽርኹም ቀዋሚ እንተኾይኑ፣ ምስቲ ኣብ ታሕቲ ዘሎ ኮድ ንFranceConnect ተራኸቡ።
error-access-denied = ምትእስሳር ኣይተዛዘመን፦ FranceConnect ዋላ ሓደ መንነት ኣይመለሰን።
error-access-denied-next = እዚ ዘጋጥም ንድሕሪት ምስ ተመለስኩም፣ ወይ FranceConnect ገጽ ጌጋ ምስ ኣርኣየ እዩ (« Une erreur s’est produite »)። እቲ ገጽ « Erreur » ስዒቡ ኮድ እንተ ኣርእዩ፣ ነቲ ኮድ ምጽሓፍ ምረጹ፦ ክገልጸልኩም እየ።
error-invalid-idp-hint = እዚ ሕሳብ ካብዚ ንዚ ኣገልግሎት ክምረጽ ኣይከኣልን።
error-invalid-idp-hint-next = ካልእ ሕሳብ ምረጹ ወይ እንደገና ፈትኑ፦ ሽዑ ምርጫ ኣብ ብራውዘር ክኸውን እዩ።
error-invalid-request = ኣቕራቢ ነቲ ሕቶ ነጺግዎ።
error-invalid-request-next = እዚ ናይ ምቕናዕ ኣገልግሎት ጸገም እዩ፣ ናይ ሕሳብኩም ኣይኮነን። ደሓር ፈትኑ ወይ ሓብሩ።
error-server-error = ኣቕራቢ ቴክኒካዊ ጸገም ኣጋጢምዎ።
error-server-error-next = ቻናል ብራውዘር ዕጸዉ እሞ እንደገና ፈትኑ። ገጽ FranceConnect « Erreur » ስዒቡ ኮድ እንተ ኣርእዩ፣ ነቲ ኮድ ምጽሓፍ ምረጹ፦ ክገልጸልኩም እየ።
error-temporarily-unavailable = ኣቕራቢ ሕጂ ኣይርከብን እዩ።
error-temporarily-unavailable-next = ድሕሪ ገለ ደቓይቕ እንደገና ፈትኑ። ገጽ FranceConnect « Erreur » ስዒቡ ኮድ እንተ ኣርእዩ፣ ነቲ ኮድ ምጽሓፍ ምረጹ፦ ክገልጸልኩም እየ።
error-refused = ኣቕራቢ ምትእስሳር ነጺግዎ።
error-refused-next = እንደገና ፈትኑ፣ ወይ ካልእ ሕሳብ ምረጹ።
error-callback-issuer = እቲ መልሲ ካብቲ ዝተጸበናዮ ኣቕራቢ ኣይመጸን። ነጺገዮ።
error-callback-issuer-next = ካልኦት ቻናላት ምእታው ዕጸዉ እሞ እንደገና ፈትኑ።
error-callback-issuer-missing = እቲ መልሲ ካብ ኣየናይ ኣቕራቢ ከም ዝመጸ ኣይገልጽን፣ እቲ ኣቕራቢ ግን ኩሉ ግዜ ይገልጾ እዩ። ነጺገዮ።
error-callback-issuer-missing-next = ካልኦት ቻናላት ምእታው ዕጸዉ እሞ እንደገና ፈትኑ።
error-missing-code = ብራውዘር ብዘይ ጠቓሚ መልሲ ተመሊሱ።
error-missing-code-next = እንደገና ፈትኑ።
error-port-in-use = ፖርት ምምላስ { $port } ኣብዚ ኮምፒተር ድሮ ተታሒዙ ኣሎ።
error-port-in-use-next = ነቲ ዝጥቀመሉ ዘሎ ፕሮግራም ዕጸዉ፣ ወይ ካልእ ዝተመዝገበ ኣድራሻ ምምላስ ምረጹ።
error-listener = ኣብዚ ኮምፒተር ንብራውዘር ክጽበ ኣይከኣልኩን።
error-listener-next = እንደገና ፈትኑ። እንተቐጺሉ ኮምፒተር ዳግም ኣጀምሩ።
error-timeout = ብራውዘር ብግዜኡ ኣይተመልሰን።
error-timeout-next = እንደገና ፈትኑ፦ ሓድሽ ምትእስሳር ክጅምር እዩ።
error-token-endpoint = ኣቕራቢ ምትእስሳር ኣየረጋገጸን።
error-token-endpoint-next = ሕጂ እንደገና ፈትኑ፦ መልሲ ብራውዘር ንገለ ካልኢታት ጥራይ እዩ ዝጸንሕ።
error-id-token = እቲ ኣቕራቢ ዝለኣኾ መረጋገጺ መንነት ቅኑዕ ኣይኮነን። ነጺገዮ።
error-id-token-next = ዋላ ሓደ መንነት ኣይረኣን። እንደገና ፈትኑ፤ እንተቐጺሉ ብዛዕባ እቲ ኣቕራቢ ክሕበር ኣለዎ።
error-userinfo = እቲ ኣቕራቢ ዝለኣኾ ሓበሬታ መንነት ቅኑዕ ኣይኮነን። ነጺገዮ።
error-userinfo-next = ዋላ ሓደ መንነት ኣይረኣን። እንደገና ፈትኑ፤ እንተቐጺሉ ብዛዕባ እቲ ኣቕራቢ ክሕበር ኣለዎ።

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = ተዛዚሙ። ነዚ ቻናል ዓጽዩ ናብ ተርሚናል ክትምለሱ ትኽእሉ።
callback-failed = ምትእስሳር ኣይተዛዘመን። ናብ ተርሚናል ተመለሱ፦ እቲ ሓጋዚ እንታይ ክትገብሩ ከም ዘለኩም ይገልጸልኩም።
callback-refused = እዚ መልሲ ናይቲ ዝቕጽል ዘሎ ምትእስሳር ኣይኮነን። ናብ ተርሚናል ተመለሱ።
logout-done = ወጺኹም። ነዚ ቻናል ዓጽዩ ናብ ተርሚናል ክትምለሱ ትኽእሉ።

## Practice provider pages

practice-banner = ልምምድ፦ እዚ ናይ ሓቂ FranceConnect ኣይኮነን። ናብ መንግስቲ ዋላ ሓንቲ ኣይለኣኽን።
practice-choose-doc-title = ምእታው - ምርጫ ሕሳብ
practice-connecting = ናብ { $service } ምእታው ኣብ መስርሕ
practice-choose-title = ንምእታው ሓደ ሕሳብ ምረጹ፦
practice-aidants = ሞያዊ ሓጋዚ ዲኹም፧ Aidants Connect ተጠቐሙ
practice-login-title = ናብ { $idp } ምእታው
practice-account = ናይ ልምምድ ሕሳብ
practice-username = ስም ተጠቃሚ
practice-password = መሕለፊ ቃል
practice-login-button = እተዉ
practice-wrong-password = ስም ተጠቃሚ ወይ መሕለፊ ቃል ጌጋ እዩ።
practice-continue-doc-title = ምእታው - ኣብ ኣገልግሎት { $service } ቀጽሉ
practice-as = ብዚ ስም ክትኣትዉ ኢኹም፦
practice-continue = ኣብ { $service } ቀጽሉ
practice-consent = FranceConnect ንምእታወይ ሓበሬታታተይ ናብቲ ኣገልግሎት ክሰድድ እሰማማዕ እየ
practice-consent-missing = ምስግጋር ሓበሬታ ንምቕባል በጃኹም ነታ ሳጹን ምልክት ግበሩላ
practice-error-doc-title = ጌጋ ምእታው
practice-back = ናብ { $service } ተመለሱ
practice-error-title = ጌጋ ኣጋጢሙ
practice-error-code = ጌጋ { $code }
practice-error-body = ጌጋ ኣጋጢሙ፣ በጃኹም ደሓር እንደገና ፈትኑ
practice-help-page = በጃኹም ገጽ ሓገዝ FranceConnect ርኣዩ።
practice-what-to-do = እንታይ ይግበር፧
practice-contact = ተራኸቡና
practice-logged-out = ካብ FranceConnect ወጺኹም።
practice-not-found = እቲ ገጽ ኣይተረኽበን
practice-account-typical = ኣብ ፈረንሳ ዝተወልደ ዓቢ ሰብ
practice-account-several = ብዙሓት ኣስማት
practice-account-abroad = ካብ ፈረንሳ ወጻኢ ዝተወልደ ሰብ
practice-account-temporary = ግዝያዊ ቁጽሪ ማሕበራዊ ውሕስነት፦ ምትእስሳር ክፈሽል እዩ

## Plain mode

plain-invalid = ኣይተረድኣንን። ካብ 1 ክሳብ { $max } ቁጽሪ ጽሓፉ፣ ወይ Enter ጥራይ።
input-hidden = እትጽሕፍዎ ኣይረኣን።
choice-default = ንቡር

## Command line

cli-see-help = ርኣዩ፦ fcguide --help
cli-missing-value = ድሕሪ { $word } ዋጋ ጎዲሉ።
cli-unknown-option = ዘይፍለጥ ምርጫ፦ { $word }
cli-bad-port = ዘይቅኑዕ ፖርት፦ { $word }
cli-bad-wait = ዘይቅኑዕ ግዜ (ብደቓይቕ፣ ካብ 1 ክሳብ 1440)፦ { $word }
cli-not-text = ሓደ ኣርጉመንት ዝንበብ ጽሑፍ ኣይኮነን፦ { $word }
cli-switch-value = እዚ ምርጫ ዋጋ ኣይወስድን፦ { $word }
cli-bad-rules = --rules “franceconnect” (ሕጊታት ናይቲ መድረኽ) ወይ “oidc” (ንቡር OpenID Connect) ይቕበል፦ { $word }
cli-no-secret-option = ምስጢር ፈጺሙ ኣብ መስመር ትእዛዝ ኣይወሃብን ({ $word })፦ ካልኦት ተጠቀምቲ ከንብብዎ ይኽእሉ። ተለዋዋጢ FCGUIDE_CLIENT_SECRET ወይ ፋይል ~/.config/fcguide/client_secret (chmod 600) ተጠቐሙ።
cli-unknown-provider = ዘይፍለጥ ኣቕራቢ፦ { $word }። practice፣ franceconnect-sandbox፣ franceconnect-integration ወይ franceconnect ምረጹ፣ ወይ --issuer ሃቡ።
cli-provider-and-issuer = --provider ወይ --issuer ምረጹ፣ ክልቲኦም ኣይኮነን ({ $word })።
cli-unknown-language = ቋንቋ ኣይርከብን፦ { $word }። ርኣዩ፦ fcguide --list-languages
cli-practice-port = ፖርት { $word } ድሮ ተታሒዙ ኣሎ። ብ--port ካልእ ምረጹ፣ ወይ --port ኣይትጠቐሙ።
cli-practice-started = ናይ ልምምድ ኣቕራቢ ጀሚሩ (ኣብዚ ኮምፒተር ጥራይ)። Ctrl-C የቋርጾ።
cli-bad-bidi = --bidi “program” (ሓጋዚ ካብ የማን ናብ ጸጋም ዝጽሓፍ ጽሑፍ የሰርዕ) ወይ “terminal” (ተርሚናል የሰርዕ) ይቕበል፦ { $word }
cli-bad-format = --format “html” (ንሕትመት ዝኸውን ገጽ) ወይ “text” (ቀሊል ጽሑፍ) ይቕበል፦ { $word }
cli-help =
    fcguide፦ ብFranceConnect ምትእስሳር፣ ስጉምቲ ብስጉምቲ፣ ብቋንቋኹም።

    ኣጠቓቕማ፦
      fcguide [ምርጫታት]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    ምርጫታት፦
      --plain               መስመር ብመስመር (ኣንበብቲ ስክሪን፣ ቀለልቲ ተርሚናላት)
      --lang LANGUAGE       ቋንቋ (fr, uk, en, ti…)፤ ርኣዩ --list-languages
      --provider NAME       practice (ንቡር), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          ካልእ ኣቕራቢ OpenID Connect
      --client-id ID        መለለዪ ኣገልግሎት (ወይ FCGUIDE_CLIENT_ID)
      --redirect-uri URL    ዝተመዝገበ ኣድራሻ ምምላስ (http://localhost:PORT/path)፣
                            ምስ FranceConnect ግዴታ እዩ
      --rules NAME          franceconnect (ሕጊታት ናይቲ መድረኽ፣ ኣብ ከባቢታቱ ንቡር)
                            ወይ oidc (ምስ --issuer ንቡር)
      --scopes "…"          ዝሕተቱ ሓበሬታታት (ንቡር፦ መሰረታዊ መንነትን ኢመይልን)
      --idp-hint ID         እቲ መድረኽ ነዚ ኣገልግሎት ዝሃቦ መለለዪ ኣቕራቢ
                            መንነት (ከም idp_hint ይለኣኽ)
      --no-browser          ብራውዘር ኣይትኽፈት፦ ኣድራሻ ኣርኢ
      --wait MINUTES        ቅድሚ ምሕታት ንብራውዘር ምጽባይ (ንቡር 5፣ ካብ 1 ክሳብ 1440)
      --bidi terminal       ምስራዕ ካብ የማን ናብ ጸጋም ጽሑፍ ንተርሚናል ግደፍ
      --high-contrast       ልዑል ፍልልይ ሕብሪ
      --second-lang LANG    ካልኣይ ቋንቋ ናይ ክልተ-ቋንቋ ምርኢት (ንቡር፦ ፈረንሳይኛ)
      --speak               ስጉምትታት ብዓውታ ኣንብብ (spd-say ወይ espeak-ng)
      --list-languages      ዘለዉ ቋንቋታት
      --help, --version

    ምስጢር ኣገልግሎት ካብ FCGUIDE_CLIENT_SECRET ወይ ካብ ፋይል
    ~/.config/fcguide/client_secret (ንስኹም ጥራይ እተንብብዎ) ይመጽእ፣ ፈጺሙ ካብ መስመር ትእዛዝ ኣይኮነን።
    fcguide sheet ንሕትመት ዝኸውን ወረቐት ስጉምትታት ይጽሕፍ (html፣ ንቡር) ወይ ቀሊል ጽሑፍ።
    ኮድ ምውጻእ፦ 0 ተኣሳሲሩ፣ 1 ፈሺሉ፣ 2 ጌጋ ኣጠቓቕማ፣ 3 ተሰሪዙ።
more-below = ↓ እቲ ቀጻሊ ኣብ ታሕቲ ኣሎ፦ መፍትሕ Page Down።
more-above = ↑ እቲ መጀመርታ ኣብ ላዕሊ ኣሎ፦ መፍትሕ Page Up።
more-choices = ↕ ካልኦት ምርጫታት ተሓቢኦም ኣለዉ፦ መፍትሕታት ቀስቲ።

## Printable sheet

sheet-title = FranceConnect፣ ስጉምቲ ብስጉምቲ
sheet-intro = ገጻት FranceConnect ብፈረንሳይኛ ጥራይ እዮም። እዚኦም ልክዕ ቃላቶም እዮም፣ ምስ ትርጉሞም። ኣብዚ ፈጺምኩም መሕለፊ ቃላትኩም ኣይትጽሓፉ።
sheet-bring-title = ምሳኹም ክትሕዝዎ ዘለኩም
sheet-bring-card = ካርድ Vitale ወይ ሰነድ መሰላት መድሕን ጥዕና (attestation de droits)።
sheet-bring-account = ስም ተጠቃሚን መሕለፊ ቃልን ናይ ሕሳብኩም ኣብ ሓደ ካብዞም መርበባት፦
sheet-bring-email = ኢመይልኩም ክትከፍትዎ ምኽኣል፦ መርበብ ሕሳብኩም ናብኡ ክጽሕፈልኩም ይኽእል።
sheet-steps-title = እቶም ስጉምትታት
sheet-step-start-title = ኣብ መርበብ እቲ ኣገልግሎት
sheet-step-start = ነዚ ሰማያዊ መልጎም ድለዩ እሞ ጠውቕዎ፦
sheet-step-login = ኣብ ገጽ እቲ ዝመረጽኩምዎ ሕሳብ፣ ስም ተጠቃሚን መሕለፊ ቃልን ባዕልኹም ጽሓፉ፣ ድሕሪኡ ጠውቑ፦
sheet-codes-title = FranceConnect ጌጋ እንተ ኣርእዩ
sheet-codes-intro = ድሕሪ « Erreur » ዝተጻሕፈ ኮድ ጽሒፍኩም ሓዝዎ፣ ሓገዝ ክትሓቱ ከለኹም ድማ ሃብዎ። ትርጉሙ፦
sheet-help-title = ሓገዝ ኣበይ ይርከብ
sheet-help-cpam = ቤት ጽሕፈት መድሕን ጥዕናኹም (CPAM)፦ ቁጽርኹም ብ7 ወይ 8 እንተጀሚሩ፣ ወይ ፋይልኩም ገና ኣብ መስርሕ እንተሎ።
sheet-help-contact = FranceConnect፦ ኣብ ገጽ ጌጋኡ ዘሎ መላግቦ « Contactez-nous » (ተራኸቡና)። ኮድ ናይቲ ጌጋ ሃቡ።
sheet-helper-title = ነቲ ዝሕግዝ ሰብ
sheet-helper-password = ንምሕጋዝ እንተኾነ እውን፣ ፈጺምኩም መሕለፊ ቃል ናይቲ ሰብ ኣይትጽሓፉ፦ እቲ ሰብ ባዕሉ እዩ ዝጽሕፎ።
sheet-helper-aidants = ኣብ ክንዲ እቲ ሰብ ንምስራሕ፣ ዝሰልጠነ ሞያዊ Aidants Connect ይጥቀም፣ እቲ ሰብ ብዝፈረሞ ውክልና፦
sheet-words-aidants = ሞያዊ ሓጋዚ ዲኹም፧ Aidants Connect ተጠቐሙ
