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
