## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = ኣድራሻ ምምላስ (--redirect-uri) ቅኑዕ ኣይኮነን።
error-config-redirect-address-next = ነዚ ኣገልግሎት እዚ ዝተመዝገበ ኣድራሻ ልክዕ ሃቡ፦ ንምትእስሳር (integration)፣ ኣብዚ ኮምፒዩተር ዘሎ ቀዋሚ ፖርት ዘለዎ ኣድራሻ (http://localhost:8400/callback)፤ ንፍርያት (production)፣ ኣብ ናይ ባዕሉ ስም ዶመይን ዘሎ ገጽ https ናይቲ ኣገልግሎት።
error-config-loopback-production = FranceConnect ኣብ production ኣድራሻታት ምምላስ ናይዚ ኮምፒዩተር (localhost, 127.0.0.1) ይነጽግ፦ እቲ ብራውዘር ኣብ ጌጋ Y030007 ምደው ነይሩ።
error-config-loopback-production-next = ኣብ FranceConnect፣ ኣብ ናይ ባዕሉ ስም ዶመይን ዘሎ፣ ኣድራሻኡ ዘርኢ ገጽ https ናይቲ ኣገልግሎት ኣመዝግቡ (fcguide relay-page ነዚ ገጽ ይህብ)፣ ድሕሪኡ ብ --redirect-uri ሃቡዎ። ኣድራሻታት ናይዚ ኮምፒዩተር ኣብ integration ጥራይ ይሰርሑ።
cli-bad-service-name = ስም ኣገልግሎት ቅኑዕ ኣይኮነን፦ { $word }። ኣብ FranceConnect ዝተመዝገበ ስም፣ ብቐሊል ጽሑፍ፣ ልዕሊ 100 ፊደላት ከይበዝሐ ሃቡ።
choice-paste = ኣድራሻ ገጽ ኣገልግሎት ለጥፉ
auth-paste-when = ድሕሪ « Continuer sur { $service } »፣ እቲ ብራውዘር ናብ ገጽ { $service } ይበጽሕ፣ ንሱ ኣድራሻ የርኢ። ቅዱሑ፣ ድሕሪኡ ብቐዳማይ ምርጫ ኣብዚ ለጥፉ።
paste-title = ኣድራሻ ገጽ ኣገልግሎት ለጥፉ
paste-body = ኣብ ገጽ { $service }፣ ነቲ ዝረአ ኣድራሻ ብምሉኡ ቅዱሑ (ብ { $page } ይጅምር)፣ ኣብዚ ለጥፉ እሞ Enter ጠውቑ። Enter ጥራይ ናብ ድሕሪት ይመልስ።
paste-input = ኣድራሻ፦
paste-problem-too-long = እዚ ጽሑፍ ኣድራሻ ገጽ ንምዃን ኣዝዩ ነዊሕ እዩ።
paste-problem-control = እዚ ጽሑፍ ፊደላት ቁጽጽር ኣለዎ፦ ኣድራሻ ኣይኮነን።
paste-problem-not-an-address = እዚ ኣድራሻ ኣይኮነን። ነቲ ኣድራሻ ካብ መጀመርታ ብምሉኡ ቅዱሑ።
paste-problem-other-page = እዚ ኣድራሻ ገጽ ኣገልግሎት ኣይኮነን። ኣድራሻ እቲ ብራውዘር ድሕሪ FranceConnect ዝበጽሖ ገጽ ቅዱሑ።
paste-problem-no-answer = እዚ ኣድራሻ መልሲ FranceConnect የብሉን። ቅድም ኣብ ብራውዘር ምእታው ወድኡ፣ ድሕሪኡ ኣድራሻ እቲ ዝበጽሖ ገጽ ቅዱሑ።
paste-problem-other-attempt = እዚ ኣድራሻ ካብ ካልእ ምእታው (ኣረጊት ታብ) እዩ ዝመጽእ። እቲ ዳሕራይ ዝተኸፍተ ታብ ተጠቐሙ፣ ወይ ካብ መጀመርታ ጀምሩ።
help-paste = ኣብ production፣ FranceConnect ነቲ ብራውዘር ናብ ገጽ ኣገልግሎት እምበር ናብዚ ኮምፒዩተር ኣይመልሶን። እቲ ገጽ ኣድራሻኡ ምስ መቕድሒ መልጎም የርኢ። ኣብዚ ለጥፉዎ፦ ኣነ ክምርምሮን ሓንሳብ ጥራይ ክጥቀመሉን እየ።
