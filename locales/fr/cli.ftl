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
