language-name = Pular
language-name-en = Pular (Fulfulde)
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = joom ɗemngal ƴeewtaaki ɗum tawo
language-no-voice = alaa daande ngam janngude

## Around every step

progress = Taabal { $step } e nder { $total }
practice-mark = Ekkitinol: rokkoowo ekkitinol, wonaa FranceConnect goonga
note-label = Ko himmi:
help-label = Ballal:
french-label = E Farayseere:
keys-tui = Flèches walla limoore: suɓo · Enter: jaɓu · Esc: rutto · ?: ballal · L: ɗemngal · B: ɗemɗe ɗiɗi · F: waylindir · Q: uddu
keys-input = Enter: jaɓu · Esc: rutto · F1: ballal
keys-input-nir = Enter: ƴeewto · Esc: rutto · F1: ballal · F2: hollu walla suuɗu limooje ɗee
keys-plain = Winndu limoore, nden Enter. Enter tan: suɓaande rokkaande. Sifiri: rutto. h: ballal. l: ɗemngal. q: uddu.
keys-short = ?: ballal · Q: uddu
prompt = Suɓaande
prompt-default = Enter tan: { $choice }
still-waiting = Miɗo fadi navigateur oo haa jooni. Aɗa waawi jokkude e navigateur oo, walla winndude suɓaande.
too-small = Henorde ndee ko tokooso. Mawnin nde, walla huɓɓu fcguide --plain.
connected-mark = [FranceConnect ✓] A naatii
help-keys = Butoŋ: Enter ina ƴetta suɓaande rokkaande. Esc, Backspace walla sifiri ina rutta ma caggal. L ina waylita ɗemngal tawa a waasaani ɗo njottiɗaa. B ina hollita ɗemngal ɗiɗaɓngal les binndi kala; F ina waylindira ɗemɗe ɗiɗi ɗee. V ina jannga taabe ɗee e daande, walla ina dartina daande ndee. E mbaadi diidol e diidol: h ngam ballal, b, f e v no ɗee butoŋ.
help-practice = Ekkitinol: ɗoo, rokkoowo oo ko rokkoowo ekkitinol e ndee ordinateur, wonaa FranceConnect goonga. Hay huunde neldetaake Laamu.
speech-on = Janngugol e daande: ina huuwa.
speech-off = Janngugol e daande: darii.
speech-unavailable = Alaa porogaram janngirde e daande e ndee ordinateur (spd-say walla espeak-ng): ballotooɗo o jokkay tawa alaa daande.

## Words of the real site

fr-words-button = Hollitu hoore maa e FranceConnect
fr-words-choose = Suɓo konte ngam naatude:
fr-words-login = Naatu
fr-words-as = A naatay ko e innde:
fr-words-continue = Jokku e { $service }
fr-words-consent = Miɗo jaɓi FranceConnect nelda humpitooji am e carwol ngol ngam mi naata
fr-words-error = Juumre waɗii
fr-words-code = Juumre Y010008
fr-words-what-to-do = Ko honɗun waɗetee?
fr-words-back = Rutto e { $service }

## Step 1: language

language-title = Suɓo ɗemngal maa
language-body = Ballotooɗo o ina haala ɗemngal maa. Omo hollita maa kadi konguɗi Farayseere ɗi yiyataa e dow site goonga oo.
language-note = FranceConnect ina sokli limoore sekirite sosiyal Farayse duumiinde. Min firtay ɗum.
help-language = Suɓo ɗemngal ngal aɗa ɓuri janngude. Aɗa waawi waylude ngal sahaa kala e butoŋ L. Aɗa waawi kadi winndude fuɗɗoode innde ɗemngal ngam yiytude ngal.

## Step 2: welcome and prerequisite

