# Petits écrans (40×12) : la marque d'entraînement et les avis de suite tiennent sur une ligne.
compact-practice = Essai, pas le vrai FranceConnect
compact-more-below = ↓ Suite plus bas
compact-more-above = ↑ Début plus haut
compact-more-choices = ↕ Autres choix
# Console Linux (TERM=linux) : montré en français et en anglais, quelle que soit la langue choisie.
console-cannot-show = La console Linux ne peut pas afficher l'écriture de cette langue ({ $lang }). Ce qui marche ici :
console-plain = le mode texte simple, pour un lecteur d'écran : { $command }
console-speak = la lecture à voix haute : { $command }
console-sheet = la fiche à imprimer (sur un autre ordinateur) : { $command }
