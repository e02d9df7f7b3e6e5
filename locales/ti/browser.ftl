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