welcome-title = Ko honɗun woni FranceConnect?
welcome-what = FranceConnect ko e meere: konte gooto tan ngam carɗe laamu ɗuuɗuɗe e internet (lempooji, cellal, ɓolde golle…).
welcome-need = Aɗa sokli limoore sekirite sosiyal duumiinde: FranceConnect ina ƴeewa idantite maa e deftere leydi (RNIPP).
welcome-where = Ndee limoore ina jogii limooje 15: nde ina winndaa e carte Vitale maa e kaayit Assurance maladie (attestation de droits).
welcome-without = A alaa limoore tawo, walla ko limoore ɓooyataa (fuɗɗorde 7 walla 8)? FranceConnect huuwataa tawo: naamno CPAM maa. Nde aɗa fadi, huutoro konte site oo.
welcome-note = So a alaa limoore sekirite sosiyal duumiinde, naatgol ngol waawataa. Limoore ɓooyataa (fuɗɗoriinde 7 walla 8) yonaani.
help-welcome = Jokku ina yaara e suɓaade konte. Aɗa waawi adde ƴeewtaade mbaadi limoore maa: ƴeewtagol ngol ko e ndee ordinateur tan, hay huunde neldetaake, hay huunde danndetaake.
choice-continue = Jokku
choice-check-nir = Ƴeewto limoore sekirite sosiyal am
choice-check-again = Ƴeewto limoore goo
choice-back = Rutto
choice-quit = Uddu

## Number check

nir-title = Ƴeewto limoore sekirite sosiyal am
nir-body = Winndu limooje 15 ɗee, e limooje 2 kontorol ɗe sakket ɗee. Limoore ndee ina heddoo e ndee ordinateur tan: neldetaake, danndetaake, nde momtete caggal ƴeewtagol ngol.
nir-input = Limoore sekirite sosiyal (limooje 15). Enter tan: diwu.
nir-show-digits = s nden Enter: hollu limooje ɗee
nir-read-back = A winndii: { $number }
nir-permanent = Ndee limoore ina feewi, ko duumiinde. FranceConnect ina waawi huuwude.
nir-permanent-abroad = Ndee limoore ina feewi, ko duumiinde (neɗɗo jibinaaɗo caggal Farayse). FranceConnect ina waawi huuwude.
nir-temporary = Ɗum ko limoore ɓooyataa: ina fuɗɗoroo 7 walla 8. FranceConnect huuwataa e ndee limoore. Ɗaɓɓu CPAM maa limoore maa duumiinde.
nir-wrong-key = Limooje 2 kontorol ɗee (limooje 2 sakket ɗee) fotaani e limooje heddiiɗe ɗee. Ƴeewto limoore kala e carte Vitale maa.
nir-missing-key = Limooje 2 kontorol ɗee ina ŋakki: ɓeydu limooje 2 sakket ɗee (ɗe ina e carte Vitale maa, caggal limooje 13 arandeeje ɗee).
nir-malformed = Ɗum wonaa mbaadi limoore sekirite sosiyal. Ina sokli alkule 15; arandeere ndee ko 1 walla 2 (7 walla 8 so ko limoore ɓooyataa).
nir-note = Limoore duumiinde ina fuɗɗoroo 1 walla 2. Ko ndee deftere leydi ndee anndi.
nir-note-temporary = E limoore ɓooyataa, FranceConnect hollitay hello « Une erreur s’est produite » e « Erreur Y010008 ». Ɗum wonaa juumre maa: ko haani ko fadde limoore duumiinde.
help-nir = Ƴeewtagol ngol ina ƴeewa tan mbaadi limoore ndee e limooje 2 kontorol mayre. Ɗum hollataa si deftere ndee ina anndi ma kisa.

## Step 3: choose an identity provider

