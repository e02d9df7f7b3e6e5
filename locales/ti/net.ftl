# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = ስም { $host } ኣብ መርበብ ኣይተረኽበን።
error-net-name-next = ኣድራሻ ኣቕራቢ (ናይ ጽሕፈት ጌጋ ድዩ?) ከምኡ'ውን ምትእስሳር ኢንተርነት ፈትሹ፣ ድሕሪኡ እንደገና ፈትኑ።
error-net-refused = { $host } ምትእስሳር ይኣቢ ኣሎ: ኣብኡ ዝምልስ ነገር የለን።
error-net-refused-next = ኣድራሻን ፖርቱን ፈትሹ። ቅኑዕ እንተኾይኑ፣ እቲ ኣገልግሎት ደው ኢሉ ክኸውን ይኽእል: ጸኒሕኩም ፈትኑ።
error-net-certificate = እዚ ኮምፒተር ምስክር ወረቐት { $host } ከም እሙን ኣይቆጽሮን።
error-net-certificate-next = ኣብ ስራሕ፣ ምትእስሳራት ዝቆጻጸር proxy መብዛሕትኡ ግዜ ናይ ገዛእ ርእሱ ምስክር ወረቐት ዘውጽእ ኣካል ኣለዎ: ክፍሊ ሓበሬታ ቴክኖሎጂ ኣብዚ ኮምፒተር ክጽዕንዎ ሕተቱ፣ ወይ ፋይሉ ኣብ ተለዋዋጢ SSL_CERT_FILE ሃቡ። ኣብ ዘይትፈልጥዎ መርበብ፣ ንቕድሚት ኣይትቕጽሉ።
error-net-proxy = proxy { $proxy } ምስ { $host } ምትእስሳር ኣይከፈተን።
error-net-proxy-next = ተለዋወጥቲ HTTPS_PROXY፣ ALL_PROXY ከምኡ'ውን NO_PROXY ፈትሹ፣ ወይ ክፍሊ ሓበሬታ ቴክኖሎጂ ኣየናይ proxy ከም እትጥቀሙ ሕተቱ።
error-net-timeout = { $host } ብግዚኡ ኣይመለሰን።
error-net-timeout-next = እቲ ምትእስሳር ደንጓዪ ወይ ዝተቛረጸ ክኸውን ይኽእል: ፈትሽዎ፣ ድሕሪኡ እንደገና ፈትኑ።

# Issue 20: the run's last line after the person logged out.
end-logged-out = መወዳእታ ሓጋዚ፦ ካብ FranceConnect ወጺኹም።
