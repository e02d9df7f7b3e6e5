# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Magaca { $host } lagama helayo shabakadda.
error-net-name-next = Hubi ciwaanka bixiyaha (qalad qoraal ma jiraa?) iyo xiriirka internetka, kadibna isku day mar kale.
error-net-refused = { $host } wuu diidayaa xiriirka: waxba halkaas kama jawaabaan.
error-net-refused-next = Hubi ciwaanka iyo dekeddiisa (port). Haddii uu sax yahay, adeeggu waa laga yaabaa inuu joogsaday: mar dambe isku day.
error-net-certificate = Kombiyuutarkan uma arko shahaadada { $host } mid lagu kalsoonaan karo.
error-net-certificate-next = Shaqada, proxy-ga hubiya xiriirada wuxuu inta badan leeyahay hay'ad shahaado u gaar ah: ka codso qaybta IT-ga inay ku rakibaan kombiyuutarkan, ama ku qor faylkeeda doorsoomaha SSL_CERT_FILE. Shabakad aadan aqoon, ha sii socon.
error-net-proxy = Proxy-ga { $proxy } ma furin xiriirka { $host }.
error-net-proxy-next = Hubi doorsoomayaasha HTTPS_PROXY, ALL_PROXY iyo NO_PROXY, ama weydii qaybta IT-ga proxy-ga la isticmaalayo.
error-net-timeout = { $host } kama jawaabin waqtigii.
error-net-timeout-next = Xiriirku waa laga yaabaa inuu gaabis yahay ama go'an yahay: hubi, kadibna isku day mar kale.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Dhammaadka caawiyaha: waad ka baxday FranceConnect.
