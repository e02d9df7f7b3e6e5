# Issue 22 : la ligne de commande, les réglages retenus, fcguide check et --debug.
cli2-unexpected-operand = Mot inattendu : { $word }. Les seuls mots qui ne sont pas des options sont les commandes : sheet, check, config, practice-server, relay-page (après -- aussi).
cli2-write-failed = Impossible d'écrire la sortie : { $word }
cli2-help-more =
    Commandes et options peuvent venir dans n'importe quel ordre ; -- termine les options.
      fcguide check [options]    vérifier les réglages avant une séance (fournisseur,
                                 proxy, TLS, horloge, adresse de retour, fichier secret)
      fcguide config [options]   montrer chaque réglage en vigueur et sa provenance
      --debug                    écrire une trace des adresses, statuts et erreurs,
                                 sans donnée personnelle : sur la sortie d'erreur en
                                 mode ligne par ligne, sinon dans ~/.local/state/fcguide/debug.log
      COMMANDE --help            l'aide d'une commande

    Réglages retenus : ~/.config/fcguide/config, une ligne clef = valeur par réglage
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Les options l'emportent.

    Environnement : FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Voir : man fcguide
cli2-help-sheet =
    fcguide sheet : la fiche des étapes à imprimer, sur la sortie standard, avec les
    mots français du site à côté de leur traduction, sans donnée personnelle.

    Utilisation : fcguide sheet [--lang LANGUE] [--second-lang LANGUE|none] [--format html|text]
      --lang LANGUE            la langue de la fiche (par défaut : celle du système)
      --second-lang LANGUE     imprimée dessous, plus petite (par défaut : le français) ;
                               none : une seule langue
      --format html|text       html (par défaut) : une page à imprimer en A4 ;
                               text : des lignes de 80 colonnes au plus
    Exemple : fcguide sheet --lang uk > fiche.html
cli2-help-practice-server =
    fcguide practice-server : le fournisseur d'entraînement seul, sur cet ordinateur
    (127.0.0.1), pour le navigateur d'un formateur ou un autre programme. Il affiche
    son issuer, son identifiant client, un secret créé pour cette fois et l'adresse
    de retour qu'il accepte. Ctrl-C l'arrête.

    Utilisation : fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang LANGUE]
      --port N             le port (par défaut : un port libre)
      --redirect-uri URL   la seule adresse de retour qu'il accepte
      --consent-box        montrer la case à cocher avant de continuer, comme certains services
      --lang LANGUE        la langue de ce qu'il affiche
cli2-help-check =
    fcguide check : vérifie les réglages avant de s'asseoir avec une personne, un
    verdict par ligne : les réglages (identifiant client, adresse de retour, secret),
    le fichier secret, le proxy, la connexion sécurisée (TLS), l'horloge de cet
    ordinateur face à celle du fournisseur, et la description du fournisseur
    (discovery). Rien de secret n'est affiché. Elle prend les options d'une séance
    (--provider, --issuer, --client-id, --redirect-uri, --rules, --lang, --debug)
    et lit le fichier de réglages. Code de sortie : 0 prêt, 1 un problème.
cli2-help-config =
    fcguide config : montre chaque réglage en vigueur et sa provenance : une option,
    une variable, une ligne du fichier, ou la valeur par défaut.
    Le fichier : ~/.config/fcguide/config (ou $XDG_CONFIG_HOME/fcguide/config),
    un réglage par ligne, clef = valeur ; une ligne qui commence par # est un commentaire.
    Clefs : provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes ou no), theme (high-contrast ou default).
    Le secret n'y va jamais : utilisez le fichier client_secret à côté (chmod 600).
cli2-config-bad-line = { $file }:{ $line } : cette ligne n'est pas de la forme clef = valeur. Corrigez-la, ou commencez-la par # pour en faire un commentaire.
cli2-config-unknown-key = { $file }:{ $line } : réglage inconnu { $word }. Les réglages sont : provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line } : cette valeur ne convient pas à { $word }. Voir : fcguide config --help
cli2-config-secret = { $file }:{ $line } : le secret ne va jamais dans ce fichier. Supprimez cette ligne et mettez le secret seul dans { $secret } (chmod 600), ou dans FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line } : ce réglage est déjà donné ligne { $word }. N'en gardez qu'un.
cli2-config-unreadable = { $file } ne peut pas être lu : ce doit être un fichier texte que vous pouvez lire, de moins de 64 Kio.
cli2-config-file = Fichier de réglages : { $file }
cli2-config-no-file = Pas de fichier de réglages (il serait lu dans { $file }).
cli2-config-unset = (non réglé)
cli2-origin-option = option { $word }
cli2-origin-env = variable { $word }
cli2-origin-default = par défaut
cli2-check-title = Vérification des réglages pour { $word }
cli2-check-ok = OK
cli2-check-warning = Attention
cli2-check-problem = Problème
cli2-check-practice = Le fournisseur d'entraînement intégré : ni identifiant client, ni secret, ni adresse de retour à régler.
cli2-check-setup-ok = Rien ne manque dans les réglages.
cli2-check-secret-env = Le secret vient de FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = Le fichier secret est à vous et fermé aux autres : { $file }
cli2-check-secret-none = Pas de secret. Si le service en a un, mettez-le seul dans { $file } (chmod 600), ou dans FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = L'adresse de retour suit les règles de la plateforme : { $word }
cli2-check-redirect-free = Pas d'adresse de retour à enregistrer : un port libre de cet ordinateur est pris à chaque connexion.
cli2-check-loopback = Le fournisseur est sur cet ordinateur : pas de proxy, pas de TLS, la même horloge.
cli2-check-proxy-none = Pas de proxy : le fournisseur est joint directement.
cli2-check-proxy = Par le proxy { $word }.
cli2-check-proxy-socks = Le proxy { $word } est un proxy SOCKS, que fcguide n'utilise pas : le fournisseur est joint directement.
cli2-check-tls-ok = Connexion sécurisée (TLS) vérifiée avec { $word }.
cli2-check-clock-ok = L'horloge de cet ordinateur s'accorde avec celle du fournisseur ({ $seconds } s d'écart).
cli2-check-clock-off = L'horloge de cet ordinateur a { $seconds } s d'écart avec celle du fournisseur : réglez l'heure, sinon la connexion sera refusée.
cli2-check-clock-unknown = Le fournisseur n'a pas donné son heure : l'horloge n'a pas été vérifiée.
cli2-check-discovery-ok = Le fournisseur répond et se décrit (discovery).
cli2-check-ready = Prêt : rien ne s'oppose à une séance.
cli2-check-not-ready = Pas prêt : corrigez les problèmes ci-dessus, puis relancez fcguide check.
cli2-debug-file = La trace de cette séance (sans donnée personnelle) est dans { $file }, lisible par vous seul.
