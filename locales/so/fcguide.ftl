language-name = Soomaali
language-name-en = Somali
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = weli ma eegin qof uu af hooyo u yahay
language-no-voice = ma jiro cod kor u akhriya

## Around every step

progress = Tallaabo { $step } ee { $total }
practice-mark = Tababar: bixiye tijaabo ah, ma aha kan dhabta ah ee FranceConnect
note-label = Muhiim:
help-label = Caawimaad:
french-label = Af Faransiis:
keys-tui = Falaarta ama lambar: dooro · Enter: xaqiiji · Esc: dib u noqo · ?: caawimaad · L: luqad · B: laba luqadood · F: kala beddel · Q: xir
keys-input = Enter: xaqiiji · Esc: dib u noqo · F1: caawimaad
keys-input-nir = Enter: hubi · Esc: dib u noqo · F1: caawimaad · F2: muuji ama qari tirooyinka
keys-plain = Qor lambar, kadib Enter. Enter keliya: doorashada la soo jeediyay. Eber: dib u noqo. h: caawimaad. l: luqad. q: xir.
keys-short = ?: caawimaad · Q: xir
prompt = Doorasho
prompt-default = Enter keliya: { $choice }
still-waiting = Weli waxaan sugayaa jawaabta biraawsarka. Waxaad ku sii wadi kartaa biraawsarka, ama qor doorasho.
too-small = Daaqaddu aad bay u yar tahay. Weynee, ama kici fcguide --plain.
connected-mark = [FranceConnect ✓] Waad gashay
help-keys = Furayaasha: Enter wuxuu qaataa doorashada la soo jeediyay. Esc, Backspace ama eber dib ayay kuu celiyaan. L wuxuu beddelaa luqadda adigoo aan lumin meeshii aad gaartay. B wuxuu muujiyaa luqad labaad oo ku hoos qoran qoraal kasta; F wuu kala beddelaa labada luqadood. V wuxuu kor u akhriyaa tallaabooyinka, ama joojiyaa codka. Habka sadar-sadarka ah: h waa caawimaad; b, f iyo v waa sida furayaashan.
help-practice = Tababar: halkan bixiyuhu waa bixiye tijaabo ah oo ku jira kumbuyuutarkan, ma aha FranceConnect-ka dhabta ah. Waxba looma diro dowladda.
speech-on = Kor u akhris: shidan.
speech-off = Kor u akhris: demsan.
speech-unavailable = Barnaamij kor u akhris ah lama rakibin (spd-say ama espeak-ng): caawiyuhu cod la'aan ayuu ku sii socdaa.

## Words of the real site

fr-words-button = Ku gal FranceConnect
fr-words-choose = Dooro akoon aad ku gasho:
fr-words-login = Soo gal
fr-words-as = Waxaad ku soo geli doontaa magaca:
fr-words-continue = Ku sii wad { $service }
fr-words-consent = Waan oggolahay in FranceConnect xogtayda u diro adeegga si aan u soo galo
fr-words-error = Khalad ayaa dhacay
fr-words-code = Khalad Y010008
fr-words-what-to-do = Maxaa la sameeyaa?
fr-words-back = Ku noqo { $service }

## Step 1: language

language-title = Dooro luqaddaada
language-body = Caawiyuhu wuxuu ku hadlaa luqaddaada. Wuxuu kaloo ku tusaa erayada Faransiiska ah ee aad ku arki doonto bogga dhabta ah.
language-note = FranceConnect wuxuu u baahan yahay lambarka caymiska bulshada Faransiiska oo joogto ah. Waan kuu sharxi doonnaa.
help-language = Dooro luqadda aad sida ugu fiican u akhriso. Waad beddeli kartaa wakhti kasta adigoo riixaya furaha L. Waxaad kaloo qori kartaa bilowga magaca luqad si aad u hesho.

## Step 2: welcome and prerequisite

