# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: voz (ativada)
keys-voice-off = V: voz (desativada)
speech-stalled = O programa de leitura não responde: a leitura em voz alta foi desativada. Prima V para tentar de novo.
key-does-nothing = Esta tecla não faz nada aqui. Prima ? para ver a ajuda.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Abrir o navegador
