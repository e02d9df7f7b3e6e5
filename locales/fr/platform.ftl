## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Le registre national a rejeté la demande : il a refusé les données d'identité envoyées par le compte choisi. Ce n'est pas une panne.
code-y010009-next = Réessayez une fois. Si le même code revient, choisissez un autre compte, ou contactez FranceConnect avec ce code pour faire vérifier vos données.
code-navigation = Le bouton Retour du navigateur, ou le rechargement d'une page, a interrompu la connexion.
code-navigation-next = Fermez tous les onglets de FranceConnect, puis choisissez Réessayer. Pendant la connexion, n'utilisez pas le bouton Retour du navigateur.
code-y180001 = Votre accès à FranceConnect a été désactivé.
code-y180001-next = Pour le réactiver, contactez FranceConnect avec ce code. En attendant, utilisez le compte propre au site.
code-y100011 = Vous avez bloqué ce compte dans vos préférences FranceConnect.
code-y100011-next = Choisissez un autre compte, ou autorisez de nouveau celui-ci dans vos préférences FranceConnect, puis réessayez.
code-idp-off = Ce compte ne peut pas servir en ce moment pour ce service : il est désactivé, ou ce service ne l'accepte pas.
code-idp-off-next = Choisissez un autre compte.
code-y04ea6ef = FranceConnect ne connaît pas ce service (son identifiant, le client id, est inconnu). C'est une erreur dans l'inscription du service, pas la vôtre.
code-y04ea6ef-next = Vous ne pouvez rien y faire : donnez ce code au service. Pour son administrateur : vérifiez le client id et l'environnement (intégration ou production) ; un client id ne marche que dans l'environnement qui l'a donné.
code-y04c013c = L'adresse de retour du service n'est pas inscrite chez FranceConnect (autre port, autre nom ou http au lieu de https). C'est une erreur dans l'inscription du service, pas la vôtre.
code-y04c013c-next = Vous ne pouvez rien y faire : donnez ce code au service. Pour son administrateur : inscrivez exactement l'adresse donnée avec --redirect-uri, ou donnez celle qui est inscrite.
code-logout-refused = FranceConnect a refusé la demande de fin de session du service (preuve de connexion manquante, ou adresse de retour après la fin de session pas inscrite).
code-logout-refused-next = Fermez le navigateur pour finir la session de FranceConnect. Pour l'administrateur du service : inscrivez l'adresse de retour après la fin de session.

## The practice provider, as the platform words its pages

practice-error-technical = Une erreur technique est survenue, fermez l’onglet de votre navigateur et reconnectez-vous.
practice-error-session = Votre session a expiré ou est invalide, fermez l’onglet de votre navigateur et reconnectez-vous.
practice-error-communication = Une erreur de communication avec le fournisseur de service est survenue. Veuillez réessayer ultérieurement.
practice-cancel = Annuler
practice-idp-failed = La connexion à { $idp } n’a pas été possible. Veuillez réessayer ou choisir un autre moyen de connexion.
practice-choose-error-doc-title = Erreur lors du choix du compte

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = La page dit « La connexion à » … « n’a pas été possible »
notice-not-possible = Cette page de FranceConnect veut dire que la connexion à { $idp } ne s'est pas terminée : vous avez annulé chez { $idp }, ou la connexion y a échoué. Rien n'a été envoyé au service. J'attends toujours : sur cette page, choisissez de nouveau { $idp } pour réessayer, ou un autre compte.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Le fournisseur a refusé l'identifiant du service (client id) ou son secret.
error-client-rejected-next = C'est l'inscription du service qui est en cause, pas votre compte : réessayer n'y changera rien. Vérifiez le client id et le secret donnés à ce programme, et l'environnement (intégration ou production), ou demandez-les à l'administrateur du service.
error-config-secret-file-link = Le fichier du secret ({ $file }) est un lien symbolique : je refuse de le suivre.
error-config-secret-file-link-next = Mettez le secret dans un vrai fichier à cet endroit, pas dans un lien, lisible par vous seul (chmod 600).
