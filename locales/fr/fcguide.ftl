# fcguide: French, the reference locale. Every other locale carries each of these messages.
# "fr-words-*" are the exact words of the real FranceConnect site; other locales translate them.

language-name = Français
language-name-en = French
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = pas encore relu par une personne de langue maternelle
language-no-voice = pas de voix pour la lecture à voix haute

## Around every step

progress = Étape { $step } sur { $total }
practice-mark = Entraînement : fournisseur d'essai, pas le vrai FranceConnect
note-label = Important :
help-label = Aide :
french-label = En français :
keys-tui = Flèches ou chiffre : choisir · Entrée : valider · Échap : retour · ? : aide · L : langue · B : deux langues · F : inverser · Q : quitter
keys-input = Entrée : valider · Échap : retour · F1 : aide
keys-input-nir = Entrée : vérifier · Échap : retour · F1 : aide · F2 : montrer ou cacher les chiffres
keys-plain = Tapez un numéro, puis Entrée. Entrée seule : le choix proposé. Zéro : retour. h : aide. l : langue. q : quitter.
keys-short = ? : aide · Q : quitter
prompt = Choix
prompt-default = Entrée seule : { $choice }
still-waiting = J'attends toujours le retour du navigateur. Vous pouvez continuer dans le navigateur, ou taper un choix.
too-small = La fenêtre est trop petite. Agrandissez-la, ou lancez fcguide --plain.
connected-mark = [FranceConnect ✓] Connecté
help-keys = Touches : Entrée valide le choix proposé. Échap, Retour arrière ou zéro reviennent en arrière. L change la langue sans perdre votre progression. B montre une deuxième langue sous chaque texte ; F inverse les deux langues. V lit les étapes à voix haute ou arrête la voix. En mode ligne à ligne : h pour l'aide, b, f et v comme ces touches.
help-practice = Entraînement : ici, le fournisseur est un fournisseur d'essai sur cet ordinateur, pas le vrai FranceConnect. Rien n'est envoyé à l'État.
speech-on = Lecture à voix haute : activée.
speech-off = Lecture à voix haute : arrêtée.
speech-unavailable = Aucun programme de lecture à voix haute n'est installé (spd-say ou espeak-ng) : l'assistant continue sans la voix.

## Words of the real site (in French here; translated in the other locales)

fr-words-button = S’identifier avec FranceConnect
fr-words-choose = Choisissez un compte pour vous connecter :
fr-words-login = Se connecter
fr-words-as = Vous allez vous connecter en tant que :
fr-words-continue = Continuer sur { $service }
fr-words-consent = J’accepte que FranceConnect transmette mes données au service pour me connecter
fr-words-error = Une erreur s’est produite
fr-words-code = Erreur Y010008
fr-words-what-to-do = Que faire ?
fr-words-back = Revenir sur { $service }

## Step 1: language

language-title = Choisissez votre langue
language-body = L'assistant parle votre langue. Il montre aussi les mots en français que vous verrez sur le vrai site.
language-note = Pour FranceConnect, il faut un numéro de sécurité sociale français permanent. Nous allons l'expliquer.
help-language = Choisissez la langue que vous lisez le mieux. Vous pourrez en changer à tout moment avec la touche L. Vous pouvez aussi taper le début du nom d'une langue pour la trouver.

## Step 2: welcome and prerequisite

welcome-title = Qu'est-ce que FranceConnect ?
welcome-what = FranceConnect est gratuit : un seul compte pour beaucoup de services publics en ligne (impôts, santé, chômage…).
welcome-need = Il faut un numéro de sécurité sociale permanent : FranceConnect vérifie votre identité dans le registre national (RNIPP).
welcome-where = Ce numéro a 15 chiffres : il est sur votre carte Vitale et sur votre attestation de droits.
welcome-without = Pas encore de numéro, ou un numéro provisoire (commençant par 7 ou 8) ? FranceConnect ne marchera pas encore : demandez à votre CPAM. En attendant, utilisez le compte du site.
welcome-note = Sans numéro de sécurité sociale permanent, la connexion échoue. Un numéro provisoire (qui commence par 7 ou 8) ne suffit pas.
help-welcome = Continuer mène au choix du compte. Vous pouvez d'abord vérifier la forme de votre numéro : la vérification se fait sur cet ordinateur seulement, rien n'est envoyé ni enregistré.
choice-continue = Continuer
choice-check-nir = Vérifier mon numéro de sécurité sociale
choice-check-again = Vérifier un autre numéro
choice-back = Retour
choice-quit = Quitter

