# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: vwa (limen)
keys-voice-off = V: vwa (etenn)
speech-stalled = Pwogram lekti a pa reponn: lekti a wot vwa etenn. Peze V pou eseye ankò.
key-does-nothing = Touch sa a pa fè anyen isit la. Peze ? pou jwenn èd.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Louvri navigatè a
