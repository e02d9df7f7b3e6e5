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

## Step 4: authenticate in the browser

auth-title = Sign in, in the browser
auth-failed-title = The connection did not go through
auth-starting = Preparing the connection…
auth-opened = The browser has opened. Come back here afterwards.
auth-not-opened = The browser did not open. Open this address in a browser on this computer:
auth-no-browser = Open this address in a browser on this computer:
auth-no-display = There is no graphical browser here. Open this address in a browser on this computer, for example a text browser:
auth-ssh = You are connected to this computer from a distance (SSH). Two ways to go on: open the address in a browser on this computer; or, on your own computer, type the command below, then open the address in your browser.
auth-in-browser = In the browser: choose { $idp }, type your username and password, then « Se connecter ».
auth-timed-out = The planned time has passed, but you can still finish in the browser. If you need more time, choose “More time”.
auth-checking = The browser came back. I am checking your identity…
auth-note = FranceConnect will look for your identity in the national register. With a temporary number it will not be found.
auth-note-register = The most common cause: no permanent social security number yet. You can check your number: choose “Check my social security number”.
help-auth = The browser shows the FranceConnect pages. If nothing opens, copy the address shown. You can ask for more time as often as you need.
help-auth-failed = Each choice says what it does. Try again opens the browser again. To understand an error page of FranceConnect, type its code. To write to FranceConnect: the « Contactez-nous » button on its error page, or the website aide.franceconnect.gouv.fr.
choice-reopen = Open the browser again
choice-more-time = More time ({ $minutes ->
        [one] { $minutes } more minute
       *[other] { $minutes } more minutes
    })
notice-more-time = All right: { $minutes ->
        [one] { $minutes } more minute.
       *[other] { $minutes } more minutes.
    }
notice-more-time-until = All right: { $minutes ->
        [one] { $minutes } more minute
       *[other] { $minutes } more minutes
    }, until { $time }.
notice-reopened = The browser opened again on the sign-in page.
notice-not-reopened = The browser did not open. Open the address yourself.
choice-cancel = Cancel and go back to the choice of account
choice-retry = Try again
choice-other-idp = Choose another account
choice-read-code = Type the code from FranceConnect's error page
choice-code-again = Type another code
code-title = What did FranceConnect's page say?
code-body = If the page said « Une erreur s’est produite », type the code written after « Erreur » (for example Y010008). If there was no code, press Enter alone.
code-input = Code from the page (for example Y010008). Enter alone: no code.
code-read = Code { $code }:
code-note = This code helps FranceConnect's support and your CPAM understand what happened. Write it down. To write to FranceConnect: the « Contactez-nous » button on its error page, or the website aide.franceconnect.gouv.fr.
help-code = The code is on FranceConnect's error page, after the word « Erreur ». It starts with Y, followed by at least 6 digits or letters (for example Y010008 or Y04EA6EF). Nothing you type is sent anywhere.
code-y010008 = FranceConnect did not find your identity in the national register (RNIPP). This is not your fault.
code-y010008-next = The most common cause: no permanent social security number yet (a temporary number, starting with 7 or 8, or a file still in progress). Ask your CPAM about your permanent number. Meanwhile, use the website's own account. If your number is already permanent, contact FranceConnect with this code.
code-y010004 = The national register found an identity close to your account's, but not close enough.
code-y010004-next = Your identity details differ between your account and the register (name, given names, date or place of birth). Contact FranceConnect with this code to have them corrected.
code-y010006 = The national register found several possible identities for you.
code-y010006-next = Your details need correcting. Contact FranceConnect with this code.
code-y010007 = The national register found you only with your usage name (for example a married name).
code-y010007-next = Your details need correcting. Contact FranceConnect with this code.
code-register-technical = The national register could not answer: a technical problem, not your fault.
code-register-technical-next = Try again later. If it goes on, contact FranceConnect with this code.
code-y010015 = The national register no longer allows connecting with this identity.
code-y010015-next = Contact FranceConnect with this code: the team will look at your situation with you.
code-y030007 = The request the service sent was not correct. This is not your fault.
code-y030007-next = It is a set-up problem of the service (or of this assistant). Report it to the service with this code.
code-y190001 = The session expired or is no longer valid: the connection took too long, or the page stayed open too long.
code-y190001-next = Close the FranceConnect tab, then start again: choose Try again.
code-unknown = I do not know this code.
code-unknown-next = Check it on the page (Y followed by at least 6 digits or letters). If it is right, contact FranceConnect with this code.
code-none = The page showed no code: you probably went back before signing in.
code-none-next = You can try again, or choose another account.

