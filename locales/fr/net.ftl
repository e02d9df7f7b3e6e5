# Issue 20: why the provider could not be reached, told apart, each with what to do.
# $host: the provider's address (name and port); $proxy: the proxy's.
error-net-name = Le nom { $host } est introuvable sur le réseau.
error-net-name-next = Vérifiez l'adresse du fournisseur (une faute de frappe ?) et la connexion à Internet, puis réessayez.
error-net-refused = { $host } refuse la connexion : rien n'y répond.
error-net-refused-next = Vérifiez l'adresse et son port. Si elle est juste, le service est peut-être arrêté : réessayez plus tard.
error-net-certificate = Le certificat de { $host } n'est pas reconnu comme fiable par cet ordinateur.
error-net-certificate-next = Au bureau, un proxy qui contrôle les connexions a souvent sa propre autorité de certification : demandez au service informatique de l'installer sur cet ordinateur, ou donnez son fichier dans la variable SSL_CERT_FILE. Sur un réseau inconnu, n'allez pas plus loin.
error-net-proxy = Le proxy { $proxy } n'a pas ouvert la connexion vers { $host }.
error-net-proxy-next = Vérifiez les variables HTTPS_PROXY, ALL_PROXY et NO_PROXY, ou demandez au service informatique quel proxy utiliser.
error-net-timeout = { $host } n'a pas répondu à temps.
error-net-timeout-next = La connexion est peut-être lente ou coupée : vérifiez-la, puis réessayez.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Fin de l'assistant : vous êtes déconnecté de FranceConnect.
