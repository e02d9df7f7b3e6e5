# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: cod (shidan)
keys-voice-off = V: cod (demsan)
speech-stalled = Barnaamijka akhrinta kama jawaabayo: kor u akhriska waa la joojiyay. Riix V si aad mar kale isugu daydo.
key-does-nothing = Furahan halkan waxba ma qabto. Riix ? si aad u hesho caawimaad.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Fur biraawsarka