idp-title = Suɓo konte
idp-body = Ko haani a jogiima konte e gooto e ɗee site. Suɓo gooto.
idp-after-not-me = A wii idantite hollaande ndee wonaa maa. Nde momtaama. Suɓo konte goo, walla ɗaɓɓu ballal.
idp-note = Ko himmi: idantite maa ina haani wonde e deftere leydi ndee. Naatetee toon ko e limoore sekirite sosiyal duumiinde.
help-idp = Suɓo site ɗo jogiɗaa innde kuutoro (identifiant) e finnde (mot de passe). So a alaa hay gooto, ko ɓuri newnude ko ameli.fr (Assurance maladie) walla impots.gouv.fr. Aɗa woni golloowo ballotooɗo neɗɗo oo? Hoto winndan mo finnde makko: ko kaŋko e hoore makko winndata nde. Ngam gollaade e innde makko, Aidants Connect ina woodi.
idp-impots-who = Neɗɗo kala holliroowo njoɓdi mum e Farayse. Aɗa sokli limoore lempoo maa.
idp-ameli-who = Neɗɗo kala jogiiɗo Assurance maladie. Aɗa sokli limoore sekirite sosiyal maa.
idp-laposte-who = Neɗɗo kala mawɗo (duuɓi 18 walla ko ɓuri) jogiiɗo kaayit idantite Farayse walla kaayit jooɗagol (titre de séjour). Aɗa sokli telefoon portaabal.
idp-msa-who = Yimɓe asiraaɓe e Mutualité sociale agricole (yimɓe ndema e durngol).
idp-france-identite-who = Yimɓe jogiiɓe kartal idantite Farayse kesal ngal e telefoon fotondiroowo e mum.
idp-yris-who = Neɗɗo kala mawɗo jogiiɗo kaayit idantite. Aɗa sokli telefoon portaabal.
idp-trustme-who = Neɗɗo kala mawɗo jogiiɗo kaayit idantite. Aɗa sokli telefoon portaabal e application TrustMe.

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

## Errors

