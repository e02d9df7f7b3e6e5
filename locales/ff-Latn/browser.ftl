## Step 4: authenticate in the browser

auth-title = Naatu e navigateur oo
auth-failed-title = Naatgol ngol waawaaki
auth-starting = Miɗo moƴƴina naatgol ngol…
auth-opened = Navigateur oo udditiima. Rutto ɗoo caggal ɗum.
auth-not-opened = Navigateur oo udditaaki. Uddit ndee adires e navigateur e ndee ordinateur:
auth-no-browser = Uddit ndee adires e navigateur e ndee ordinateur:
auth-no-display = Alaa navigateur graafik ɗoo. Uddit ndee adires e navigateur e ndee ordinateur, yeru navigateur binndi:
auth-ssh = Aɗa naatii e ndee ordinateur gila e woɗɗaandi (SSH). Laabi ɗiɗi: uddit adires ndee e navigateur e ndee ordinateur; walla, e ordinateur maa e hoore maa, winndu yamiroore les ɗoo, nden uddit adires ndee e navigateur maa.
auth-in-browser = E navigateur oo: suɓo { $idp }, winndu innde kuutoro maa e finnde maa, nden « Se connecter ».
auth-timed-out = Sahaa faddugol ngal ɓennii, kono aɗa waawi tawo timminde e navigateur oo. So aɗa sokli ɓeydude sahaa, suɓo “Ɓeydu sahaa”.
auth-checking = Navigateur oo arti. Miɗo ƴeewa idantite maa…
auth-note = FranceConnect ina yiyloo idantite maa e deftere leydi ndee. E limoore ɓooyataa, nde yiytetaake.
auth-note-register = Sabaabu ɓurngu heewde: a jogaaki tawo limoore sekirite sosiyal duumiinde. Aɗa waawi ƴeewtaade limoore maa: suɓo “Ƴeewto limoore sekirite sosiyal am”.
help-auth = Navigateur oo ina hollita kelle FranceConnect. So hay huunde udditaaki, natto adires hollaande ndee. Aɗa waawi ɗaɓɓude ɓeydude sahaa laabi fof ɗi aɗa sokli.
help-auth-failed = Suɓaande kala ina wiya ko ɗum waɗata. Eto kadi ina uddita navigateur oo kadi. Ngam faamude hello juumre FranceConnect, winndu kod mum. Ngam winndaade FranceConnect: butoŋ « Contactez-nous » e hello juumre mum, walla site aide.franceconnect.gouv.fr.
choice-reopen = Uddit navigateur oo kadi
choice-more-time = Ɓeydu sahaa ({ $minutes ->
        [one] { $minutes } hojom
       *[other] { $minutes } hojomaaji
    })
notice-more-time = Moƴƴii: { $minutes ->
        [one] { $minutes } hojom ɓeydaama.
       *[other] { $minutes } hojomaaji ɓeydaama.
    }
notice-more-time-until = Moƴƴii: { $minutes ->
        [one] { $minutes } hojom ɓeydaama
       *[other] { $minutes } hojomaaji ɓeydaama
    }, haa { $time }.
