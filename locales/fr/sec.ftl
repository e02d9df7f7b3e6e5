# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Un autre programme de cet ordinateur a essayé de prendre part à la connexion. Je l'ai arrêtée : aucune identité n'est montrée.
error-intruder-next = Réessayez : une nouvelle connexion commencera. Si cela se reproduit, utilisez un autre ordinateur et prévenez la personne qui s'occupe de celui-ci.
notice-intruder = Un autre programme de cet ordinateur a essayé de prendre part à la déconnexion. Je l'ai arrêtée : fermez le navigateur pour finir.
