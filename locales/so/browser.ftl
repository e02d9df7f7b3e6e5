## Step 4: authenticate in the browser

auth-title = Ku gal biraawsarka
auth-failed-title = Gelitaanku ma guulaysan
auth-starting = Waxaan diyaarinayaa gelitaanka…
auth-opened = Biraawsarku wuu furmay. Kadib halkan ku soo noqo.
auth-not-opened = Biraawsarku ma furmin. Ciwaankan ku fur biraawsar ku jira kumbuyuutarkan:
auth-no-browser = Ciwaankan ku fur biraawsar ku jira kumbuyuutarkan:
auth-no-display = Halkan ma jiro biraawsar garaafik ah. Ciwaankan ku fur biraawsar ku jira kumbuyuutarkan, tusaale ahaan biraawsar qoraal ah:
auth-ssh = Kumbuyuutarkan waxaad ku xiran tahay meel fog (SSH). Laba siyaabood: ciwaanka ku fur biraawsar ku jira kumbuyuutarkan; ama, kumbuyuutarkaaga, qor amarka hoose, kadibna ciwaanka ku fur biraawsarkaaga.
auth-in-browser = Biraawsarka gudihiisa: dooro { $idp }, qor magacaaga isticmaale iyo erayga sirta ah, kadibna « Se connecter ».
auth-timed-out = Waqtigii la qorsheeyay wuu dhaafay, laakiin weli waad ku dhammayn kartaa biraawsarka. Haddii aad u baahan tahay waqti dheeri ah, dooro “Waqti dheeri ah”.
auth-checking = Biraawsarku wuu soo noqday. Waxaan hubinayaa aqoonsigaaga…
auth-note = FranceConnect wuxuu aqoonsigaaga ka raadin doonaa diiwaanka qaranka. Haddii lambarkaagu ku meel gaar yahay, lama heli doono.
auth-note-register = Sababta ugu badan: weli ma haysatid lambarka caymiska bulshada oo joogto ah. Waxaad hubin kartaa lambarkaaga: dooro “Hubi lambarkayga caymiska bulshada”.
help-auth = Biraawsarku wuxuu muujiyaa boggaga FranceConnect. Haddii aanu waxba furmin, koobiyee ciwaanka muuqda. Waxaad codsan kartaa waqti dheeri ah inta jeer ee aad u baahato.
help-auth-failed = Doorasho kastaa waxay sheegtaa waxa ay qabato. “Isku day mar kale” wuxuu mar kale furaa biraawsarka. Si aad u fahanto bog khalad oo FranceConnect ah, qor koodkiisa. Si aad ugu qorto FranceConnect: badhanka « Contactez-nous » ee boggiisa khaladka, ama bogga aide.franceconnect.gouv.fr.
choice-reopen = Mar kale fur biraawsarka
choice-more-time = Waqti dheeri ah ({ $minutes ->
        [one] { $minutes } daqiiqo oo kale
       *[other] { $minutes } daqiiqo oo kale
    })
notice-more-time = Hagaag: { $minutes ->
        [one] { $minutes } daqiiqo oo kale.
       *[other] { $minutes } daqiiqo oo kale.
    }
notice-more-time-until = Hagaag: { $minutes ->
        [one] { $minutes } daqiiqo oo kale
       *[other] { $minutes } daqiiqo oo kale
    }, ilaa { $time }.