notice-reopened = Navigateur oo udditiima kadi e hello naatgol.
notice-not-reopened = Navigateur oo udditaaki. Uddit adires ndee e hoore maa.
choice-cancel = Haaytu, rutto e suɓaade konte
choice-retry = Eto kadi
choice-other-idp = Suɓo konte goo
choice-read-code = Winndu kod hello juumre FranceConnect
choice-code-again = Winndu kod goo
code-title = Ko honɗun hello FranceConnect ngoo wi'unoo?
code-body = So hello ngoo wiino « Une erreur s’est produite », winndu kod winndaaɗo caggal « Erreur » (yeru Y010008). So kod alaa, tappu Enter tan.
code-input = Kod hello ngoo (yeru Y010008). Enter tan: kod alaa.
code-read = Kod { $code }:
code-note = Kod oo ina walla ballotooɓe FranceConnect e CPAM maa faamude ko waɗi. Winndu mo. Ngam winndaade FranceConnect: butoŋ « Contactez-nous » e hello juumre mum, walla site aide.franceconnect.gouv.fr.
help-code = Kod oo ina woni e hello juumre FranceConnect, caggal konngol « Erreur ». Omo fuɗɗoroo Y, caggal mum limooje walla alkulaaji 6 walla ɓuri (yeru Y010008 walla Y04EA6EF). Hay huunde ko winndataa neldetaake.
code-y010008 = FranceConnect yiytaani idantite maa e deftere leydi ndee (RNIPP). Ɗum wonaa juumre maa.
code-y010008-next = Sabaabu ɓurngu heewde: a jogaaki tawo limoore sekirite sosiyal duumiinde (limoore ɓooyataa, fuɗɗoriinde 7 walla 8, walla dosiyee timmaani). Naamno CPAM maa ɗo limoore maa duumiinde yottii. Nde aɗa fadi, huutoro konte site oo e hoore mum. So limoore maa ko duumiinde kisa, jokkondir e FranceConnect e kod oo.
code-y010004 = Deftere leydi ndee yiytii idantite ɓadiinde e nde konte maa, kono nde ɓadaani no yonri.
code-y010004-next = Humpitooji idantite maa ceerii hakkunde konte maa e deftere ndee (innde, inɗe, ñalnde walla nokku jibinannde). Jokkondir e FranceConnect e kod oo ngam ɗe peewna.
code-y010006 = Deftere leydi ndee yiytii idantite ɗuuɗuɗe ɗe mbaawi wonde maa.
code-y010006-next = Ko haani humpitooji maa peewne. Jokkondir e FranceConnect e kod oo.
code-y010007 = Deftere leydi ndee yiyti ma tan e innde nde huutortoɗaa (yeru innde joom suudu maa).
code-y010007-next = Ko haani humpitooji maa peewne. Jokkondir e FranceConnect e kod oo.
code-register-technical = Deftere leydi ndee waawaani jaabaade: ko caɗeele masiŋaaji, wonaa juumre maa.
code-register-technical-next = Eto kadi ɓaawo. So ɗum jokkii, jokkondir e FranceConnect e kod oo.
code-y010015 = Deftere leydi ndee jaɓataa kadi naatgol e ndee idantite.
code-y010015-next = Jokkondir e FranceConnect e kod oo: goomu ngun ƴeewdoto e maa ngonka maa.
code-y030007 = Ɗaɓɓaande nde carwol ngol neldi feewaani. Ɗum wonaa juumre maa.
code-y030007-next = Ko caɗeele moƴƴingol carwol ngol (walla ballotooɗo o). Anndin carwol ngol ɗum e kod oo.
code-y190001 = Sahaa naatgol ngol timmii walla moƴƴaani kadi: naatgol ngol ɓooyii no feewi, walla hello ngoo heddii udditiingo ɓooyii.
code-y190001-next = Uddu tabbere FranceConnect, nden fuɗɗito: suɓo Eto kadi.
code-unknown = Mi anndaa kod oo.
code-unknown-next = Ƴeewto mo e hello ngoo (Y, caggal mum limooje walla alkulaaji 6 walla ɓuri). So ko goonga, jokkondir e FranceConnect e kod oo.
code-none = Hello ngoo hollaani kod: ma a ruttiino caggal hade maa naatude.
code-none-next = Aɗa waawi etaade kadi, walla suɓaade konte goo.

## Step 5: confirm

confirm-title = Ƴeewto idantite maa
confirm-body = Ƴeewto si ndee idantite ko maa goonga.
confirm-given = Inɗe: { $value }
confirm-family = Innde jibinannde: { $value }
confirm-birthdate = Ñalnde jibinannde: { $value }
months = siilo, colte, mbooy, seeɗto, duujal, korse, morso, juko, siilto, yarkomaa, jolal, bowte
confirm-birthplace = Nokku jibinannde: kod komin { $code }
confirm-born-abroad = Nokku jibinannde: caggal Farayse (leydi { $country })
confirm-continue = E dow site goonga oo, ngoo hello sakket ina hollita inɗe maa e butoŋ bulo. Kaayitaaji ballal kiiɗɗi ina noddira ngoo « Bienvenue ».
confirm-consent = Carɗe goɗɗe ina ɗaɓɓa adde maantinde kaase.
confirm-wrong = Wonaa an? Suɓo “Wonaa min”: idantite ndee momtete.
confirm-note = Ndee idantite ummorii ko e deftere leydi ndee, ngam limoore sekirite sosiyal maa duumiinde.
help-confirm = Ƴeewto diidol kala. So fof ina feewi, jaɓu. Hay huunde danndetaake e ndee ordinateur. Humpito ina woodi ko feewaani? Jokkondir e biro konte ko huutoriɗaa. FranceConnect ina nelda maa iimeel tan so naatgol ina wayi no wonaa ko woowaa.
choice-confirm-yes = Eey, ko min
choice-not-me = Wonaa min

## Step 6: done

done-title = A naatii e FranceConnect
done-title-logged-out = A yaltii e FranceConnect
done-connected = Naatgol ngol tabbitii.
done-logged-out = A yaltii e FranceConnect.
done-services = Carɗe jaɓooje FranceConnect ina winndaa ɗoo:
done-help = Aɗa sokli ballal? Biro France Services ɓadiiɗo e maa ina waawi wallude maa.
done-note = Reen limoore sekirite sosiyal maa duumiinde: ina soklaa e naatgol kala.
help-done = Timmin ina udda ballotooɗo o. Yaltu ina udda kadi naatgol FranceConnect e navigateur oo. Aɗa sokli ballal? Biro France Services ɓadiiɗo e maa ina waawi wallude maa.
choice-finish = Timmin
choice-logout = Yaltu e FranceConnect
end-connected = Ballotooɗo o timmii: a naatii.
end-failed = Ballotooɗo o timmii: naatgol ngol waawaaki.
end-cancelled = Ballotooɗo o timmii.
