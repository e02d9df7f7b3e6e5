# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: غږ (فعال)
keys-voice-off = V: غږ (بند)
speech-stalled = د لوستلو پروګرام ځواب نه ورکوي: په لوړ غږ لوستل بند شول. د بیا هڅې لپاره V کېکاږئ.
key-does-nothing = دا تڼۍ دلته هېڅ نه کوي. د مرستې لپاره ? کېکاږئ.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = براوزر پرانیزئ
