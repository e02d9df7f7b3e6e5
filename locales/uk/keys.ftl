# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: голос (увімкнено)
keys-voice-off = V: голос (вимкнено)
speech-stalled = Програма читання не відповідає: читання вголос вимкнено. Натисніть V, щоб спробувати ще раз.
key-does-nothing = Ця клавіша тут нічого не робить. Натисніть ? для довідки.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Відкрити браузер
