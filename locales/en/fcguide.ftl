language-name = English
language-name-en = English
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = not yet reviewed by a native speaker
language-no-voice = no voice for reading aloud

## Around every step

progress = Step { $step } of { $total }
practice-mark = Practice: a stand-in provider, not the real FranceConnect
note-label = Important:
help-label = Help:
french-label = In French:
keys-tui = Arrows or number: choose · Enter: confirm · Esc: back · ?: help · L: language · B: two languages · F: swap · Q: quit
keys-input = Enter: confirm · Esc: back · F1: help
keys-input-nir = Enter: check · Esc: back · F1: help · F2: show or hide the digits
keys-plain = Type a number, then Enter. Enter alone: the proposed choice. Zero: back. h: help. l: language. q: quit.
keys-short = ?: help · Q: quit
prompt = Choice
prompt-default = Enter alone: { $choice }
still-waiting = Still waiting for the browser. You can carry on in the browser, or type a choice.
too-small = The window is too small. Make it bigger, or run fcguide --plain.
connected-mark = [FranceConnect ✓] Connected
help-keys = Keys: Enter takes the proposed choice. Esc, Backspace or zero goes back. L changes the language without losing your progress. B shows a second language under each text; F swaps the two languages. V reads the steps aloud, or stops the voice. In line-by-line mode: h for help, b, f and v as these keys.
help-practice = Practice: here the provider is a stand-in on this computer, not the real FranceConnect. Nothing is sent to the State.
speech-on = Reading aloud: on.
speech-off = Reading aloud: off.
speech-unavailable = No program to read aloud is installed (spd-say or espeak-ng): the assistant goes on without voice.
more-below = ↓ More below: Page Down key.
more-above = ↑ The start is above: Page Up key.
more-choices = ↕ More choices are out of sight: arrow keys.

## Words of the real site

fr-words-button = Sign in with FranceConnect
fr-words-choose = Choose an account to sign in:
fr-words-login = Sign in
fr-words-as = You are about to sign in as:
fr-words-continue = Continue to { $service }
fr-words-consent = I agree that FranceConnect sends my data to the service to sign me in
fr-words-error = An error occurred
fr-words-code = Error Y010008
fr-words-what-to-do = What to do?
fr-words-back = Go back to { $service }

## Step 1: language

language-title = Choose your language
language-body = The assistant speaks your language. It also shows the French words you will see on the real site.
language-note = FranceConnect needs a permanent French social security number. We will explain this.
help-language = Choose the language you read best. You can change it at any time with the L key. You can also type the start of a language's name to find it.

## Step 2: welcome and prerequisite

welcome-title = What is FranceConnect?
welcome-what = FranceConnect is free: one account for many public services online (taxes, health, unemployment…).
welcome-need = You need a permanent social security number: FranceConnect checks your identity in the national register (RNIPP).
welcome-where = This number has 15 digits: it is on your carte Vitale and on your health insurance certificate (attestation de droits).
welcome-without = No number yet, or a temporary one (starting with 7 or 8)? FranceConnect will not work yet: ask your CPAM. Meanwhile, use the website's own account.
welcome-note = Without a permanent social security number, the connection fails. A temporary number (starting with 7 or 8) is not enough.
help-welcome = Continue leads to the choice of account. You can first check the shape of your number: the check happens on this computer only, nothing is sent or saved.
choice-continue = Continue
choice-check-nir = Check my social security number
choice-check-again = Check another number
choice-back = Back
choice-quit = Quit

## Number check

nir-title = Check my social security number
nir-body = Type the 15 digits, the 2 check digits at the end included. The number stays on this computer: it is not sent, not saved, and it is wiped after the check.
nir-input = Social security number (15 digits). Enter alone: skip.
nir-show-digits = s then Enter: show the digits
nir-read-back = You typed: { $number }
nir-permanent = This number is well formed and permanent. FranceConnect can work.
nir-permanent-abroad = This number is well formed and permanent (a person born outside France). FranceConnect can work.
nir-temporary = This is a temporary number: it starts with 7 or 8. FranceConnect will not work with it. Ask your CPAM for your permanent number.
nir-wrong-key = The 2 check digits (the last 2) do not match the rest of the number. Check each digit on your carte Vitale.
nir-missing-key = The 2 check digits are missing: add the last 2 digits (they are on your carte Vitale, after the first 13).
nir-malformed = This is not the shape of a social security number. It needs 15 characters; the first is 1 or 2 (7 or 8 for a temporary number).
nir-note = A permanent number starts with 1 or 2. It is the one the national register knows.
nir-note-temporary = With a temporary number, FranceConnect will show a page « Une erreur s’est produite » with « Erreur Y010008 ». It is not your fault: you need to wait for the permanent number.
help-nir = The check only looks at the shape of the number and its 2 check digits. It does not tell whether the register knows you yet.

## Step 3: choose an identity provider

idp-title = Choose an account
idp-body = You must already have an account on one of these sites. Choose one.
idp-after-not-me = You said the identity shown was not yours. It has been deleted. Choose another account, or ask for help.
idp-note = What matters: your identity must be in the national register. You enter it with a permanent social security number.
help-idp = Choose the site where you already have a username and password. If you have none, the easiest is often ameli.fr (health insurance) or impots.gouv.fr. Are you a professional helping this person? Never type their password for them: they type it themselves. To act on their behalf, there is Aidants Connect.
idp-impots-who = Anyone who declares income in France. You need your tax number.
idp-ameli-who = Anyone covered by French health insurance. You need your social security number.
idp-laposte-who = Adults with a French identity document or a residence permit. You need a mobile phone.
idp-msa-who = People insured by the agricultural social insurance (farming).
idp-france-identite-who = People with the new French identity card and a compatible phone.
idp-yris-who = Adults with an identity document. You need a mobile phone.
idp-trustme-who = Adults with an identity document. You need a mobile phone and the TrustMe app.

## Plain mode

plain-invalid = I did not understand. Type a number from 1 to { $max }, or Enter alone.
input-hidden = What you type is not shown.
choice-default = default

