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
more-below = ↓ La suite est plus bas : touche Page suivante.
more-above = ↑ Le début est plus haut : touche Page précédente.
more-choices = ↕ D'autres choix sont cachés : touches flèches.

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

## Plain mode

plain-invalid = Je n'ai pas compris. Tapez un numéro de 1 à { $max }, ou Entrée seule.
input-hidden = Ce que vous tapez ne s'affiche pas.
choice-default = par défaut

