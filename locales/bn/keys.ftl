# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: কণ্ঠ (চালু)
keys-voice-off = V: কণ্ঠ (বন্ধ)
speech-stalled = পড়ে শোনানোর প্রোগ্রাম সাড়া দিচ্ছে না: পড়ে শোনানো বন্ধ করা হয়েছে। আবার চেষ্টা করতে V চাপুন।
key-does-nothing = এই কী এখানে কিছু করে না। সাহায্যের জন্য ? চাপুন।
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = ব্রাউজার খুলুন
