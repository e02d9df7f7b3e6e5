# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: deng (vekirî)
keys-voice-off = V: deng (rawestiyayî)
speech-stalled = Bernameya xwendinê bersiv nade: xwendina bi deng hate rawestandin. Ji bo careke din biceribînin V bitikînin.
key-does-nothing = Ev bişkok li vir tiştekî nake. Ji bo alîkariyê ? bitikînin.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = Gerokê vekin