## Step 5: confirm

confirm-title = Check your identity
confirm-body = Check that this identity is yours.
confirm-given = Given names: { $value }
confirm-family = Family name at birth: { $value }
confirm-birthdate = Date of birth: { $value }
months = January, February, March, April, May, June, July, August, September, October, November, December
confirm-birthplace = Place of birth: commune code { $code }
confirm-born-abroad = Place of birth: outside France (country { $country })
confirm-continue = On the real site, this last page shows your names and a blue button. Older guides call it « Bienvenue ».
confirm-consent = Some services first ask you to tick a box.
confirm-wrong = Not you? Choose “This is not me”: the identity is deleted.
confirm-note = This identity comes from the national register, thanks to your permanent social security number.
help-confirm = Look at each line. If everything is right, confirm. Nothing is saved on this computer. Something wrong? Contact the organisation of the account you used. FranceConnect sends you an email only when a connection looks unusual.
choice-confirm-yes = Yes, this is me
choice-not-me = This is not me

## Step 6: done

done-title = You are connected with FranceConnect
done-title-logged-out = You are logged out of FranceConnect
done-connected = The connection is confirmed.
done-logged-out = You are logged out of FranceConnect.
done-services = The services that accept FranceConnect are listed here:
done-help = Need help? A France Services office near you can help you.
done-note = Keep your permanent social security number: it is used at every connection.
help-done = Finish closes the assistant. Log out also ends the FranceConnect session in the browser. Need help? A France Services office near you can help you.
choice-finish = Finish
choice-logout = Log out of FranceConnect
end-connected = End of the assistant: you are connected.
end-failed = End of the assistant: the connection did not go through.
end-cancelled = End of the assistant.

## Errors

