# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = መፍትሕታት፦ ቁጽሪ ሓደ ምርጫ ጽሓፉ፣ ድሕሪኡ Enter። Enter ጥራይ ነቲ ዝቐረበ ምርጫ ይወስድ። 0 ንድሕሪት ይመልስ። l ምዕባለኹም ከይጠፍአ ቋንቋ ይቕይር። b ኣብ ትሕቲ ነፍሲ ወከፍ ጽሑፍ ካልኣይ ቋንቋ የርኢ፤ f ነቶም ክልተ ቋንቋታት የቀያይሮም። v ነቶም ስጉምትታት ብዓውታ የንብቦም፣ ወይ ነቲ ድምጺ የቋርጾ። q ዕጸዉ።
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = ሕጂ ቁጽርታት ክትጽሕፉ ከለኹም ክረኣዩ እዮም።
plain-digits-hidden = ቁጽርታት እንደገና ተሓቢኦም።
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = ካብ FranceConnect ንምውጻእኩም መርበብ ሓበሬታ ሕጂ ይኽፈት ኣሎ።

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = ዓረብኛ
language-in-bn = ቤንጋሊ
language-in-en = እንግሊዝኛ
language-in-es = ስጳንኛ
language-in-fa-af = ዳሪ
language-in-ff-latn = ፑላር
language-in-fr = ፈረንሳይኛ
language-in-ht = ክርዮል ሃይቲ
language-in-ka = ጆርጅያኛ
language-in-kmr = ኩርማንጂ
language-in-ln = ሊንጋላ
language-in-ps = ፓሽቶ
language-in-pt = ፖርቱጊዝኛ
language-in-ru = ሩስያኛ
language-in-so = ሶማልኛ
language-in-sq = ኣልባንኛ
language-in-ti = ትግርኛ
language-in-tr = ቱርክኛ
language-in-uk = ዩክሬንኛ
language-in-ur = ኡርዱ
language-in-ta = ታሚል
language-in-zh-hans = ቻይንኛ (ዝተቓለለ)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = ናይ ቋንቋኹም ስም ቀዳሞት ፊደላት ብትግርኛ ወይ ብቋንቋኹም ጽሓፉ፡ ድሕሪኡ Enter። h: ዝርዝር { $count } ቋንቋታት፡ ብቑጽሪ።