welcome-title = Waa maxay FranceConnect?
welcome-what = FranceConnect waa bilaash: hal akoon oo lagu galo adeegyo dowladeed oo badan oo internetka ah (canshuur, caafimaad, shaqo la'aan…).
welcome-need = Waxaad u baahan tahay lambarka caymiska bulshada oo joogto ah: FranceConnect wuxuu aqoonsigaaga ka hubiyaa diiwaanka qaranka (RNIPP).
welcome-where = Lambarkani wuxuu leeyahay 15 tiro: wuxuu ku qoran yahay carte Vitale-kaaga iyo warqadda xuquuqda (attestation de droits).
welcome-without = Weli lambar ma lihid, mise lambar ku meel gaar ah (ku bilaabma 7 ama 8)? FranceConnect weli ma shaqayn doono: weydii CPAM-kaaga. Inta aad sugayso, isticmaal akoonka gaarka ah ee bogga.
welcome-note = La'aanta lambarka caymiska bulshada oo joogto ah, gelitaanku wuu fashilmaa. Lambar ku meel gaar ah (oo ka bilaabma 7 ama 8) kuma filna.
help-welcome = “Sii wad” wuxuu kuu gudbiyaa doorashada akoonka. Marka hore waxaad hubin kartaa qaabka lambarkaaga: hubintu waxay ka dhacdaa kumbuyuutarkan oo keliya, waxba lama diro, waxba lama kaydiyo.
choice-continue = Sii wad
choice-check-nir = Hubi lambarkayga caymiska bulshada
choice-check-again = Hubi lambar kale
choice-back = Dib u noqo
choice-quit = Xir

## Number check

nir-title = Hubi lambarkayga caymiska bulshada
nir-body = Qor 15-ka tiro, oo ay ku jiraan labada tiro ee hubinta ee dhammaadka. Lambarku wuxuu ku jiraa kumbuyuutarkan oo keliya: lama diro, lama kaydiyo, waana la tirtiraa hubinta kadib.
nir-input = Lambarka caymiska bulshada (15 tiro). Enter keliya: ka bood.
nir-show-digits = s kadib Enter: muuji tirooyinka
nir-read-back = Waxaad qortay: { $number }
nir-permanent = Lambarkani si sax ah ayuu u qoran yahay, waana joogto. FranceConnect wuu shaqayn karaa.
nir-permanent-abroad = Lambarkani si sax ah ayuu u qoran yahay, waana joogto (qof ku dhashay dibadda Faransiiska). FranceConnect wuu shaqayn karaa.
nir-temporary = Kani waa lambar ku meel gaar ah: wuxuu ka bilaabmaa 7 ama 8. FranceConnect kuma shaqayn doono lambarkan. Weydii CPAM-kaaga lambarkaaga joogtada ah.
nir-wrong-key = Labada tiro ee hubinta (labada ugu dambeeya) kuma habboona inta kale ee lambarka. Hubi tiro kasta oo ku qoran carte Vitale-kaaga.
nir-missing-key = Labada tiro ee hubinta way maqan yihiin: ku dar labada tiro ee ugu dambeeya (waxay ku qoran yihiin carte Vitale-kaaga, 13-ka hore kadib).
nir-malformed = Kani ma laha qaabka lambarka caymiska bulshada. Waa in uu ahaadaa 15 xaraf; kan ugu horreeya waa 1 ama 2 (7 ama 8 haddii uu yahay lambar ku meel gaar ah).
nir-note = Lambarka joogtada ahi wuxuu ka bilaabmaa 1 ama 2. Waa kan uu diiwaanka qaranku yaqaan.
nir-note-temporary = Haddii lambarkaagu ku meel gaar yahay, FranceConnect wuxuu muujin doonaa bog « Une erreur s’est produite » oo leh « Erreur Y010008 ». Eeddaadu ma aha: waa in aad sugto lambarka joogtada ah.
help-nir = Hubintu waxay eegtaa oo keliya qaabka lambarka iyo labadiisa tiro ee hubinta. Ma sheegto in diiwaanku horeba ku yaqaan iyo in kale.

## Step 3: choose an identity provider

idp-title = Dooro akoon
idp-body = Waa in aad hore akoon ugu lahayd mid ka mid ah boggagan. Mid dooro.
idp-after-not-me = Waxaad sheegtay in aqoonsiga lagu tusay aanu adiga ahayn. Waa la tirtiray. Dooro akoon kale, ama weydii caawimaad.
idp-note = Waxa muhiimka ah: aqoonsigaagu waa in uu ku jiraa diiwaanka qaranka. Waxaa lagu galaa lambarka caymiska bulshada oo joogto ah.
help-idp = Dooro bogga aad hore ugu lahayd magac isticmaale iyo erayga sirta ah. Haddii aadan midna lahayn, kan ugu fudud badanaa waa ameli.fr (Caymiska Caafimaadka) ama impots.gouv.fr. Ma tahay shaqaale xirfadle ah oo caawinaya qofkan? Weligaa ha u qorin qofka erayga sirta ah: qofka laftiisa ayaa qoraya. Si aad magaciisa wax ugu qabato, waxaa jira Aidants Connect.
idp-impots-who = Qof kasta oo dakhligiisa ku cadeeya Faransiiska. Waxaad u baahan tahay lambarka canshuuraha.
idp-ameli-who = Qof kasta oo leh Caymiska Caafimaadka Faransiiska. Waxaad u baahan tahay lambarka caymiska bulshada.
idp-laposte-who = Qof kasta oo qaangaar ah oo haysta dukumenti aqoonsi oo Faransiis ah ama sharciga deganaanshaha. Waxaad u baahan tahay taleefan gacan.
idp-msa-who = Dadka ku caymisan Mutualité sociale agricole (dadka beeraha ka shaqeeya).
idp-france-identite-who = Dadka haysta kaarka aqoonsiga Faransiiska ee cusub iyo taleefan ku habboon.
idp-yris-who = Qof kasta oo qaangaar ah oo haysta dukumenti aqoonsi. Waxaad u baahan tahay taleefan gacan.
idp-trustme-who = Qof kasta oo qaangaar ah oo haysta dukumenti aqoonsi. Waxaad u baahan tahay taleefan gacan iyo barnaamijka TrustMe.

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

## Errors

error-code = Koodka la siinayo taageerada: { $code }
error-check = Hubin fashilantay: { $check }
error-config-client-id = Bixiyahan looma dejin aqoonsi adeeg (client id).
error-config-client-id-next = Ku bixi --client-id ama doorsoomaha FCGUIDE_CLIENT_ID, ama isticmaal bixiyaha tababarka.
error-config-secret = Sirta adeegga way maqan tahay.
error-config-secret-next = Ku rid doorsoomaha FCGUIDE_CLIENT_SECRET ama faylka habaynta (oo adiga keliya akhrin karto).
error-config-secret-file-open = Dad kale ayaa akhrin kara faylka sirta ({ $file }): waan diiday inaan isticmaalo.
error-config-secret-file-open-next = Ka dhig mid adiga keliya akhrin karto: chmod 600 { $file }
error-config-secret-file = Faylka sirta ({ $file }) lama akhrin karo.
error-config-secret-file-next = Hubi jidkiisa iyo oggolaanshihiisa.
error-config-redirect-uri = Ciwaanka soo noqoshada (--redirect-uri) ma ansaxsana.
error-config-redirect-uri-next = Waa in uu u eg yahay http://localhost:PORT/jid ama http://127.0.0.1:PORT/jid, sida saxda ah ee loo diiwaangeliyay.
error-config-redirect-required = FranceConnect wuxuu u baahan yahay ciwaanka soo noqoshada ee loo diiwaangeliyay adeeggan (--redirect-uri).
error-config-redirect-required-next = FranceConnect wuxuu aqbalaa oo keliya ciwaanka saxda ah ee la diiwaangeliyay. Diiwaangeli ciwaan kumbuyuutarkan ah oo leh port go'an, tusaale ahaan http://localhost:8400/callback, kadibna ku bixi --redirect-uri.
error-config-issuer = Ciwaanka bixiyaha ma ansaxsana.
error-config-issuer-next = Bixi ciwaan https ah oo dhammaystiran, ama dooro bixiye horay loo diyaariyay.
error-unreachable = Bixiyuhu ma jawaabayo.
error-unreachable-next = Hubi xiriirka internetka, kadibna isku day mar kale. Haddii aanad internet haysan, isticmaal bixiyaha tababarka.
error-discovery = Bixiyuhu wuxuu bixiyay habayn aan la akhrin karin ama aan isaga lahayn.
error-discovery-next = Hubi ciwaanka bixiyaha. Haddii uu sax yahay, mar dambe isku day.
error-insecure = Ciwaanka bixiyaha ma ilaaliyo sirta xogta (http).
error-insecure-next = Isticmaal ciwaan https ah. http waxaa loo oggol yahay oo keliya kumbuyuutarkan (127.0.0.1).
error-identity-not-found = FranceConnect kama helin aqoonsigaaga diiwaanka qaranka.
error-identity-not-found-next = Sababta ugu badan: lambarka caymiska bulshada oo ku meel gaar ah, ama weli lambar joogto ah ma jiro. Weydii CPAM-kaaga. Haddii lambarkaagu joogto yahay, la xiriir FranceConnect adigoo wata koodka hoose.
error-access-denied = Gelitaanku ma guulaysan: FranceConnect wax aqoonsi ah ma soo celin.
error-access-denied-next = Tani waxay dhacdaa marka aad dib u noqotay, ama marka FranceConnect muujiyay bog khalad (« Une erreur s’est produite »). Haddii boggu muujiyay « Erreur » oo kood ku xigo, dooro inaad qorto koodkaas: waan kuu sharxi doonaa.
error-invalid-idp-hint = Akoonkan halkan lagama dooran karo adeeggan.
error-invalid-idp-hint-next = Dooro akoon kale, ama isku day mar kale: doorashadu markaas waxay ka dhici doontaa biraawsarka.
error-invalid-request = Bixiyuhu wuu diiday codsiga.
error-invalid-request-next = Waa dhibaato ku jirta habaynta adeegga, ma aha akoonkaaga. Mar dambe isku day ama soo sheeg.
error-server-error = Bixiyuhu wuxuu la kulmay dhibaato farsamo.
error-server-error-next = Xir tab-ka biraawsarka oo isku day mar kale. Haddii bogga FranceConnect muujiyay « Erreur » oo kood ku xigo, dooro inaad qorto koodkaas: waan kuu sharxi doonaa.
error-temporarily-unavailable = Bixiyuhu hadda lama heli karo.
error-temporarily-unavailable-next = Isku day dhowr daqiiqo kadib. Haddii bogga FranceConnect muujiyay « Erreur » oo kood ku xigo, dooro inaad qorto koodkaas: waan kuu sharxi doonaa.
error-refused = Bixiyuhu wuu diiday gelitaanka.
error-refused-next = Isku day mar kale, ama dooro akoon kale.
error-callback-issuer = Jawaabtu kama iman bixiyihii la filayay. Waan diiday.
error-callback-issuer-next = Xir tab-yada kale ee gelitaanka oo isku day mar kale.
error-callback-issuer-missing = Jawaabtu ma sheegayso bixiyaha ay ka timid, inkastoo bixiyahani had iyo jeer sheego. Waan diiday.
error-callback-issuer-missing-next = Xir tab-yada kale ee gelitaanka oo isku day mar kale.
error-missing-code = Biraawsarku wuxuu soo noqday isagoo aan wadan jawaab la isticmaali karo.
error-missing-code-next = Isku day mar kale.
error-port-in-use = Port-ka soo noqoshada { $port } hore ayaa loo qaatay kumbuyuutarkan.
error-port-in-use-next = Xir barnaamijka isticmaalaya, ama dooro ciwaan soo noqosho oo kale oo la diiwaangeliyay.
error-listener = Kumbuyuutarkan kuma sugi karin soo noqoshada biraawsarka.
error-listener-next = Isku day mar kale. Haddii ay sii socoto, dib u shid kumbuyuutarka.
error-timeout = Biraawsarku waqtigii kuma soo noqon.
error-timeout-next = Isku day mar kale: gelitaan cusub ayaa bilaabmi doona.
error-token-endpoint = Bixiyuhu ma xaqiijin gelitaanka.
error-token-endpoint-next = Isla markiiba isku day: jawaabta biraawsarku waxay shaqaysaa dhowr ilbiriqsi oo keliya.
error-id-token = Caddaynta aqoonsiga ee bixiyuhu soo diray ma ansaxsana. Waan diiday.
error-id-token-next = Wax aqoonsi ah lama muujin. Isku day mar kale; haddii ay sii socoto, bixiyaha waa in la soo sheego.
error-userinfo = Xogta aqoonsiga ee bixiyuhu soo diray ma ansaxsana. Waan diiday.
error-userinfo-next = Wax aqoonsi ah lama muujin. Isku day mar kale; haddii ay sii socoto, bixiyaha waa in la soo sheego.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Waa dhammaatay. Waxaad xiri kartaa tab-kan oo ku noqon kartaa terminalka.
callback-failed = Gelitaanku ma guulaysan. Ku noqo terminalka: caawiyaha ayaa kuu sharxaya waxa la sameeyo.
callback-refused = Jawaabtani kuma habboona gelitaanka socda. Ku noqo terminalka.
logout-done = Waad ka baxday. Waxaad xiri kartaa tab-kan oo ku noqon kartaa terminalka.

## Practice provider pages

practice-banner = Tababar: kani ma aha FranceConnect-ka dhabta ah. Waxba looma diro dowladda.
practice-choose-doc-title = Gelitaan - Doorashada akoonka
practice-connecting = Gelitaanka { $service } ayaa socda
practice-choose-title = Dooro akoon aad ku gasho:
practice-aidants = Ma tahay caawiye xirfadle ah? Isticmaal Aidants Connect
practice-login-title = Gelitaanka { $idp }
practice-account = Akoon tababar
practice-username = Magaca isticmaalaha
practice-password = Erayga sirta ah
practice-login-button = Soo gal
practice-wrong-password = Magaca isticmaalaha ama erayga sirta ah waa khalad.
practice-continue-doc-title = Gelitaan - Ku sii wad adeegga { $service }
practice-as = Waxaad ku soo geli doontaa magaca:
practice-continue = Ku sii wad { $service }
practice-consent = Waan oggolahay in FranceConnect xogtayda u diro adeegga si aan u soo galo
practice-consent-missing = Fadlan calaamadee sanduuqa si aad u oggolaato gudbinta xogta
practice-error-doc-title = Khalad gelitaan
practice-back = Ku noqo { $service }
practice-error-title = Khalad ayaa dhacay
practice-error-code = Khalad { $code }
practice-error-body = Khalad ayaa dhacay, fadlan mar dambe isku day
practice-help-page = Fadlan eeg bogga caawimaadda FranceConnect.
practice-what-to-do = Maxaa la sameeyaa?
practice-contact = Nala soo xiriir
practice-logged-out = Waad ka baxday FranceConnect.
practice-not-found = Bogga lama helin
practice-account-typical = Qof weyn oo ku dhashay Faransiiska
practice-account-several = Dhowr magac oo hore
practice-account-abroad = Qof ku dhashay dibadda
practice-account-temporary = Lambarka caymiska bulshada oo ku meel gaar ah: gelitaanku wuu fashilmi doonaa

## Plain mode

plain-invalid = Ma fahmin. Qor lambar u dhexeeya 1 iyo { $max }, ama Enter keliya.
input-hidden = Waxa aad qorto ma muuqdaan.
choice-default = kan caadiga ah

## Command line

cli-see-help = Eeg: fcguide --help
cli-missing-value = Qiime ayaa ka maqan { $word } kadib.
cli-unknown-option = Ikhtiyaar aan la aqoon: { $word }
cli-bad-port = Port aan sax ahayn: { $word }
cli-bad-wait = Muddo aan sax ahayn (daqiiqado, 1 ilaa 1440): { $word }
cli-not-text = Doode (argument) ma aha qoraal la akhrin karo: { $word }
cli-switch-value = Ikhtiyaarkani qiime ma qaato: { $word }
cli-bad-rules = --rules wuxuu qaataa “franceconnect” (xeerarka madalka) ama “oidc” (OpenID Connect caadi ah): { $word }
cli-no-secret-option = Sirta weligeed laguma bixiyo khadka amarka ({ $word }): isticmaalayaasha kale ayaa akhrin kara. Isticmaal doorsoomaha FCGUIDE_CLIENT_SECRET ama faylka ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Bixiye aan la aqoon: { $word }. Dooro practice, franceconnect-sandbox, franceconnect-integration ama franceconnect, ama bixi --issuer.
cli-provider-and-issuer = Dooro --provider ama --issuer, labadaba ha dooran ({ $word }).
cli-unknown-language = Luqaddan lama heli karo: { $word }. Eeg: fcguide --list-languages
cli-practice-port = Port-ka { $word } hore ayaa loo qaatay. Mid kale ku dooro --port, ama ha isticmaalin --port.
cli-practice-started = Bixiyaha tababarka wuu bilaabmay (kumbuyuutarkan oo keliya). Ctrl-C ayaa joojiya.
cli-bad-bidi = --bidi wuxuu qaataa “program” (caawiyaha ayaa habeeya qoraalka midig-ilaa-bidix) ama “terminal” (terminalka ayaa sameeya): { $word }
cli-bad-format = --format wuxuu qaataa “html” (bog la daabaco) ama “text” (qoraal fudud): { $word }
cli-help =
    fcguide: ku gal FranceConnect, tallaabo tallaabo, luqaddaada.

    Isticmaalka:
      fcguide [ikhtiyaarro]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LUQAD] [--second-lang LUQAD|none]
    {"                ["}--format html|text]

    Ikhtiyaarro:
      --plain               hab sadar-sadar ah (akhriyeyaasha shaashadda, terminaal fudud)
      --lang LUQAD          luqadda (fr, uk, en…); eeg --list-languages
      --provider MAGAC      practice (caadi), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          bixiye kale oo OpenID Connect ah
      --client-id ID        aqoonsiga adeegga (ama FCGUIDE_CLIENT_ID)
      --redirect-uri URL    ciwaanka soo noqoshada ee la diiwaangeliyay
                            (http://localhost:PORT/jid), waajib la FranceConnect
      --rules MAGAC         franceconnect (xeerarka madalka, caadi u ah
                            deegaannadiisa) ama oidc (caadi la --issuer)
      --scopes "…"          xogta la codsado (caadi: aqoonsiga pivot iyo iimaylka)
      --idp-hint ID         aqoonsiga bixiye aqoonsi oo uu madalku siiyay
                            adeeggan (loo diro sida idp_hint)
      --no-browser          ha furin biraawsarka: muuji ciwaanka
      --wait DAQIIQADO      sugitaanka biraawsarka ka hor intaan la weydiin
                            (caadi 5, 1 ilaa 1440)
      --bidi terminal       terminalka ha habeeyo qoraalka midig-ilaa-bidix
      --high-contrast       muuqaal kala-duwanaan sare leh
      --second-lang LUQAD   luqadda labaad ee muuqaalka laba-luqadeedka
                            (caadi: Faransiis)
      --speak               kor u akhri tallaabooyinka (spd-say ama espeak-ng)
      --list-languages      luqadaha la heli karo
      --help, --version

    Sirta adeegga waxay ka timaadaa FCGUIDE_CLIENT_SECRET ama faylka
    ~/.config/fcguide/client_secret (adiga keliya akhrin karto),
    marna kama timaaddo khadka amarka.
    fcguide sheet wuxuu qoraa warqadda tallaabooyinka ee la daabaco
    (html, caadi) ama qoraal fudud.
    Koodadka ka bixitaanka: 0 la galay, 1 fashil, 2 khalad isticmaal, 3 la joojiyay.
more-below = ↓ Inta kale waa hoos: furaha Page Down.
more-above = ↑ Bilowgu waa kor: furaha Page Up.
more-choices = ↕ Doorashooyin kale ayaa qarsoon: furayaasha falaarta.

## Printable sheet

sheet-title = FranceConnect, tallaabo tallaabo
sheet-intro = Boggaga FranceConnect waa af Faransiis oo keliya. Halkan waa erayadooda saxda ah, iyo turjumaaddooda. Weligaa halkan ha ku qorin erayadaada sirta ah.
sheet-bring-title = Waxa aad sii qaadanayso
sheet-bring-card = Carte Vitale-kaaga ama warqadda xuquuqda ee Caymiska Caafimaadka (attestation de droits).
sheet-bring-account = Magaca isticmaalaha iyo erayga sirta ah ee akoonkaaga ku jira mid ka mid ah boggagan:
sheet-bring-email = Inaad furi karto iimaylkaaga: bogga akoonkaagu halkaas ayuu kuu soo qori karaa.
sheet-steps-title = Tallaabooyinka
sheet-step-start-title = Bogga adeegga
sheet-step-start = Raadi badhankan buluugga ah oo guji:
sheet-step-login = Bogga akoonka aad dooratay, adigu qor magacaaga isticmaale iyo erayga sirta ah, kadibna guji:
sheet-codes-title = Haddii FranceConnect muujiyo khalad
sheet-codes-intro = Qor koodka ku qoran « Erreur » kadib, oo sii marka aad caawimaad weydiisanayso. Macnihiisa:
sheet-help-title = Halka laga helo caawimaad
sheet-help-cpam = Xafiiskaaga Caymiska Caafimaadka (CPAM): haddii lambarkaagu ka bilaabmo 7 ama 8, ama haddii faylkaagu weli socdo.
sheet-help-contact = FranceConnect: linkiga « Contactez-nous » (Nala soo xiriir) ee boggiisa khaladka. Sii koodka khaladka.
sheet-helper-title = Qofka caawinaya
sheet-helper-password = Weligaa ha qorin erayga sirta ah ee qofka, xitaa si aad u caawiso: qofka laftiisa ayaa qoraya.
sheet-helper-aidants = Si uu magaca qofka wax ugu qabto, xirfadle tababaran wuxuu isticmaalaa Aidants Connect, isagoo haysta wakaalad uu qofku saxiixay:
sheet-words-aidants = Ma tahay caawiye xirfadle ah? Isticmaal Aidants Connect
