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
more-below = ↓ እቲ ቀጻሊ ኣብ ታሕቲ ኣሎ፦ መፍትሕ Page Down።
more-above = ↑ እቲ መጀመርታ ኣብ ላዕሊ ኣሎ፦ መፍትሕ Page Up።
more-choices = ↕ ካልኦት ምርጫታት ተሓቢኦም ኣለዉ፦ መፍትሕታት ቀስቲ።

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

## Plain mode

plain-invalid = ኣይተረድኣንን። ካብ 1 ክሳብ { $max } ቁጽሪ ጽሓፉ፣ ወይ Enter ጥራይ።
input-hidden = እትጽሕፍዎ ኣይረኣን።
choice-default = ንቡር

