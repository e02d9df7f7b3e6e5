# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: голос (включён)
keys-voice-off = V: голос (выключен)
speech-stalled = Программа чтения не отвечает: чтение вслух выключено. Нажмите V, чтобы попробовать снова.
key-does-nothing = Эта клавиша здесь ничего не делает. Нажмите ? для справки.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Открыть браузер