error-code = Code to give to support: { $code }
error-check = Failed check: { $check }
error-config-client-id = No client id is set for this provider.
error-config-client-id-next = Give it with --client-id or the FCGUIDE_CLIENT_ID variable, or use the practice provider.
error-config-secret = The client secret is missing.
error-config-secret-next = Put it in the FCGUIDE_CLIENT_SECRET variable or in the configuration file (readable by you alone).
error-config-secret-file-open = Other people can read the secret file ({ $file }): I refuse to use it.
error-config-secret-file-open-next = Make it readable by you alone: chmod 600 { $file }
error-config-secret-file = The secret file ({ $file }) cannot be read.
error-config-secret-file-next = Check its path and permissions.
error-config-redirect-uri = The return address (--redirect-uri) is not valid.
error-config-redirect-uri-next = It must look like http://localhost:PORT/path or http://127.0.0.1:PORT/path, exactly as registered.
error-config-redirect-required = FranceConnect needs the redirect address registered for this service (--redirect-uri).
error-config-redirect-required-next = FranceConnect accepts only the exact registered address. Register an address on this computer with a fixed port, for example http://localhost:8400/callback, then give it with --redirect-uri.
error-config-issuer = The provider address is not valid.
error-config-issuer-next = Give a full https address, or choose a preset provider.
error-unreachable = The provider does not answer.
error-unreachable-next = Check the Internet connection, then try again. Offline, use the practice provider.
error-discovery = The provider gave a configuration that cannot be read or is not its own.
error-discovery-next = Check the provider address. If it is right, try again later.
error-insecure = The provider address is not encrypted (http).
error-insecure-next = Use an https address. Plain http is only allowed on this computer (127.0.0.1).
error-identity-not-found = FranceConnect did not find your identity in the national register.
error-identity-not-found-next = Most common cause: a temporary social security number, or no permanent number yet. Ask your CPAM. If your number is permanent, contact FranceConnect with the code below.
error-access-denied = The connection did not go through: FranceConnect sent back no identity.
error-access-denied-next = This happens when you went back, or when FranceConnect showed an error page (« Une erreur s’est produite »). If the page showed « Erreur » followed by a code, choose to type that code: I will explain it.
error-invalid-idp-hint = This account cannot be chosen from here for this service.
error-invalid-idp-hint-next = Choose another account, or try again: you will then choose in the browser.
error-invalid-request = The provider refused the request.
error-invalid-request-next = This is a problem with the service's settings, not with your account. Try again later or report it.
error-server-error = The provider had a technical problem.
error-server-error-next = Close the browser tab and try again. If the FranceConnect page showed « Erreur » followed by a code, choose to type that code: I will explain it.
error-temporarily-unavailable = The provider is unavailable for the moment.
error-temporarily-unavailable-next = Try again in a few minutes. If the FranceConnect page showed « Erreur » followed by a code, choose to type that code: I will explain it.
error-refused = The provider refused the connection.
error-refused-next = Try again, or choose another account.
error-callback-issuer = The answer does not come from the expected provider. I refused it.
error-callback-issuer-next = Close the other sign-in tabs and try again.
error-callback-issuer-missing = The answer does not say which provider it comes from, although this provider always says so. I refused it.
error-callback-issuer-missing-next = Close the other sign-in tabs and try again.
error-missing-code = The browser came back without a usable answer.
error-missing-code-next = Try again.
error-port-in-use = The return port { $port } is already taken on this computer.
error-port-in-use-next = Close the program that uses it, or choose another registered return address.
error-listener = I could not wait for the browser on this computer.
error-listener-next = Try again. If it goes on, restart the computer.
error-timeout = The browser did not come back in time.
error-timeout-next = Try again: a new connection will start.
error-token-endpoint = The provider did not confirm the connection.
error-token-endpoint-next = Try again straight away: the browser's answer is only valid for a few seconds.
error-id-token = The proof of identity sent by the provider is not valid. I refused it.
error-id-token-next = No identity is shown. Try again; if it goes on, the provider must be reported.
error-userinfo = The identity information sent by the provider is not valid. I refused it.
error-userinfo-next = No identity is shown. Try again; if it goes on, the provider must be reported.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Done. You can close this tab and go back to the terminal.
callback-failed = The connection did not go through. Go back to the terminal: the assistant explains what to do.
callback-refused = This answer does not belong to the connection in progress. Go back to the terminal.
logout-done = You are logged out. You can close this tab and go back to the terminal.

## Practice provider pages

practice-banner = Practice: this is not the real FranceConnect. Nothing is sent to the State.
practice-choose-doc-title = Sign in - Choice of account
practice-connecting = Signing in to { $service }
practice-choose-title = Choose an account to sign in:
practice-aidants = Are you a professional helper? Use Aidants Connect
practice-login-title = Sign in to { $idp }
practice-account = Practice account
practice-username = Username
practice-password = Password
practice-login-button = Sign in
practice-wrong-password = Wrong username or password.
practice-continue-doc-title = Sign in - Continue to service { $service }
practice-as = You are about to sign in as:
practice-continue = Continue to { $service }
practice-consent = I agree that FranceConnect sends my data to the service to sign me in
practice-consent-missing = Please tick the box to accept the data transfer
practice-error-doc-title = Sign-in error
practice-back = Go back to { $service }
practice-error-title = An error occurred
practice-error-code = Error { $code }
practice-error-body = An error occurred, please try again later
practice-help-page = Please see FranceConnect's help page.
practice-what-to-do = What to do?
practice-contact = Contact us
practice-logged-out = You are logged out of FranceConnect.
practice-not-found = Page not found
practice-account-typical = Adult born in France
practice-account-several = Several given names
practice-account-abroad = Person born abroad
practice-account-temporary = Temporary social security number: the connection will fail

## Plain mode

plain-invalid = I did not understand. Type a number from 1 to { $max }, or Enter alone.
input-hidden = What you type is not shown.
choice-default = default

## Command line

