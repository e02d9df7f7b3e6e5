# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: صدا (روشن)
keys-voice-off = V: صدا (خاموش)
speech-stalled = برنامهٔ خواندن جواب نمی‌دهد: خواندن با صدای بلند خاموش شد. برای کوشش دوباره V را فشار دهید.
key-does-nothing = این کلید در اینجا کاری نمی‌کند. برای کمک ? را فشار دهید.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = باز کردن مرورگر