error-code = Kod ngam rokkude ballotooɓe: { $code }
error-check = Ƴeewtagol waawaangol: { $check }
error-config-client-id = Alaa innde carwol (client id) moƴƴinaande ngam oo rokkoowo.
error-config-client-id-next = Rokku nde e --client-id walla e variable FCGUIDE_CLIENT_ID, walla huutoro rokkoowo ekkitinol oo.
error-config-secret = Sirru carwol ngol alaa.
error-config-secret-next = Waɗ ɗum e variable FCGUIDE_CLIENT_SECRET walla e fiilde configuration (nde aan tan waawi janngude).
error-config-secret-file-open = Yimɓe woɗɓe ina mbaawi janngude fiilde sirru ndee ({ $file }): mi salii huutoraade nde.
error-config-secret-file-open-next = Waɗ nde aan tan waawa janngude: chmod 600 { $file }
error-config-secret-file = Fiilde sirru ndee ({ $file }) waawaa janngeede.
error-config-secret-file-next = Ƴeewto laawol mayre e jamirooje mayre.
error-config-redirect-uri = Adires artirgol (--redirect-uri) ndee moƴƴaani.
error-config-redirect-uri-next = Ko haani nde wona no http://localhost:PORT/laawol walla http://127.0.0.1:PORT/laawol, no nde winndiraa non.
error-config-redirect-required = FranceConnect ina sokli adires artirgol winndaande ngam ngol carwol (--redirect-uri).
error-config-redirect-required-next = FranceConnect jaɓataa si wonaa adires winndaande ndee tigi. Winndu adires e ndee ordinateur e port ñiiɓuɗo, yeru http://localhost:8400/callback, nden rokku nde e --redirect-uri.
error-config-issuer = Adires rokkoowo oo moƴƴaani.
error-config-issuer-next = Rokku adires https timmunde, walla suɓo rokkoowo moƴƴinaaɗo.
error-unreachable = Rokkoowo oo jaabaaki.
error-unreachable-next = Ƴeewto internet, nden eto kadi. So internet alaa, huutoro rokkoowo ekkitinol oo.
error-discovery = Rokkoowo oo rokkii configuration nde janngetaake walla nde wonaa mo makko.
error-discovery-next = Ƴeewto adires rokkoowo oo. So nde feewi, eto kadi ɓaawo.
error-insecure = Adires rokkoowo oo suuɗaaka e kisal (http).
error-insecure-next = Huutoro adires https. http jaɓaa tan e ndee ordinateur (127.0.0.1).
error-identity-not-found = FranceConnect yiytaani idantite maa e deftere leydi ndee.
error-identity-not-found-next = Sabaabu ɓurngu heewde: limoore sekirite sosiyal ɓooyataa, walla a jogaaki tawo limoore duumiinde. Naamno CPAM maa. So limoore maa ko duumiinde, jokkondir e FranceConnect e kod les ɗoo.
error-access-denied = Naatgol ngol waawaaki: FranceConnect artiraani hay idantite.
error-access-denied-next = Ɗum ina waɗa so a ruttiima caggal, walla so FranceConnect hollitii hello juumre (« Une erreur s’est produite »). So hello ngoo hollitii « Erreur » e kod caggal mum, suɓo winndude kod oo: mi firtan maa mo.
error-invalid-idp-hint = Ndee konte suɓetaake ɗoo ngam ngol carwol.
error-invalid-idp-hint-next = Suɓo konte goo, walla eto kadi: suɓaade ngol waɗete ko e navigateur oo.
error-invalid-request = Rokkoowo oo salii ɗaɓɓaande ndee.
error-invalid-request-next = Ko caɗeele moƴƴingol carwol ngol, wonaa konte maa. Eto kadi ɓaawo walla anndin ɗum.
error-server-error = Rokkoowo oo heɓii caɗeele masiŋaaji.
error-server-error-next = Uddu tabbere navigateur oo, nden eto kadi. So hello FranceConnect hollitii « Erreur » e kod caggal mum, suɓo winndude kod oo: mi firtan maa mo.
error-temporarily-unavailable = Rokkoowo oo heɓotaako jooni.
error-temporarily-unavailable-next = Eto kadi caggal hojomaaji seeɗa. So hello FranceConnect hollitii « Erreur » e kod caggal mum, suɓo winndude kod oo: mi firtan maa mo.
error-refused = Rokkoowo oo salii naatgol ngol.
error-refused-next = Eto kadi, walla suɓo konte goo.
error-callback-issuer = Jaabawol ngol ummoraaki e rokkoowo faddaaɗo oo. Mi salii ngol.
error-callback-issuer-next = Uddu tabbe naatgol goɗɗe ɗee, nden eto kadi.
error-callback-issuer-missing = Jaabawol ngol wiyaani rokkoowo ko ummorii, kono oo rokkoowo ina wiya ɗum sahaa kala. Mi salii ngol.
error-callback-issuer-missing-next = Uddu tabbe naatgol goɗɗe ɗee, nden eto kadi.
error-missing-code = Navigateur oo arti tawa alaa jaabawol huutoreteengol.
error-missing-code-next = Eto kadi.
error-port-in-use = Port artirgol { $port } ina huutoraa kisa e ndee ordinateur.
error-port-in-use-next = Uddu porogaram huutorooɗo port oo, walla suɓo adires artirgol winndaande goo.
error-listener = Mi waawaa fadde artagol navigateur e ndee ordinateur.
error-listener-next = Eto kadi. So ɗum jokkii, fuɗɗitin ordinateur oo.
error-timeout = Navigateur oo artaani e sahaa mum.
error-timeout-next = Eto kadi: naatgol kesal fuɗɗoto.
error-token-endpoint = Rokkoowo oo tabbitinaani naatgol ngol.
error-token-endpoint-next = Eto kadi jooni jooni: jaabawol navigateur oo ina huuwa tan majaango seeɗa.
error-id-token = Seedantaagal idantite ngal rokkoowo oo neldi moƴƴaani. Mi salii ngal.
error-id-token-next = Hay idantite hollaaka. Eto kadi; so ɗum jokkii, ko haani rokkoowo oo anndinee.
error-userinfo = Humpitooji idantite ɗi rokkoowo oo neldi moƴƴaani. Mi salii ɗi.
error-userinfo-next = Hay idantite hollaaka. Eto kadi; so ɗum jokkii, ko haani rokkoowo oo anndinee.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Ɗum timmii. Aɗa waawi uddude ndee tabbere, rutto e terminal oo.
callback-failed = Naatgol ngol waawaaki. Rutto e terminal oo: ballotooɗo o firtan maa ko waɗetee.
callback-refused = Ngol jaabawol fotaani e naatgol waɗoowol ngol. Rutto e terminal oo.
logout-done = A yaltii. Aɗa waawi uddude ndee tabbere, rutto e terminal oo.

## Practice provider pages

