## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = L'adresse de retour (--redirect-uri) n'est pas valable.
error-config-redirect-address-next = Donnez exactement l'adresse enregistrée pour ce service : en intégration, une adresse de cet ordinateur avec un port fixe (http://localhost:8400/callback) ; en production, une page https du service, sur son propre nom de domaine.
error-config-loopback-production = FranceConnect en production refuse les adresses de retour de cet ordinateur (localhost, 127.0.0.1) : le navigateur s'arrêterait sur l'erreur Y030007.
error-config-loopback-production-next = Enregistrez chez FranceConnect une page https du service, sur son propre nom de domaine, qui montre son adresse (fcguide relay-page donne cette page), puis donnez-la avec --redirect-uri. Les adresses de cet ordinateur ne marchent qu'en intégration.
cli-bad-service-name = Nom de service non valable : { $word }. Donnez le nom enregistré chez FranceConnect, en texte simple, 100 caractères au plus.
choice-paste = Coller l'adresse de la page du service
auth-paste-when = Après « Continuer sur { $service } », le navigateur arrive sur la page de { $service }, qui montre une adresse. Copiez-la, puis collez-la ici avec le premier choix.
paste-title = Coller l'adresse de la page du service
paste-body = Sur la page de { $service }, copiez toute l'adresse affichée (elle commence par { $page }), collez-la ici et appuyez sur Entrée. Entrée seule revient en arrière.
paste-input = Adresse :
paste-problem-too-long = Ce texte est bien trop long pour être l'adresse de la page.
paste-problem-control = Ce texte contient des caractères de commande : ce n'est pas une adresse.
paste-problem-not-an-address = Ce n'est pas une adresse. Copiez toute l'adresse, depuis son début.
paste-problem-other-page = Ce n'est pas l'adresse de la page du service. Copiez l'adresse de la page où le navigateur est arrivé après FranceConnect.
paste-problem-no-answer = Cette adresse ne contient pas la réponse de FranceConnect. Finissez d'abord la connexion dans le navigateur, puis copiez l'adresse de la page d'arrivée.
paste-problem-other-attempt = Cette adresse vient d'une autre connexion (un ancien onglet). Utilisez l'onglet ouvert en dernier, ou recommencez.
help-paste = En production, FranceConnect renvoie le navigateur vers la page du service, pas vers cet ordinateur. Cette page montre son adresse avec un bouton pour la copier. Collez-la ici : je la vérifie et ne l'utilise qu'une fois.
