# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: ses (açık)
keys-voice-off = V: ses (kapalı)
speech-stalled = Okuma programı yanıt vermiyor: sesli okuma kapatıldı. Yeniden denemek için V tuşuna basın.
key-does-nothing = Bu tuş burada bir şey yapmaz. Yardım için ? tuşuna basın.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Tarayıcıyı aç
