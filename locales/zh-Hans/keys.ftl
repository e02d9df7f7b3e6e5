# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V：语音（已开启）
keys-voice-off = V：语音（已停止）
speech-stalled = 朗读程序没有响应：朗读已停止。按 V 重试。
key-does-nothing = 这个键在这里没有作用。按 ? 查看帮助。
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = 打开浏览器
