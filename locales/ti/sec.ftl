# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = ኣብዚ ኮምፒተር ዘሎ ካልእ ፕሮግራም ኣብ ምእታው ክሳተፍ ፈቲኑ። ኣቋሪጸዮ፦ ዝኾነ መንነት ኣይተራእየን።
error-intruder-next = እንደገና ፈትኑ፦ ሓድሽ ምትእስሳር ክጅምር እዩ። እንደገና እንተ ኣጋጢሙ፡ ካልእ ኮምፒተር ተጠቐሙን ነቲ ነዚ ኮምፒተር ዝከታተል ሰብ ንገሩን።
notice-intruder = ኣብዚ ኮምፒተር ዘሎ ካልእ ፕሮግራም ኣብ ምውጻእ ክሳተፍ ፈቲኑ። ኣቋሪጸዮ፦ ንምውዳእ ነቲ ብራውዘር ዕጸውዎ።