## Number check

nir-title = Vérifier mon numéro de sécurité sociale
nir-body = Tapez les 15 chiffres, clé comprise. Le numéro reste sur cet ordinateur : il n'est ni envoyé, ni enregistré, et il est effacé après la vérification.
nir-input = Numéro de sécurité sociale (15 chiffres). Entrée seule : passer.
nir-show-digits = s puis Entrée : montrer les chiffres
nir-read-back = Vous avez tapé : { $number }
nir-permanent = Ce numéro est bien formé et permanent. FranceConnect peut fonctionner.
nir-permanent-abroad = Ce numéro est bien formé et permanent (personne née hors de France). FranceConnect peut fonctionner.
nir-temporary = C'est un numéro provisoire : il commence par 7 ou 8. FranceConnect ne marchera pas avec ce numéro. Demandez à votre CPAM votre numéro permanent.
nir-wrong-key = La clé (les 2 derniers chiffres) ne correspond pas au reste du numéro. Vérifiez chaque chiffre sur votre carte Vitale.
nir-missing-key = Il manque la clé : ajoutez les 2 derniers chiffres (ils sont sur votre carte Vitale, après les 13 premiers).
nir-malformed = Ce n'est pas la forme d'un numéro de sécurité sociale. Il faut 15 caractères ; le premier est 1 ou 2 (7 ou 8 pour un numéro provisoire).
nir-note = Le numéro permanent commence par 1 ou 2. C'est lui que le registre national connaît.
nir-note-temporary = Avec un numéro provisoire, FranceConnect montrera une page « Une erreur s’est produite » avec « Erreur Y010008 ». Ce n'est pas votre faute : il faut attendre le numéro permanent.
help-nir = La vérification ne regarde que la forme du numéro et sa clé. Elle ne dit pas si le registre vous connaît déjà.

## Step 3: choose an identity provider

idp-title = Choisir un compte
idp-body = Vous devez déjà avoir un compte sur un de ces sites. Choisissez-en un.
idp-after-not-me = Vous avez dit que l'identité montrée n'était pas la vôtre. Elle a été effacée. Choisissez un autre compte, ou demandez de l'aide.
idp-note = Ce qui compte : votre identité doit être dans le registre national. On y entre avec un numéro de sécurité sociale permanent.
help-idp = Choisissez le site où vous avez déjà un identifiant et un mot de passe. Si vous n'en avez aucun, le plus simple est souvent ameli.fr (Assurance maladie) ou impots.gouv.fr. Vous êtes un professionnel qui aide cette personne ? Ne tapez jamais son mot de passe à sa place : c'est elle qui le tape. Pour agir en son nom, il existe Aidants Connect.
idp-impots-who = Toute personne qui déclare ses revenus en France. Il faut le numéro fiscal.
idp-ameli-who = Toute personne assurée par l'Assurance maladie. Il faut le numéro de sécurité sociale.
idp-laposte-who = Toute personne majeure avec une pièce d'identité française ou un titre de séjour. Il faut un téléphone mobile.
idp-msa-who = Les personnes assurées par la Mutualité sociale agricole (monde agricole).
idp-france-identite-who = Les personnes qui ont la nouvelle carte d'identité française et un téléphone compatible.
idp-yris-who = Toute personne majeure avec une pièce d'identité. Il faut un téléphone mobile.
idp-trustme-who = Toute personne majeure avec une pièce d'identité. Il faut un téléphone mobile et l'application TrustMe.

## Step 4: authenticate in the browser

