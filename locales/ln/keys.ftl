# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: mongongo (efungwami)
keys-voice-off = V: mongongo (ekatami)
speech-stalled = Programɛ ya kotánga ezongisi eyano te: kotánga na mongongo ekatami. Finá V mpo na komeka lisusu.
key-does-nothing = Fungola oyo esalaka eloko te awa. Finá ? mpo na lisalisi.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Kofungola navigateur
