# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: voice (on)
keys-voice-off = V: voice (off)
speech-stalled = The speech program does not answer: reading aloud is now off. Press V to try again.
key-does-nothing = This key does nothing here. Press ? for help.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Open the browser