auth-title = Se connecter dans le navigateur
auth-failed-title = La connexion n'a pas abouti
auth-starting = Je prépare la connexion…
auth-opened = Le navigateur s'est ouvert. Revenez ici ensuite.
auth-not-opened = Le navigateur ne s'est pas ouvert. Ouvrez cette adresse dans un navigateur de cet ordinateur :
auth-no-browser = Ouvrez cette adresse dans un navigateur de cet ordinateur :
auth-no-display = Il n'y a pas de navigateur graphique ici. Ouvrez cette adresse dans un navigateur de cet ordinateur, par exemple un navigateur texte :
auth-ssh = Vous êtes connecté à cet ordinateur à distance (SSH). Deux façons de faire : ouvrir l'adresse dans un navigateur de cet ordinateur-ci ; ou, sur votre propre ordinateur, taper la commande ci-dessous, puis ouvrir l'adresse dans votre navigateur.
auth-in-browser = Dans le navigateur : choisissez { $idp }, entrez votre identifiant et votre mot de passe, puis « Se connecter ».
auth-timed-out = Le temps prévu est passé, mais vous pouvez encore finir dans le navigateur. Si vous avez besoin de plus de temps, choisissez « Plus de temps ».
auth-checking = Le navigateur est revenu. Je vérifie votre identité…
auth-note = FranceConnect va chercher votre identité dans le registre national. Avec un numéro provisoire, elle ne sera pas trouvée.
auth-note-register = Cause la plus fréquente : pas encore de numéro de sécurité sociale permanent. Vous pouvez vérifier votre numéro : choisissez « Vérifier mon numéro de sécurité sociale ».
help-auth = Le navigateur montre les pages de FranceConnect. Si rien ne s'ouvre, copiez l'adresse affichée. Vous pouvez demander plus de temps autant de fois que nécessaire.
help-auth-failed = Chaque choix dit ce qu'il fait. Réessayer rouvre le navigateur. Pour comprendre une page d'erreur de FranceConnect, tapez son code. Pour écrire à FranceConnect : le bouton « Contactez-nous » de sa page d'erreur, ou le site aide.franceconnect.gouv.fr.
choice-reopen = Rouvrir le navigateur
choice-more-time = Plus de temps ({ $minutes ->
        [one] { $minutes } minute de plus
       *[other] { $minutes } minutes de plus
    })
notice-more-time = D'accord : { $minutes ->
        [one] { $minutes } minute de plus.
       *[other] { $minutes } minutes de plus.
    }
notice-more-time-until = D'accord : { $minutes ->
        [one] { $minutes } minute de plus
       *[other] { $minutes } minutes de plus
    }, jusqu'à { $time }.
