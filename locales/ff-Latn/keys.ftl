# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: daande (ina huuwa)
keys-voice-off = V: daande (darii)
speech-stalled = Porogaraam janngugol ngal jaabotaako: janngugol e daande darii. Ñoƴƴu V ngam eto kadi.
key-does-nothing = Ndee butoŋ huutortaa hay huunde ɗoo. Ñoƴƴu ? ngam heɓde ballal.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Uddit navigateur