cli-see-help = See: fcguide --help
cli-missing-value = A value is missing after { $word }.
cli-unknown-option = Unknown option: { $word }
cli-bad-port = Invalid port: { $word }
cli-bad-wait = Invalid duration (in minutes, from 1 to 1440): { $word }
cli-not-text = An argument is not readable text: { $word }
cli-switch-value = This option takes no value: { $word }
cli-bad-rules = --rules takes “franceconnect” (the platform's rules) or “oidc” (standard OpenID Connect): { $word }
cli-no-secret-option = The secret is never given on the command line ({ $word }): other users could read it. Use the FCGUIDE_CLIENT_SECRET variable or the file ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Unknown provider: { $word }. Choose practice, franceconnect-sandbox, franceconnect-integration or franceconnect, or give --issuer.
cli-provider-and-issuer = Choose either --provider or --issuer, not both ({ $word }).
cli-unknown-language = Language not available: { $word }. See: fcguide --list-languages
cli-practice-port = Port { $word } is already taken. Choose another with --port, or leave --port out.
cli-practice-started = Practice provider started (on this computer only). Ctrl-C stops it.
cli-bad-bidi = --bidi takes “program” (the assistant orders right-to-left text) or “terminal” (the terminal does): { $word }
cli-bad-format = --format takes “html” (a page to print) or “text” (plain text): { $word }
cli-help =
    fcguide: connect with FranceConnect, step by step, in your language.

    Usage:
      fcguide [options]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]
    {"                ["}--format html|text]

    Options:
      --plain               line-by-line mode (screen readers, simple terminals)
      --lang LANGUAGE       language (fr, uk, en…); see --list-languages
      --provider NAME       practice (default), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          another OpenID Connect provider
      --client-id ID        the service's client id (or FCGUIDE_CLIENT_ID)
      --redirect-uri URL    registered return address (http://localhost:PORT/path),
                            required with FranceConnect
      --rules NAME          franceconnect (the platform's rules, default for its
                            environments) or oidc (default with --issuer)
      --scopes "…"          the claims asked for (default: identity pivot and email)
      --idp-hint ID         an identity provider's id that the platform gave for
                            this service (sent as idp_hint)
      --no-browser          do not open the browser: show the address
      --wait MINUTES        wait for the browser before asking (default 5, 1 to 1440)
      --bidi terminal       let the terminal order right-to-left text
      --high-contrast       high-contrast theme
      --second-lang LANG    the second language of the bilingual view (default French)
      --speak               read the steps aloud (spd-say or espeak-ng)
      --list-languages      available languages
      --help, --version

    The service's secret comes from FCGUIDE_CLIENT_SECRET or the file
    ~/.config/fcguide/client_secret (readable by you alone), never from the command line.
    fcguide sheet writes the step sheet to print (html, the default) or as plain text.
    Exit codes: 0 connected, 1 failed, 2 usage error, 3 cancelled.
more-below = ↓ More below: Page Down key.
more-above = ↑ The start is above: Page Up key.
more-choices = ↕ More choices are out of sight: arrow keys.

## Printable sheet

sheet-title = FranceConnect, step by step
sheet-intro = FranceConnect's pages are in French only. Here are their exact words, with their translation. Never write your passwords here.
sheet-bring-title = What to bring
sheet-bring-card = Your carte Vitale or your health insurance certificate (attestation de droits).
sheet-bring-account = The username and password of your account on one of these sites:
sheet-bring-email = Access to your email address: the site of your account may write to you there.
sheet-steps-title = The steps
sheet-step-start-title = On the service's website
sheet-step-start = Look for this blue button and click it:
sheet-step-login = On the page of the account you chose, type your username and password yourself, then click:
sheet-codes-title = If FranceConnect shows an error
sheet-codes-intro = Write down the code after « Erreur » and give it when you ask for help. What it means:
sheet-help-title = Where to get help
sheet-help-cpam = Your health insurance office (CPAM): if your number starts with 7 or 8, or if your file is still in progress.
sheet-help-contact = FranceConnect: the « Contactez-nous » (Contact us) link on its error page. Give the error code.
sheet-helper-title = For the helper
sheet-helper-password = Never type the person's password, even to help: the person types it.
sheet-helper-aidants = To act on the person's behalf, a trained professional uses Aidants Connect, under a mandate the person signs:
sheet-words-aidants = Are you a professional helper? Use Aidants Connect
