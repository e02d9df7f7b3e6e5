## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Le site d'Aidants Connect, pour les professionnels :

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
