# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V፦ ድምጺ (ተወሊዑ)
keys-voice-off = V፦ ድምጺ (ጠፊኡ)
speech-stalled = ፕሮግራም ንባብ ኣይምልስን ዘሎ፦ ብዓውታ ምንባብ ጠፊኡ። እንደገና ንምፍታን V ጠውቑ።
key-does-nothing = እዚ መልጎም ኣብዚ ዋላ ሓንቲ ኣይገብርን። ንሓገዝ ? ጠውቑ።
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = ብራውዘር ክፈቱ
