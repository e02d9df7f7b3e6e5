## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Rejistre ya ekolo eboyaki esengi: endimaki te bansango ya idantite oyo compte oyo boponaki etindaki. Ezali libunga ya masini te.
code-y010009-next = Bomeka lisusu mbala moko. Soki code yango moko ezongi, bopona compte mosusu, to bosolola na FranceConnect na code oyo mpo batala bansango na bino.
code-navigation = Butu ya kozonga sima ya navigateur, to kozongisa page lisusu, ekatisaki kokota.
code-navigation-next = Bokanga ba onglet nyonso ya FranceConnect, sima bopona Komeka lisusu. Na ntango ya kokota, bosalela te butu ya kozonga sima ya navigateur.
code-y180001 = Nzela na bino ya kokota na FranceConnect ekangami.
code-y180001-next = Mpo na kofungola yango lisusu, bosolola na FranceConnect na code oyo. Na ntango bozali kozela, bosalela compte ya site yango moko.
code-y100011 = Bokangaki compte oyo na baposa na bino ya FranceConnect.
code-y100011-next = Bopona compte mosusu, to bopesa lisusu nzela na compte oyo na baposa na bino ya FranceConnect, sima bomeka lisusu.
code-idp-off = Compte oyo ekoki kosalelama sikoyo te mpo na service oyo: ekangami, to service oyo endimaka yango te.
code-idp-off-next = Bopona compte mosusu.
code-y04ea6ef = FranceConnect eyebi service oyo te (kombo na yango, client id, eyebani te). Ezali libunga na bokomisi ya service, ezali foti na bino te.
code-y04ea6ef-next = Bokoki kosala eloko te: bopesa service code oyo. Mpo na mokambi na yango: botala client id mpe esika ya mosala (integration to production); client id esalaka kaka na esika oyo epesaki yango.
code-y04c013c = Adresi ya kozonga ya service ekomami te na FranceConnect (port mosusu, kombo mosusu, to http na esika ya https). Ezali libunga na bokomisi ya service, ezali foti na bino te.
code-y04c013c-next = Bokoki kosala eloko te: bopesa service code oyo. Mpo na mokambi na yango: bokoma malamu adresi oyo epesami na --redirect-uri, to bopesa oyo ekomami.
code-logout-refused = FranceConnect eboyaki esengi ya service mpo na kosilisa session (elembeteli ya kokota ezali te, to adresi ya kozonga sima ya nsuka ya session ekomami te).
code-logout-refused-next = Bokanga navigateur mpo na kosilisa session ya FranceConnect. Mpo na mokambi ya service: bokoma adresi ya kozonga sima ya nsuka ya session.

## The practice provider, as the platform words its pages

practice-error-technical = Libunga ya tekiniki esalemi, bokanga onglet ya navigateur na bino mpe bokota lisusu.
practice-error-session = Session na bino esili to ebongi te, bokanga onglet ya navigateur na bino mpe bokota lisusu.
practice-error-communication = Libunga ya kosolola na mopesi ya service esalemi. Tobondeli bino bomeka lisusu na sima.
practice-cancel = Koboya
practice-idp-failed = Kokota na { $idp } ekokaki kosalema te. Tobondeli bino bomeka lisusu to bopona nzela mosusu ya kokota.
practice-choose-error-doc-title = Libunga na ntango ya kopona compte

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = Page elobi « La connexion à » … « n’a pas été possible »
notice-not-possible = Page oyo ya FranceConnect elingi koloba ete kokota na { $idp } esilaki te: boboyaki na { $idp }, to kokota elongaki te kuna. Eloko moko te etindamaki na service. Nazali naino kozela: na page yango, bopona lisusu { $idp } mpo na komeka lisusu, to compte mosusu.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Mopesi aboyi kombo ya service (client id) to sekele na yango.
error-client-rejected-next = Mokakatano ezali na bokomisi ya service, ezali na compte na bino te: komeka lisusu ekobongola eloko te. Botala client id mpe sekele oyo epesamaki na programme oyo, mpe esika ya mosala (integration to production), to bosenga yango epai ya mokambi ya service.
error-config-secret-file-link = Fisye ya sekele ({ $file }) ezali lien symbolique: naboyi kolanda yango.
error-config-secret-file-link-next = Botia sekele na fisye ya solo na esika yango, na lien te, oyo bino moko kaka bokoki kotanga (chmod 600).
