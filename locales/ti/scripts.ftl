compact-practice = ልምምድ፡ ናይ ሓቂ FranceConnect ኣይኮነን
compact-more-below = ↓ ቀጻሊ ኣብ ታሕቲ
compact-more-above = ↑ መጀመርታ ኣብ ላዕሊ
compact-more-choices = ↕ ካልኦት ምርጫታት
console-cannot-show = ኮንሶል Linux ናይዚ ቋንቋ ({ $lang }) ጽሑፍ ከርኢ ኣይክእልን እዩ። ኣብዚ ዝሰርሕ፦
console-plain = ቀሊል ናይ ጽሑፍ ኣገባብ፡ ንኣንባቢ ስክሪን፦ { $command }
console-speak = ብዓቢ ድምጺ ምንባብ፦ { $command }
console-sheet = ዝሕተም ወረቐት (ኣብ ካልእ ኮምፒዩተር)፦ { $command }
