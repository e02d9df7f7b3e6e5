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
more-below = ↓ Ko heddii ina les: butoŋ Page Down.
more-above = ↑ Fuɗɗoode ndee ina dow: butoŋ Page Up.
more-choices = ↕ Suɓaaɗe goɗɗe ina suuɗii: butoŋ flèches.

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

## Plain mode

plain-invalid = Mi faamaani. Winndu limoore gila 1 haa { $max }, walla Enter tan.
input-hidden = Ko winndataa hollataake.
choice-default = ko woowaa

