# Keys and voice: the voice key's state, a stalled speech program, a key that does nothing.
keys-voice-on = V: ხმა (ჩართულია)
keys-voice-off = V: ხმა (გამორთულია)
speech-stalled = კითხვის პროგრამა არ პასუხობს: ხმამაღლა კითხვა გამოირთო. ხელახლა საცდელად დააჭირეთ V-ს.
key-does-nothing = ეს ღილაკი აქ არაფერს აკეთებს. დახმარებისთვის დააჭირეთ ?-ს.
# Waiting, when no browser opened yet (--no-browser, or it failed): not "again".
choice-open-browser = ბრაუზერის გახსნა
