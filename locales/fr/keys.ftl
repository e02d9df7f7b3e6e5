# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V : voix (activée)
keys-voice-off = V : voix (arrêtée)
speech-stalled = Le programme de lecture ne répond pas : la lecture à voix haute est arrêtée. Appuyez sur V pour réessayer.
key-does-nothing = Cette touche ne fait rien ici. Appuyez sur ? pour l’aide.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Ouvrir le navigateur
