# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: voz (activada)
keys-voice-off = V: voz (desactivada)
speech-stalled = El programa de lectura no responde: la lectura en voz alta está desactivada. Pulse V para intentarlo de nuevo.
key-does-nothing = Esta tecla no hace nada aquí. Pulse ? para ver la ayuda.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Abrir el navegador