practice-banner = Ekkitinol: ɗum wonaa FranceConnect goonga. Hay huunde neldetaake Laamu.
practice-choose-doc-title = Naatgol - Suɓaade konte
practice-connecting = Naatgol ina waɗa e { $service }
practice-choose-title = Suɓo konte ngam naatude:
practice-aidants = Aɗa woni golloowo ballotooɗo yimɓe? Huutoro Aidants Connect
practice-login-title = Naatgol e { $idp }
practice-account = Konte ekkitinol
practice-username = Innde kuutoro
practice-password = Finnde
practice-login-button = Naatu
practice-wrong-password = Innde kuutoro walla finnde moƴƴaani.
practice-continue-doc-title = Naatgol - Jokku e carwol { $service }
practice-as = A naatay ko e innde:
practice-continue = Jokku e { $service }
practice-consent = Miɗo jaɓi FranceConnect nelda humpitooji am e carwol ngol ngam mi naata
practice-consent-missing = Tiiɗno maantin kaase oo ngam jaɓude nelde humpitooji ɗii
practice-error-doc-title = Juumre naatgol
practice-back = Rutto e { $service }
practice-error-title = Juumre waɗii
practice-error-code = Juumre { $code }
practice-error-body = Juumre waɗii, tiiɗno eto kadi ɓaawo
practice-help-page = Tiiɗno ƴeewto hello ballal FranceConnect amen.
practice-what-to-do = Ko honɗun waɗetee?
practice-contact = Jokkondir e amen
practice-logged-out = A yaltii e FranceConnect.
practice-not-found = Hello ngoo yiytaaka
practice-account-typical = Mawɗo jibinaaɗo e Farayse
practice-account-several = Inɗe ɗuuɗuɗe
practice-account-abroad = Neɗɗo jibinaaɗo caggal leydi
practice-account-temporary = Limoore sekirite sosiyal ɓooyataa: naatgol ngol waawataa

## Plain mode

plain-invalid = Mi faamaani. Winndu limoore gila 1 haa { $max }, walla Enter tan.
input-hidden = Ko winndataa hollataake.
choice-default = ko woowaa

## Command line

