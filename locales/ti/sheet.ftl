## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = መርበብ Aidants Connect ንሞያውያን፦

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
