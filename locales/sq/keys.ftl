# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: zëri (aktiv)
keys-voice-off = V: zëri (i ndalur)
speech-stalled = Programi i leximit nuk përgjigjet: leximi me zë u ndal. Shtypni V për të provuar përsëri.
key-does-nothing = Ky tast nuk bën asgjë këtu. Shtypni ? për ndihmë.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Hap shfletuesin
