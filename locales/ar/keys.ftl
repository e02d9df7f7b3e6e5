# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: الصوت (مفعّل)
keys-voice-off = V: الصوت (متوقف)
speech-stalled = برنامج القراءة لا يستجيب: توقفت القراءة بصوت عالٍ. اضغط V للمحاولة مرة أخرى.
key-does-nothing = هذا المفتاح لا يفعل شيئًا هنا. اضغط ? للمساعدة.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = فتح المتصفح
