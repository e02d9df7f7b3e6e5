# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: குரல் (இயக்கத்தில்)
keys-voice-off = V: குரல் (நிறுத்தப்பட்டது)
speech-stalled = வாசிப்பு நிரல் பதில் தரவில்லை: வாசித்துக் காட்டுதல் நிறுத்தப்பட்டது. மீண்டும் முயல V அழுத்தவும்.
key-does-nothing = இந்த விசை இங்கே எதுவும் செய்யாது. உதவிக்கு ? அழுத்தவும்.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = உலாவியைத் திற
