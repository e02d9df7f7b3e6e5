## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = ሃገራዊ መዝገብ ነቲ ሕቶ ነጺግዎ፦ እቲ ዝመረጽኩምዎ ሕሳብ ዝለኣኾ ሓበሬታ መንነት ኣይተቐበሎን። እዚ ቴክኒካዊ ብልሽት ኣይኮነን።
code-y010009-next = ሓንሳብ እንደገና ፈትኑ። ሓደ ዓይነት ኮድ እንተተመሊሱ፣ ካልእ ሕሳብ ምረጹ፣ ወይ ሓበሬታኹም ንኽረጋገጽ ምስዚ ኮድ ንFranceConnect ተራኸቡ።
code-navigation = መልጎም ንድሕሪት ናይ ብራውዘር፣ ወይ ገጽ ዳግማይ ምጽዓን፣ ነቲ ምትእስሳር ኣቋሪጽዎ።
code-navigation-next = ኩሎም ቻናላት FranceConnect ዕጸዉ፣ ድሕሪኡ እንደገና ፈትኑ ምረጹ። ኣብ እዋን ምትእስሳር መልጎም ንድሕሪት ናይ ብራውዘር ኣይትጠቐሙ።
code-y180001 = ናብ FranceConnect ዘለኩም ኣተዓባብያ ጠፊኡ ኣሎ።
code-y180001-next = ዳግማይ ንምንቃሉ፣ ምስዚ ኮድ ንFranceConnect ተራኸቡ። ክሳብ ሽዑ ናይቲ መርበብ ባዕሉ ሕሳብ ተጠቐሙ።
code-y100011 = ነዚ ሕሳብ ኣብ ምርጫታት FranceConnect ዓጊትኩምዎ ኣለኹም።
code-y100011-next = ካልእ ሕሳብ ምረጹ፣ ወይ ኣብ ምርጫታት FranceConnect ነዚ ሕሳብ እንደገና ፍቐዱሉ፣ ድሕሪኡ እንደገና ፈትኑ።
code-idp-off = እዚ ሕሳብ ሕጂ ንዚ ኣገልግሎት ክጥቀመሉ ኣይከኣልን፦ ጠፊኡ ኣሎ፣ ወይ እዚ ኣገልግሎት ኣይቕበሎን።
code-idp-off-next = ካልእ ሕሳብ ምረጹ።
code-y04ea6ef = FranceConnect ነዚ ኣገልግሎት ኣይፈልጦን (መለለዪኡ፣ client id፣ ዘይፍለጥ እዩ)። እዚ ኣብ ምዝገባ ናይቲ ኣገልግሎት ዘሎ ጌጋ እዩ፣ ናትኩም ኣይኮነን።
code-y04ea6ef-next = ዋላ ሓንቲ ክትገብሩ ኣይትኽእሉን፦ ነዚ ኮድ ንኣገልግሎት ሃብዎ። ንኣመሓዳሪኡ፦ client id ከምኡ እውን ከባቢ (integration ወይ production) ፈትሹ፤ client id ኣብቲ ዝሃቦ ከባቢ ጥራይ እዩ ዝሰርሕ።
code-y04c013c = ኣድራሻ ምምላስ ናይቲ ኣገልግሎት ኣብ FranceConnect ኣይተመዝገበን (ካልእ ፖርት፣ ካልእ ስም፣ ወይ ኣብ ክንዲ https http)። እዚ ኣብ ምዝገባ ናይቲ ኣገልግሎት ዘሎ ጌጋ እዩ፣ ናትኩም ኣይኮነን።
code-y04c013c-next = ዋላ ሓንቲ ክትገብሩ ኣይትኽእሉን፦ ነዚ ኮድ ንኣገልግሎት ሃብዎ። ንኣመሓዳሪኡ፦ ብ--redirect-uri ዝተዋህበ ኣድራሻ ብልክዕ ኣመዝግቡ፣ ወይ ነቲ ዝተመዝገበ ሃቡ።
code-logout-refused = FranceConnect ነቲ ኣገልግሎት ክፍለ-ግዜ ንምዝዛም ዝሓተቶ ነጺግዎ (መረጋገጺ ምትእስሳር የለን፣ ወይ ድሕሪ ምዝዛም ክፍለ-ግዜ ኣድራሻ ምምላስ ኣይተመዝገበን)።
code-logout-refused-next = ክፍለ-ግዜ FranceConnect ንምዝዛም ብራውዘር ዕጸዉ። ንኣመሓዳሪ ኣገልግሎት፦ ድሕሪ ምዝዛም ክፍለ-ግዜ ኣድራሻ ምምላስ ኣመዝግቡ።

## The practice provider, as the platform words its pages

practice-error-technical = ቴክኒካዊ ጌጋ ኣጋጢሙ፣ ቻናል ብራውዘርኩም ዕጸዉ እሞ እንደገና እተዉ።
practice-error-session = ክፍለ-ግዜኹም ተወዲኡ ወይ ቅኑዕ ኣይኮነን፣ ቻናል ብራውዘርኩም ዕጸዉ እሞ እንደገና እተዉ።
practice-error-communication = ምስ ኣቕራቢ ኣገልግሎት ናይ ርክብ ጌጋ ኣጋጢሙ። በጃኹም ደሓር እንደገና ፈትኑ።
practice-cancel = ሰርዝ
practice-idp-failed = ብ{ $idp } ምትእስሳር ኣይተኻእለን። በጃኹም እንደገና ፈትኑ ወይ ካልእ መንገዲ ምትእስሳር ምረጹ።
practice-choose-error-doc-title = ኣብ ምርጫ ሕሳብ ጌጋ

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = እቲ ገጽ « La connexion à » … « n’a pas été possible » ይብል
notice-not-possible = እዚ ገጽ FranceConnect ምትእስሳር ብ{ $idp } ከም ዘይተዛዘመ እዩ ዘመልክት፦ ኣብ { $idp } ሰሪዝኩም፣ ወይ ኣብኡ ምእታው ኣይሰለጠን። ናብቲ ኣገልግሎት ዋላ ሓንቲ ኣይተለኣኸን። ገና እጽበ ኣለኹ፦ ኣብቲ ገጽ እንደገና ንምፍታን { $idp } ደጊምኩም ምረጹ፣ ወይ ካልእ ሕሳብ።

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = እቲ ኣቕራቢ መለለዪ ኣገልግሎት (client id) ወይ ምስጢሩ ነጺግዎ።
error-client-rejected-next = እቲ ጸገም ኣብ ምዝገባ ኣገልግሎት እዩ፣ ኣብ ሕሳብኩም ኣይኮነን፦ እንደገና ምፍታን ዋላ ሓንቲ ኣይቕይርን። ነዚ ፕሮግራም ዝተዋህበ client id ምስጢርን፣ ከባቢ (integration ወይ production) ፈትሹ፣ ወይ ካብ ኣመሓዳሪ ኣገልግሎት ሕተትዎም።
error-config-secret-file-link = ፋይል ምስጢር ({ $file }) ምሳሌያዊ መላግቦ እዩ፦ ክስዕቦ ኣይደልን።
error-config-secret-file-link-next = ነቲ ምስጢር ኣብቲ ቦታ ኣብ ሓቀኛ ፋይል ኣቐምጥዎ፣ ኣብ መላግቦ ኣይኮነን፣ ንዓኹም ጥራይ ዝንበብ (chmod 600)።