notice-reopened = Biraawsarku mar kale ayuu ka furmay bogga gelitaanka.
notice-not-reopened = Biraawsarku ma furmin. Adigu fur ciwaanka.
choice-cancel = Jooji oo ku noqo doorashada akoonka
choice-retry = Isku day mar kale
choice-other-idp = Dooro akoon kale
choice-read-code = Qor koodka bogga khaladka ee FranceConnect
choice-code-again = Qor kood kale
code-title = Maxay ku qornayd bogga FranceConnect?
code-body = Haddii boggu lahaa « Une erreur s’est produite », qor koodka ku qoran « Erreur » kadib (tusaale ahaan Y010008). Haddii aanu kood jirin, riix Enter keliya.
code-input = Koodka bogga (tusaale ahaan Y010008). Enter keliya: kood ma jiro.
code-read = Koodka { $code }:
code-note = Koodkani wuxuu ka caawiyaa taageerada FranceConnect iyo CPAM-kaaga inay fahmaan waxa dhacay. Qoro. Si aad ugu qorto FranceConnect: badhanka « Contactez-nous » ee boggiisa khaladka, ama bogga aide.franceconnect.gouv.fr.
help-code = Koodku wuxuu ku yaal bogga khaladka ee FranceConnect, erayga « Erreur » kadib. Wuxuu ka bilaabmaa Y, waxaana ku xiga ugu yaraan 6 tiro ama xaraf (tusaale Y010008 ama Y04EA6EF). Waxba oo aad qorto meelna looma diro.
code-y010008 = FranceConnect kama helin aqoonsigaaga diiwaanka qaranka (RNIPP). Eeddaadu ma aha.
code-y010008-next = Sababta ugu badan: weli ma haysatid lambarka caymiska bulshada oo joogto ah (lambar ku meel gaar ah oo ka bilaabma 7 ama 8, ama fayl weli socda). Weydii CPAM-kaaga halka uu marayo lambarkaaga joogtada ahi. Inta aad sugayso, isticmaal akoonka gaarka ah ee bogga. Haddii lambarkaagu hore u ahaa joogto, la xiriir FranceConnect adigoo wata koodkan.
code-y010004 = Diiwaanka qaranku wuxuu helay aqoonsi u dhow kan akoonkaaga, laakiin aan ku filnayn.
code-y010004-next = Xogta aqoonsigaagu way ku kala duwan tahay akoonkaaga iyo diiwaanka (magaca, magacyada hore, taariikhda ama goobta dhalashada). La xiriir FranceConnect adigoo wata koodkan si loo saxo.
code-y010006 = Diiwaanka qaranku wuxuu kuu helay dhowr aqoonsi oo suurtogal ah.
code-y010006-next = Xogtaada waa in la saxo. La xiriir FranceConnect adigoo wata koodkan.
code-y010007 = Diiwaanka qaranku wuxuu kugu helay oo keliya magaca aad isticmaasho (tusaale ahaan magaca ninkaaga ama xaaskaaga).
code-y010007-next = Xogtaada waa in la saxo. La xiriir FranceConnect adigoo wata koodkan.
code-register-technical = Diiwaanka qaranku ma awoodin inuu jawaabo: waa dhibaato farsamo, eeddaadu ma aha.
code-register-technical-next = Mar dambe isku day. Haddii ay sii socoto, la xiriir FranceConnect adigoo wata koodkan.
code-y010015 = Diiwaanka qaranku hadda kadib ma oggola gelitaanka aqoonsigan.
code-y010015-next = La xiriir FranceConnect adigoo wata koodkan: kooxdu waxay kula eegi doontaa xaaladdaada.
code-y030007 = Codsiga uu adeeggu soo diray ma ahayn mid sax ah. Eeddaadu ma aha.
code-y030007-next = Waa dhibaato ku jirta habaynta adeegga (ama caawiyahan). U sheeg adeegga adigoo wata koodkan.
code-y190001 = Waqtigii fadhiga wuu dhammaaday ama mar dambe ma shaqaynayo: gelitaanku waqti badan ayuu qaatay, ama boggu muddo dheer ayuu furnaa.
code-y190001-next = Xir tab-ka FranceConnect, kadib dib u bilow: dooro Isku day mar kale.
code-unknown = Ma aqaan koodkan.
code-unknown-next = Ka hubi bogga (Y oo ay ku xigaan ugu yaraan 6 tiro ama xaraf). Haddii uu sax yahay, la xiriir FranceConnect adigoo wata koodkan.
code-none = Boggu kood ma muujin: malaha dib ayaad u noqotay intaadan gelin.
code-none-next = Mar kale isku day, ama dooro akoon kale.

## Step 5: confirm

confirm-title = Hubi aqoonsigaaga
confirm-body = Hubi in aqoonsigan uu yahay kaaga.
confirm-given = Magacyada hore: { $value }
confirm-family = Magaca qoyska ee dhalashada: { $value }
confirm-birthdate = Taariikhda dhalashada: { $value }
months = Janaayo, Febraayo, Maarso, Abriil, Maajo, Juun, Luulyo, Agoosto, Sebteembar, Oktoobar, Nofeembar, Diseembar
confirm-birthplace = Goobta dhalashada: koodka degmada { $code }
confirm-born-abroad = Goobta dhalashada: dibadda Faransiiska (dalka { $country })
confirm-continue = Bogga dhabta ah, boggan ugu dambeeya wuxuu muujiyaa magacyadaada iyo badhan buluug ah. Hagayaashii hore waxay ugu yeeraan « Bienvenue ».
confirm-consent = Adeegyada qaarkood marka hore waxay kaa codsadaan inaad calaamadiso sanduuq.
confirm-wrong = Adiga ma tihid? Dooro “Aniga ma ihi”: aqoonsiga waa la tirtirayaa.
confirm-note = Aqoonsigan wuxuu ka yimid diiwaanka qaranka, iyadoo la adeegsanayo lambarkaaga caymiska bulshada ee joogtada ah.
help-confirm = Eeg sadar kasta. Haddii wax walba sax yihiin, xaqiiji. Waxba laguma kaydiyo kumbuyuutarkan. Xog baa khaldan? La xiriir hay'adda akoonka aad isticmaashay. FranceConnect wuxuu kuu soo diraa iimayl oo keliya marka gelitaan u muuqdo mid aan caadi ahayn.
choice-confirm-yes = Haa, waa aniga
choice-not-me = Aniga ma ihi

## Step 6: done

done-title = Waxaad ku gashay FranceConnect
done-title-logged-out = Waad ka baxday FranceConnect
done-connected = Gelitaanka waa la xaqiijiyay.
done-logged-out = Waad ka baxday FranceConnect.
done-services = Adeegyada aqbala FranceConnect waxay ku qoran yihiin halkan:
done-help = Caawimaad ma u baahan tahay? Xafiis France Services oo kuu dhow ayaa ku caawin kara.
done-note = Hayso lambarkaaga caymiska bulshada ee joogtada ah: waxaa loo baahan yahay mar kasta oo aad gasho.
help-done = “Dhammee” wuxuu xiraa caawiyaha. “Ka bax FranceConnect” wuxuu kaloo xiraa fadhiga FranceConnect ee biraawsarka. Caawimaad ma u baahan tahay? Xafiis France Services oo kuu dhow ayaa ku caawin kara.
choice-finish = Dhammee
choice-logout = Ka bax FranceConnect
end-connected = Dhammaadka caawiyaha: waad gashay.
end-failed = Dhammaadka caawiyaha: gelitaanku ma guulaysan.
end-cancelled = Dhammaadka caawiyaha.
