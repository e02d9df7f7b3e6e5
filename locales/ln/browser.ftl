## Step 4: authenticate in the browser

auth-title = Kokota na navigateur
auth-failed-title = Kokota elongi te
auth-starting = Nazali kobongisa kokota…
auth-opened = Navigateur efungwami. Bozonga awa sima.
auth-not-opened = Navigateur efungwami te. Bofungola adresi oyo na navigateur moko ya ordinateur oyo:
auth-no-browser = Bofungola adresi oyo na navigateur moko ya ordinateur oyo:
auth-no-display = Navigateur ya bililingi ezali awa te. Bofungola adresi oyo na navigateur moko ya ordinateur oyo, ndakisa navigateur ya makomi:
auth-ssh = Bokoti na ordinateur oyo kowuta mosika (SSH). Banzela mibale: kofungola adresi na navigateur moko ya ordinateur oyo; to, na ordinateur na bino moko, kokoma commande oyo ezali na se, sima kofungola adresi na navigateur na bino.
auth-in-browser = Na navigateur: bopona { $idp }, bokoma kombo ya mosaleli mpe liloba ya sekele na bino, sima « Se connecter ».
auth-timed-out = Ntango oyo ebongisamaki eleki, kasi bokoki naino kosilisa na navigateur. Soki bosengeli na ntango mosusu, bopona “Kobakisa ntango”.
auth-checking = Navigateur ezongi. Nazali kotala idantite na bino…
auth-note = FranceConnect ekoluka idantite na bino na rejistre ya ekolo. Na nimero ya ntango moke, ekomonana te.
auth-note-register = Ntina oyo emonanaka mingi: naino nimero ya sekirite sosiale ya libela te. Bokoki kotala nimero na bino: bopona “Kotala nimero na ngai ya sekirite sosiale”.
help-auth = Navigateur emonisaka ba page ya FranceConnect. Soki eloko moko te efungwami, bokopia adresi oyo emonani. Bokoki kosenga kobakisa ntango mbala nyonso oyo esengeli.
help-auth-failed = Eponi moko na moko elobaka oyo esalaka. Komeka lisusu efungolaka navigateur lisusu. Mpo na kososola page ya libunga ya FranceConnect, bokoma code na yango. Mpo na kokomela FranceConnect: bouton « Contactez-nous » ya page na yango ya libunga, to site aide.franceconnect.gouv.fr.
choice-reopen = Kofungola navigateur lisusu
choice-more-time = Kobakisa ntango ({ $minutes ->
        [one] miniti { $minutes } lisusu
       *[other] miniti { $minutes } lisusu
    })
notice-more-time = Malamu: { $minutes ->
        [one] miniti { $minutes } lisusu.
       *[other] miniti { $minutes } lisusu.
    }
notice-more-time-until = Malamu: { $minutes ->
        [one] miniti { $minutes } lisusu
       *[other] miniti { $minutes } lisusu
    }, tii { $time }.