cli-see-help = Ƴeew: fcguide --help
cli-missing-value = Keɓal ina ŋakki caggal { $word }.
cli-unknown-option = Cuɓirgal ngal anndaaka: { $word }
cli-bad-port = Port moƴƴaani: { $word }
cli-bad-wait = Sahaa moƴƴaani (hojomaaji, gila 1 haa 1440): { $word }
cli-not-text = Argument wonaa binndi janngeteeɗi: { $word }
cli-switch-value = Ngal cuɓirgal jaɓataa keɓal: { $word }
cli-bad-rules = --rules ina jaɓa “franceconnect” (sarɗiiji platform oo) walla “oidc” (OpenID Connect jaaɓngal): { $word }
cli-no-secret-option = Sirru ndu rokketaako e diidol yamiroore ({ $word }): huutorooɓe woɗɓe ina mbaawi janngude ɗum. Huutoro variable FCGUIDE_CLIENT_SECRET walla fiilde ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Rokkoowo anndaaka: { $word }. Suɓo practice, franceconnect-sandbox, franceconnect-integration walla franceconnect, walla rokku --issuer.
cli-provider-and-issuer = Suɓo --provider walla --issuer, wonaa ɗiɗo fof ({ $word }).
cli-unknown-language = Ɗemngal ngal heɓotaako: { $word }. Ƴeew: fcguide --list-languages
cli-practice-port = Port { $word } ina huutoraa kisa. Suɓo goo e --port, walla hoto huutoro --port.
cli-practice-started = Rokkoowo ekkitinol oo fuɗɗii (e ndee ordinateur tan). Ctrl-C ina daranna mo.
cli-bad-bidi = --bidi ina jaɓa “program” (ballotooɗo o ina moƴƴina binndi ɗi ñaamo haa nano) walla “terminal” (terminal oo ina waɗa ɗum): { $word }
cli-bad-format = --format ina jaɓa “html” (hello ngam yaltinde e kaayit) walla “text” (binndi newɗi): { $word }
cli-help =
    fcguide: naatu e FranceConnect, taabal e taabal, e ɗemngal maa.

    Huutoraade:
      fcguide [cuɓirɗe]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang ƊEMNGAL] [--second-lang ƊEMNGAL|none]
    {"                ["}--format html|text]

    Cuɓirɗe:
      --plain               mbaadi diidol e diidol (janngooji yaynirde, terminal newɗi)
      --lang ƊEMNGAL        ɗemngal (fr, uk, en…); ƴeew --list-languages
      --provider INNDE      practice (ko woowaa), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          rokkoowo OpenID Connect goo
      --client-id ID        innde carwol ngol (walla FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adires artirgol winndaande (http://localhost:PORT/laawol),
                            ko waajibi e FranceConnect
      --rules INNDE         franceconnect (sarɗiiji platform oo, ko woowaa e
                            nokkuuji mum) walla oidc (ko woowaa e --issuer)
      --scopes "…"          humpitooji ɗaɓɓaaɗi (ko woowaa: idantite pivot e iimeel)
      --idp-hint ID         innde rokkoowo idantite nde platform oo rokki
                            ngam ngol carwol (neldaande no idp_hint)
      --no-browser          hoto uddit navigateur: hollu adires ndee
      --wait HOJOMAAJI      faddugol navigateur hade naamnaade (ko woowaa 5, 1 haa 1440)
      --bidi terminal       accu terminal oo moƴƴina binndi ɗi ñaamo haa nano
      --high-contrast       mbaadi ceertuɗi no feewi
      --second-lang ƊEMNGAL ɗemngal ɗiɗaɓngal e hollirde ɗemɗe ɗiɗi
                            (Farayseere ko woowaa)
      --speak               jannga taabe ɗee e daande (spd-say walla espeak-ng)
      --list-languages      ɗemɗe heɓotooɗe
      --help, --version

    Sirru carwol ngol ummotoo ko e FCGUIDE_CLIENT_SECRET walla e fiilde
    ~/.config/fcguide/client_secret (nde aan tan waawi janngude),
    wonaa abada e diidol yamiroore.
    fcguide sheet ina winnda kaayit taabe ɗee ngam yaltinde e kaayit
    (html, ko woowaa) walla e binndi newɗi.
    Kodduuji sakket: 0 a naatii, 1 waawaaki, 2 juumre huutoraade, 3 haaytaama.
more-below = ↓ Ko heddii ina les: butoŋ Page Down.
more-above = ↑ Fuɗɗoode ndee ina dow: butoŋ Page Up.
more-choices = ↕ Suɓaaɗe goɗɗe ina suuɗii: butoŋ flèches.

## Printable sheet

sheet-title = FranceConnect, taabal e taabal
sheet-intro = Kelle FranceConnect ko e Farayseere tan. Ɗoo ko konguɗi majje tigi, e firo majje. Hoto winndu finnde maa ɗoo abada.
sheet-bring-title = Ko haani a jogii
sheet-bring-card = Carte Vitale maa walla kaayit Assurance maladie maa (attestation de droits).
sheet-bring-account = Innde kuutoro e finnde konte maa e gooto e ɗee site:
sheet-bring-email = Naatde e adires iimeel maa: site konte maa ina waawi winndande maa toon.
sheet-steps-title = Taabe ɗee
sheet-step-start-title = E dow site carwol ngol
sheet-step-start = Yiylo butoŋ bulo oo, tappu e mum:
sheet-step-login = E hello konte ko suɓiɗaa, winndu e hoore maa innde kuutoro maa e finnde maa, nden tappu:
sheet-codes-title = So FranceConnect hollitii juumre
sheet-codes-intro = Winndu kod winndaaɗo caggal « Erreur », rokku mo so aɗa ɗaɓɓa ballal. Ko o firti:
sheet-help-title = Ɗo ballal heɓetee
sheet-help-cpam = Biro Assurance maladie maa (CPAM): so limoore maa ina fuɗɗoroo 7 walla 8, walla so dosiyee maa timmaani.
sheet-help-contact = FranceConnect: jokkol « Contactez-nous » (Jokkondir e amen) e hello juumre mum. Rokku kod juumre ndee.
sheet-helper-title = Ngam neɗɗo ballotooɗo
sheet-helper-password = Hoto winndu finnde neɗɗo oo abada, hay so ko ngam wallude mo: ko kaŋko e hoore makko winndata nde.
sheet-helper-aidants = Ngam gollaade e innde makko, golloowo jannguɗo ina huutora Aidants Connect, e mandat ko neɗɗo oo siifi:
sheet-words-aidants = Aɗa woni golloowo ballotooɗo yimɓe? Huutoro Aidants Connect