notice-reopened = Le navigateur s'est rouvert sur la page de connexion.
notice-not-reopened = Le navigateur ne s'est pas ouvert. Ouvrez l'adresse vous-même.
choice-cancel = Annuler et revenir au choix du compte
choice-retry = Réessayer
choice-other-idp = Choisir un autre compte
choice-read-code = Taper le code de la page d'erreur de FranceConnect
choice-code-again = Taper un autre code
code-title = Que disait la page de FranceConnect ?
code-body = Si la page disait « Une erreur s’est produite », tapez le code écrit après « Erreur » (par exemple Y010008). S'il n'y avait pas de code, appuyez sur Entrée seule.
code-input = Code de la page (par exemple Y010008). Entrée seule : pas de code.
code-read = Code { $code } :
code-note = Ce code aide l'assistance de FranceConnect et votre CPAM à comprendre ce qui s'est passé. Notez-le. Pour écrire à FranceConnect : le bouton « Contactez-nous » de sa page d'erreur, ou le site aide.franceconnect.gouv.fr.
help-code = Le code est sur la page d'erreur de FranceConnect, après le mot « Erreur ». Il commence par Y, suivi d'au moins 6 chiffres ou lettres (par exemple Y010008 ou Y04EA6EF). Rien de ce que vous tapez n'est envoyé.
code-y010008 = FranceConnect n'a pas trouvé votre identité dans le registre national (RNIPP). Ce n'est pas votre faute.
code-y010008-next = Cause la plus fréquente : pas encore de numéro de sécurité sociale permanent (numéro provisoire, qui commence par 7 ou 8, ou dossier en cours). Demandez à votre CPAM où en est votre numéro permanent. En attendant, utilisez le compte propre au site. Si votre numéro est déjà permanent, contactez FranceConnect avec ce code.
code-y010004 = Le registre national a trouvé une identité proche, mais pas assez proche de celle de votre compte.
code-y010004-next = Vos données d'identité diffèrent entre votre compte et le registre (nom, prénoms, date ou lieu de naissance). Contactez FranceConnect avec ce code pour les faire corriger.
code-y010006 = Le registre national a trouvé plusieurs identités possibles pour vous.
code-y010006-next = Il faut corriger vos données. Contactez FranceConnect avec ce code.
code-y010007 = Le registre national ne vous a trouvé qu'avec votre nom d'usage (par exemple le nom d'époux ou d'épouse).
code-y010007-next = Il faut corriger vos données. Contactez FranceConnect avec ce code.
code-register-technical = Le registre national n'a pas pu répondre : c'est un problème technique, pas votre faute.
code-register-technical-next = Réessayez plus tard. Si cela continue, contactez FranceConnect avec ce code.
code-y010015 = Le registre national ne permet plus la connexion avec cette identité.
code-y010015-next = Contactez FranceConnect avec ce code : l'équipe regardera votre situation avec vous.
code-y030007 = La demande envoyée par le service n'était pas correcte. Ce n'est pas votre faute.
code-y030007-next = C'est un problème de réglage du service (ou de cet assistant). Signalez-le au service avec ce code.
code-y190001 = La session a expiré ou n'est plus valable : la connexion a pris trop de temps, ou la page est restée ouverte trop longtemps.
code-y190001-next = Fermez l'onglet de FranceConnect, puis recommencez : choisissez Réessayer.
code-unknown = Je ne connais pas ce code.
code-unknown-next = Vérifiez-le sur la page (Y suivi d'au moins 6 chiffres ou lettres). S'il est juste, contactez FranceConnect avec ce code.
code-none = La page ne montrait pas de code : vous êtes sans doute revenu en arrière avant de vous connecter.
code-none-next = Vous pouvez réessayer, ou choisir un autre compte.

## Step 5: confirm

confirm-title = Vérifiez votre identité
confirm-body = Vérifiez que cette identité est bien la vôtre.
confirm-given = Prénoms : { $value }
confirm-family = Nom de naissance : { $value }
confirm-birthdate = Date de naissance : { $value }
months = janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre
confirm-birthplace = Lieu de naissance : code de commune { $code }
confirm-born-abroad = Lieu de naissance : hors de France (pays { $country })
confirm-continue = Sur le vrai site, cette dernière page montre vos noms et un bouton bleu. Les anciens guides l'appellent « Bienvenue ».
confirm-consent = Certains services demandent d'abord de cocher une case.
confirm-wrong = Ce n'est pas vous ? Choisissez « Ce n'est pas moi » : l'identité est effacée.
confirm-note = Cette identité vient du registre national, grâce à votre numéro de sécurité sociale permanent.
help-confirm = Regardez chaque ligne. Si tout est juste, validez. Rien n'est enregistré sur cet ordinateur. Une information est fausse ? Contactez l'organisme du compte utilisé. FranceConnect vous envoie un e-mail seulement si une connexion semble inhabituelle.
choice-confirm-yes = C'est bien moi
choice-not-me = Ce n'est pas moi

## Step 6: done

done-title = Vous êtes connecté avec FranceConnect
done-title-logged-out = Vous êtes déconnecté de FranceConnect
done-connected = La connexion est confirmée.
done-logged-out = Vous êtes déconnecté de FranceConnect.
done-services = Les services qui acceptent FranceConnect sont listés ici :
done-help = Besoin d'aide ? Un espace France Services près de chez vous peut vous accompagner.
done-note = Gardez votre numéro de sécurité sociale permanent : il sert à chaque connexion.
help-done = Terminer ferme l'assistant. Se déconnecter ferme aussi la session FranceConnect dans le navigateur. Besoin d'aide ? Un espace France Services près de chez vous peut vous accompagner.
choice-finish = Terminer
choice-logout = Se déconnecter de FranceConnect
end-connected = Fin de l'assistant : vous êtes connecté.
end-failed = Fin de l'assistant : la connexion n'a pas abouti.
end-cancelled = Fin de l'assistant.

## Errors: what happened, then what to do

error-code = Code à donner à l'assistance : { $code }
error-check = Contrôle en échec : { $check }
error-config-client-id = Aucun identifiant de service (client id) n'est configuré pour ce fournisseur.
error-config-client-id-next = Donnez-le avec --client-id ou la variable FCGUIDE_CLIENT_ID, ou utilisez le fournisseur d'entraînement.
error-config-secret = Le secret du service manque.
error-config-secret-next = Mettez-le dans la variable FCGUIDE_CLIENT_SECRET ou dans le fichier de configuration (lisible par vous seul).
error-config-secret-file-open = Le fichier du secret ({ $file }) peut être lu par d'autres personnes : je refuse de l'utiliser.
error-config-secret-file-open-next = Rendez-le lisible par vous seul : chmod 600 { $file }
error-config-secret-file = Le fichier du secret ({ $file }) ne peut pas être lu.
error-config-secret-file-next = Vérifiez son chemin et ses droits.
error-config-redirect-uri = L'adresse de retour (--redirect-uri) n'est pas valable.
error-config-redirect-uri-next = Elle doit être de la forme http://localhost:PORT/chemin ou http://127.0.0.1:PORT/chemin, exactement comme enregistrée.
error-config-redirect-required = Pour FranceConnect, il faut l'adresse de retour enregistrée pour ce service (--redirect-uri).
error-config-redirect-required-next = FranceConnect n'accepte que l'adresse exacte enregistrée. Enregistrez une adresse sur cet ordinateur avec un port fixe, par exemple http://localhost:8400/callback, puis donnez-la avec --redirect-uri.
error-config-issuer = L'adresse du fournisseur n'est pas valable.
error-config-issuer-next = Donnez une adresse https complète, ou choisissez un fournisseur prédéfini.
error-unreachable = Le fournisseur ne répond pas.
error-unreachable-next = Vérifiez la connexion à Internet, puis réessayez. Hors ligne, utilisez le fournisseur d'entraînement.
error-discovery = Le fournisseur a donné une configuration illisible ou qui n'est pas la sienne.
error-discovery-next = Vérifiez l'adresse du fournisseur. Si elle est juste, réessayez plus tard.
error-insecure = L'adresse du fournisseur n'est pas chiffrée (http).
error-insecure-next = Utilisez une adresse https. Le http n'est permis que sur cet ordinateur (127.0.0.1).
error-identity-not-found = FranceConnect n'a pas trouvé votre identité dans le registre national.
error-identity-not-found-next = Cause la plus fréquente : un numéro de sécurité sociale provisoire, ou pas encore de numéro permanent. Demandez à votre CPAM. Si votre numéro est permanent, contactez FranceConnect avec le code ci-dessous.
error-access-denied = La connexion n'a pas abouti : FranceConnect n'a renvoyé aucune identité.
error-access-denied-next = Cela arrive quand vous êtes revenu en arrière, ou quand FranceConnect a montré une page d'erreur (« Une erreur s’est produite »). Si la page montrait « Erreur » suivi d'un code, choisissez de taper ce code : je vous l'explique.
error-invalid-idp-hint = Ce compte ne peut pas être choisi d'ici pour ce service.
error-invalid-idp-hint-next = Choisissez un autre compte, ou réessayez : le choix se fera alors dans le navigateur.
error-invalid-request = Le fournisseur a refusé la demande.
error-invalid-request-next = C'est un problème de réglage du service, pas de votre compte. Réessayez plus tard ou signalez-le.
error-server-error = Le fournisseur a eu un problème technique.
error-server-error-next = Fermez l'onglet du navigateur et réessayez. Si la page de FranceConnect montrait « Erreur » suivi d'un code, choisissez de taper ce code : je vous l'explique.
error-temporarily-unavailable = Le fournisseur est momentanément indisponible.
error-temporarily-unavailable-next = Réessayez dans quelques minutes. Si la page de FranceConnect montrait « Erreur » suivi d'un code, choisissez de taper ce code : je vous l'explique.
error-refused = Le fournisseur a refusé la connexion.
error-refused-next = Réessayez, ou choisissez un autre compte.
error-callback-issuer = La réponse ne vient pas du fournisseur attendu. Je l'ai refusée.
error-callback-issuer-next = Fermez les autres onglets de connexion et réessayez.
error-callback-issuer-missing = La réponse ne dit pas de quel fournisseur elle vient, alors que ce fournisseur le dit toujours. Je l'ai refusée.
error-callback-issuer-missing-next = Fermez les autres onglets de connexion et réessayez.
error-missing-code = Le navigateur est revenu sans réponse utilisable.
error-missing-code-next = Réessayez.
error-port-in-use = Le port de retour { $port } est déjà pris sur cet ordinateur.
error-port-in-use-next = Fermez le programme qui l'utilise, ou choisissez une autre adresse de retour enregistrée.
error-listener = Je n'ai pas pu attendre le retour du navigateur sur cet ordinateur.
error-listener-next = Réessayez. Si cela continue, redémarrez l'ordinateur.
error-timeout = Le navigateur n'est pas revenu à temps.
error-timeout-next = Réessayez : une nouvelle connexion commencera.
error-token-endpoint = Le fournisseur n'a pas confirmé la connexion.
error-token-endpoint-next = Réessayez tout de suite : la réponse du navigateur n'est valable que quelques secondes.
error-id-token = La preuve d'identité envoyée par le fournisseur n'est pas valable. Je l'ai refusée.
error-id-token-next = Aucune identité n'est montrée. Réessayez ; si cela continue, le fournisseur doit être signalé.
error-userinfo = Les informations d'identité envoyées par le fournisseur ne sont pas valables. Je les ai refusées.
error-userinfo-next = Aucune identité n'est montrée. Réessayez ; si cela continue, le fournisseur doit être signalé.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = C'est fait. Vous pouvez fermer cet onglet et revenir au terminal.
callback-failed = La connexion n'a pas abouti. Revenez au terminal : l'assistant vous explique quoi faire.
callback-refused = Cette réponse ne correspond pas à la connexion en cours. Revenez au terminal.
logout-done = Vous êtes déconnecté. Vous pouvez fermer cet onglet et revenir au terminal.

## Practice provider pages (the French text is the page; other locales give the translation under it)

practice-banner = Entraînement : ce n'est pas le vrai FranceConnect. Rien n'est envoyé à l'État.
practice-choose-doc-title = Connexion - Choix du compte
practice-connecting = Connexion en cours sur { $service }
practice-choose-title = Choisissez un compte pour vous connecter :
practice-aidants = Vous êtes un aidant professionnel ? Utiliser Aidants Connect
practice-login-title = Connexion à { $idp }
practice-account = Compte d'entraînement
practice-username = Identifiant
practice-password = Mot de passe
practice-login-button = Se connecter
practice-wrong-password = Identifiant ou mot de passe incorrect.
practice-continue-doc-title = Connexion - Continuer sur Service { $service }
practice-as = Vous allez vous connecter en tant que :
practice-continue = Continuer sur { $service }
practice-consent = J’accepte que FranceConnect transmette mes données au service pour me connecter
practice-consent-missing = Veuillez cocher la case pour accepter le transfert des données
practice-error-doc-title = Erreur de connexion
practice-back = Revenir sur { $service }
practice-error-title = Une erreur s’est produite
practice-error-code = Erreur { $code }
practice-error-body = Une erreur s'est produite, veuillez réessayer ultérieurement
practice-help-page = Merci de consulter notre page d’aide FranceConnect.
practice-what-to-do = Que faire ?
practice-contact = Contactez-nous
practice-logged-out = Vous êtes déconnecté de FranceConnect.
practice-not-found = Page non trouvée
practice-account-typical = Adulte né en France
practice-account-several = Plusieurs prénoms
practice-account-abroad = Personne née à l'étranger
practice-account-temporary = Numéro de sécurité sociale provisoire : la connexion échouera

## Plain mode

plain-invalid = Je n'ai pas compris. Tapez un numéro de 1 à { $max }, ou Entrée seule.
input-hidden = Ce que vous tapez ne s'affiche pas.
choice-default = par défaut

## Command line

cli-see-help = Voir : fcguide --help
cli-missing-value = Il manque une valeur après { $word }.
cli-unknown-option = Option inconnue : { $word }
cli-bad-port = Port invalide : { $word }
cli-bad-wait = Durée invalide (en minutes, de 1 à 1440) : { $word }
cli-not-text = Un argument n'est pas du texte lisible : { $word }
cli-switch-value = Cette option ne prend pas de valeur : { $word }
cli-bad-rules = --rules attend « franceconnect » (les règles de la plateforme) ou « oidc » (OpenID Connect standard) : { $word }
cli-no-secret-option = Le secret ne se donne jamais en ligne de commande ({ $word }) : les autres utilisateurs pourraient le lire. Utilisez la variable FCGUIDE_CLIENT_SECRET ou le fichier ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Fournisseur inconnu : { $word }. Choisissez practice, franceconnect-sandbox, franceconnect-integration ou franceconnect, ou donnez --issuer.
cli-provider-and-issuer = Choisissez soit --provider, soit --issuer, pas les deux ({ $word }).
cli-unknown-language = Langue non disponible : { $word }. Voir : fcguide --list-languages
cli-practice-port = Le port { $word } est déjà pris. Choisissez-en un autre avec --port, ou omettez --port.
cli-practice-started = Fournisseur d'entraînement démarré (sur cet ordinateur seulement). Ctrl-C pour l'arrêter.
cli-bad-bidi = --bidi attend « program » (l'assistant remet le texte de droite à gauche dans l'ordre) ou « terminal » (le terminal le fait) : { $word }
cli-bad-format = --format attend « html » (une page à imprimer) ou « text » (du texte simple) : { $word }
cli-help =
    fcguide : se connecter avec FranceConnect, pas à pas, dans votre langue.

    Utilisation :
      fcguide [options]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUE] [--second-lang LANGUE|none]
    {"                ["}--format html|text]

    Options :
      --plain               mode ligne par ligne (lecteurs d'écran, terminaux simples)
      --lang LANGUE         langue (fr, uk, en…) ; voir --list-languages
      --provider NOM        practice (par défaut), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          un autre fournisseur OpenID Connect
      --client-id ID        identifiant du service (ou FCGUIDE_CLIENT_ID)
      --redirect-uri URL    adresse de retour enregistrée (http://localhost:PORT/chemin),
                            obligatoire avec FranceConnect
      --rules NOM           franceconnect (règles de la plateforme, par défaut pour
                            ses environnements) ou oidc (par défaut avec --issuer)
      --scopes "…"          les données demandées (par défaut : identité pivot et e-mail)
      --idp-hint ID         identifiant d'un fournisseur d'identité donné par la
                            plateforme pour ce service (envoyé comme idp_hint)
      --no-browser          ne pas ouvrir le navigateur : afficher l'adresse
      --wait MINUTES        attente du navigateur avant de demander (5 par défaut, 1 à 1440)
      --bidi terminal       laisser le terminal ordonner l'écriture de droite à gauche
      --high-contrast       thème à fort contraste
      --second-lang LANGUE  la deuxième langue de la vue bilingue (français par défaut)
      --speak               lire les étapes à voix haute (spd-say ou espeak-ng)
      --list-languages      langues disponibles
      --help, --version

    Le secret du service vient de FCGUIDE_CLIENT_SECRET ou du fichier
    ~/.config/fcguide/client_secret (lisible par vous seul), jamais de la ligne de commande.
    fcguide sheet écrit la fiche des étapes à imprimer (html, par défaut) ou en texte simple.
    Codes de sortie : 0 connecté, 1 échec, 2 erreur d'utilisation, 3 annulé.
more-below = ↓ La suite est plus bas : touche Page suivante.
more-above = ↑ Le début est plus haut : touche Page précédente.
more-choices = ↕ D'autres choix sont cachés : touches flèches.

## Printable sheet
# `fcguide sheet`: a sheet to print and take home. The steps' own messages make
# most of it; these are the words around them. Words between « » are the real
# site's and stay in French in every language.

sheet-title = FranceConnect, pas à pas
# Other languages add that each French word comes with its translation.
sheet-intro = Les pages de FranceConnect sont seulement en français. Voici leurs mots exacts. N'écrivez jamais vos mots de passe ici.
sheet-bring-title = Ce qu'il faut avoir avec soi
sheet-bring-card = Votre carte Vitale ou votre attestation de droits de l'Assurance maladie.
sheet-bring-account = L'identifiant et le mot de passe de votre compte sur un de ces sites :
sheet-bring-email = L'accès à votre adresse e-mail : le site de votre compte peut vous y écrire.
sheet-steps-title = Les étapes
sheet-step-start-title = Sur le site du service
sheet-step-start = Cherchez ce bouton bleu et cliquez dessus :
sheet-step-login = Sur la page du compte choisi, tapez vous-même votre identifiant et votre mot de passe, puis cliquez sur :
sheet-codes-title = Si FranceConnect montre une erreur
sheet-codes-intro = Notez le code écrit après « Erreur » et donnez-le quand vous demandez de l'aide. Ce qu'il veut dire :
sheet-help-title = Où trouver de l'aide
sheet-help-cpam = Votre caisse d'Assurance maladie (CPAM) : si votre numéro commence par 7 ou 8, ou si votre dossier est en cours.
sheet-help-contact = FranceConnect : le lien « Contactez-nous » de sa page d'erreur. Donnez le code de l'erreur.
sheet-helper-title = Pour la personne qui aide
sheet-helper-password = Ne tapez jamais le mot de passe de la personne, même pour l'aider : c'est elle qui le tape.
sheet-helper-aidants = Pour agir en son nom, un professionnel formé utilise Aidants Connect, avec un mandat signé par la personne :
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = Vous êtes un aidant professionnel ? Utiliser Aidants Connect