notice-reopened = Navigateur efungwami lisusu na page ya kokota.
notice-not-reopened = Navigateur efungwami te. Bofungola adresi bino moko.
choice-cancel = Koboya mpe kozonga na kopona compte
choice-retry = Komeka lisusu
choice-other-idp = Kopona compte mosusu
choice-read-code = Kokoma code ya page ya libunga ya FranceConnect
choice-code-again = Kokoma code mosusu
code-title = Page ya FranceConnect ezalaki koloba nini?
code-body = Soki page ezalaki koloba « Une erreur s’est produite », bokoma code oyo ekomami sima ya « Erreur » (ndakisa Y010008). Soki code ezalaki te, bofina kaka Enter.
code-input = Code ya page (ndakisa Y010008). Enter kaka: code te.
code-read = Code { $code }:
code-note = Code oyo esalisaka basalisi ya FranceConnect mpe CPAM na bino koyeba nini esalemaki. Bokoma yango esika moko. Mpo na kokomela FranceConnect: bouton « Contactez-nous » ya page na yango ya libunga, to site aide.franceconnect.gouv.fr.
help-code = Code ezali na page ya libunga ya FranceConnect, sima ya liloba « Erreur ». Ebandaka na Y, sima mitango to mikanda 6 to koleka (ndakisa Y010008 to Y04EA6EF). Eloko moko te oyo bokomi etindamaka.
code-y010008 = FranceConnect emoni idantite na bino te na rejistre ya ekolo (RNIPP). Ezali foti na bino te.
code-y010008-next = Ntina oyo emonanaka mingi: naino nimero ya sekirite sosiale ya libela te (nimero ya ntango moke, oyo ebandi na 7 to 8, to dosie oyo ezali naino kosalema). Botuna CPAM na bino nimero na bino ya libela ekomi wapi. Na ntango bozali kozela, bosalela compte ya site yango moko. Soki nimero na bino ezali kala ya libela, bosolola na FranceConnect na code oyo.
code-y010004 = Rejistre ya ekolo emoni idantite moko oyo ekokani na oyo ya compte na bino, kasi ekokani malamu te.
code-y010004-next = Bansango ya idantite na bino ekeseni kati na compte na bino mpe rejistre (kombo, bankombo, mokolo to esika ya kobotama). Bosolola na FranceConnect na code oyo mpo bakoka kobongisa yango.
code-y010006 = Rejistre ya ekolo emoni ba idantite mingi oyo ekoki kozala ya bino.
code-y010006-next = Esengeli kobongisa bansango na bino. Bosolola na FranceConnect na code oyo.
code-y010007 = Rejistre ya ekolo emoni bino kaka na kombo oyo bosalelaka (ndakisa kombo ya mobali to ya mwasi na bino ya libala).
code-y010007-next = Esengeli kobongisa bansango na bino. Bosolola na FranceConnect na code oyo.
code-register-technical = Rejistre ya ekolo ekokaki koyanola te: ezali mokakatano ya tekiniki, ezali foti na bino te.
code-register-technical-next = Bomeka lisusu na sima. Soki ekobi, bosolola na FranceConnect na code oyo.
code-y010015 = Rejistre ya ekolo endimaka lisusu te kokota na idantite oyo.
code-y010015-next = Bosolola na FranceConnect na code oyo: ekipe ekotala likambo na bino elongo na bino.
code-y030007 = Esengi oyo service etindaki ezalaki malamu te. Ezali foti na bino te.
code-y030007-next = Ezali mokakatano ya bobongisi ya service (to ya mosalisi oyo). Boyebisa yango na service na code oyo.
code-y190001 = Session esili to ebongi lisusu te: kokota ezwaki ntango molai mingi, to page etikalaki ya kofungwama ntango molai.
code-y190001-next = Bokanga onglet ya FranceConnect, sima bobanda lisusu: bopona Komeka lisusu.
code-unknown = Nayebi code oyo te.
code-unknown-next = Botala yango na page (Y mpe mitango to mikanda 6 to koleka na sima). Soki ezali malamu, bosolola na FranceConnect na code oyo.
code-none = Page emonisaki code te: mbala mosusu bozongaki sima liboso ya kokota.
code-none-next = Bokoki komeka lisusu, to kopona compte mosusu.

## Step 5: confirm

confirm-title = Botala idantite na bino
confirm-body = Botala soki idantite oyo ezali mpenza ya bino.
confirm-given = Bankombo: { $value }
confirm-family = Kombo ya kobotama: { $value }
confirm-birthdate = Mokolo ya kobotama: { $value }
months = sanza ya yambo, sanza ya mibale, sanza ya misato, sanza ya minei, sanza ya mitano, sanza ya motoba, sanza ya nsambo, sanza ya mwambe, sanza ya libwa, sanza ya zomi, sanza ya zomi na moko, sanza ya zomi na mibale
confirm-birthplace = Esika ya kobotama: code ya commune { $code }
confirm-born-abroad = Esika ya kobotama: libanda ya France (mokili { $country })
confirm-continue = Na site ya solo, page oyo ya suka emonisaka bankombo na bino mpe bouton ya bule. Ba guide ya kala babengaka yango « Bienvenue ».
confirm-consent = Ba service mosusu basengaka liboso kotia elembo na kare moko.
confirm-wrong = Ezali bino te? Bopona “Ezali ngai te”: idantite elongolami.
confirm-note = Idantite oyo euti na rejistre ya ekolo, na lisalisi ya nimero na bino ya sekirite sosiale ya libela.
help-confirm = Botala molongo moko na moko. Soki nyonso ezali malamu, bondima. Eloko moko te ebombami na ordinateur oyo. Nsango moko ezali malamu te? Bosolola na biro ya compte oyo bosalelaki. FranceConnect etindelaka bino e-mail kaka soki kokota moko emonani lokola ya momesano te.
choice-confirm-yes = Iyo, ezali ngai
choice-not-me = Ezali ngai te

## Step 6: done

done-title = Bokoti na FranceConnect
done-title-logged-out = Bobimi na FranceConnect
done-connected = Kokota endimami.
done-logged-out = Bobimi na FranceConnect.
done-services = Ba service oyo endimaka FranceConnect ezali na liste awa:
done-help = Bosengeli na lisalisi? Biro ya France Services pene na bino ekoki kosalisa bino.
done-note = Bobatela nimero na bino ya sekirite sosiale ya libela: esalelamaka mbala nyonso bokokota.
help-done = Kosukisa ekangaka mosalisi. Kobima ekangaka mpe session ya FranceConnect na navigateur. Bosengeli na lisalisi? Biro ya France Services pene na bino ekoki kosalisa bino.
choice-finish = Kosukisa
choice-logout = Kobima na FranceConnect
end-connected = Suka ya mosalisi: bokoti.
end-failed = Suka ya mosalisi: kokota elongi te.
end-cancelled = Suka ya mosalisi.
