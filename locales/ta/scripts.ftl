compact-practice = பயிற்சி, உண்மையான FranceConnect அல்ல
compact-more-below = ↓ தொடர்ச்சி கீழே
compact-more-above = ↑ தொடக்கம் மேலே
compact-more-choices = ↕ வேறு தேர்வுகள்
console-cannot-show = Linux கன்சோலால் இந்த மொழியின் எழுத்தைக் ({ $lang }) காட்ட முடியாது. இங்கே வேலை செய்வது:
console-plain = எளிய உரை முறை, திரை வாசிப்பானுக்கு: { $command }
console-speak = உரக்கப் படித்தல்: { $command }
console-sheet = அச்சிட வேண்டிய தாள் (வேறு கணினியில்): { $command }
