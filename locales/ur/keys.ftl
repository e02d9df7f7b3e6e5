# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: آواز (چالو)
keys-voice-off = V: آواز (بند)
speech-stalled = پڑھنے والا پروگرام جواب نہیں دے رہا: بلند آواز میں پڑھنا بند کر دیا گیا۔ دوبارہ کوشش کے لیے V دبائیں۔
key-does-nothing = یہ کلید یہاں کچھ نہیں کرتی۔ مدد کے لیے ? دبائیں۔
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = براؤزر کھولیں
