language-name = English
language-name-en = English
language-direction = ltr

## Around every step

progress = Step { $step } of { $total }
practice-mark = Practice: a stand-in provider, not the real FranceConnect
note-label = Important:
help-label = Help:
french-label = On the site, in French:
keys-tui = Arrows or number: choose · Enter: confirm · Esc: back · ?: help · L: language · B: bilingual · Q: quit
keys-plain = Type the number of a choice, then Enter. Enter alone: the default choice. "<": back, "?": help, "l": language, "b": bilingual, "q": quit.
keys-short = ?: help · Q: quit
prompt = Your choice
prompt-default = Enter alone: { $choice }
still-waiting = Still waiting for the browser. You can carry on in the browser, or type a choice.
too-small = The window is too small. Make it bigger, or run fcguide --plain.
connected-mark = [FranceConnect ✓] Connected
help-keys = Keys: Enter takes the default choice. Esc or Backspace goes back. L changes the language without losing your progress. B shows a second language under each paragraph.

## Words of the real site

fr-words-button = Sign in with FranceConnect
fr-words-choose = I choose an account to sign in to { $service }
fr-words-login = Sign in
fr-words-welcome = Welcome
fr-words-continue = Continue to { $service }

## Step 1: language

language-title = Choose your language
language-body = The assistant speaks your language. It also shows the French words you will see on the real site.
language-note = FranceConnect needs a permanent French social security number. We will explain this.
help-language = Choose the language you read best. You can change it at any time with the L key. You can also type the start of a language's name to find it.

## Step 2: welcome and prerequisite

welcome-title = What is FranceConnect?
welcome-what = FranceConnect is free. With one account, you can use many public services online: taxes, health, unemployment benefits, passport…
welcome-need = You need a permanent French social security number. FranceConnect checks your identity in the national register of people (RNIPP).
welcome-where = This number has 15 digits. It is on your carte Vitale and on your health insurance certificate (attestation de droits).
welcome-without = No number yet, or only a temporary one? Then FranceConnect will not work yet. Ask your health insurance office (CPAM) about your file. Meanwhile, use the website's own account.
welcome-note = Without a permanent social security number, the connection fails. A temporary number (starting with 7 or 8) is not enough.
help-welcome = Continue leads to the choice of account. You can first check the shape of your number: nothing is sent or saved.
choice-continue = Continue
choice-check-nir = Check my social security number (on this computer only)
choice-check-again = Check another number
choice-back = Back
choice-quit = Quit

## Number check

nir-title = Check my social security number
nir-body = Type the 15 digits, key included. The number stays on this computer: it is not sent, not saved, and it is wiped after the check.
nir-input = Social security number (15 digits). Enter alone: skip.
nir-permanent = This number is well formed and permanent. FranceConnect can work.
nir-permanent-abroad = This number is well formed and permanent (a person born outside France). FranceConnect can work.
nir-temporary = This is a temporary number: it starts with 7 or 8. FranceConnect will not work with it. Ask your CPAM for your permanent number.
nir-wrong-key = The key (the last 2 digits) does not match the rest of the number. Check each digit on your carte Vitale.
nir-malformed = This is not the shape of a social security number. It needs 15 characters; the first is 1 or 2 (7 or 8 for a temporary number).
nir-note = A permanent number starts with 1 or 2. It is the one the national register knows.
nir-note-temporary = With a temporary number, FranceConnect will answer "identity not found". It is not your fault: you need to wait for the permanent number.
help-nir = The check only looks at the shape of the number and its key. It does not tell whether the register knows you yet.

## Step 3: choose an identity provider

idp-title = Choose an account
idp-body = You must already have an account on one of these sites. You may have several: pick one.
idp-after-not-me = You said the identity shown was not yours. It has been forgotten. Choose another account, or ask for help.
idp-note = Each of these accounts is linked to your permanent social security number.
help-idp = Choose the site where you already have a username and password. If you have none, the easiest is often ameli.fr (health insurance) or impots.gouv.fr (taxes).
idp-impots-who = Anyone who declares income in France. You need your tax number.
idp-ameli-who = Anyone covered by French health insurance. You need your social security number.
idp-laposte-who = Adults with a French identity document or a residence permit. You need a mobile phone.
idp-msa-who = People insured by the agricultural social insurance (farming).
idp-france-identite-who = People with the new French identity card and a compatible phone.
idp-yris-who = Adults with an identity document. You need a mobile phone.

## Step 4: authenticate in the browser

auth-title = Sign in, in the browser
auth-failed-title = The connection did not go through
auth-starting = Preparing the connection…
auth-opened = The browser opened on FranceConnect. Carry on in the browser, then come back here.
auth-not-opened = The browser did not open. Open this address in a browser on this computer:
auth-in-browser = In the browser: choose { $idp }, type your username and password, then click "Se connecter".
auth-timed-out = The waiting time is over. If you are still signing in, choose "more time".
auth-checking = The browser came back. Checking your identity with the provider…
auth-note = FranceConnect will look for your identity in the national register. With a temporary number it will not be found.
auth-note-register = Most common cause: no permanent social security number yet. Check your number at step 2.
help-auth = The browser shows the FranceConnect pages. If nothing opens, copy the address shown. You can ask for more time as often as you need.
choice-reopen = Open the browser again
choice-more-time = More time ({ $minutes ->
        [one] { $minutes } more minute
       *[other] { $minutes } more minutes
    })
choice-cancel = Cancel and go back to the choice of account
choice-retry = Try again
choice-other-idp = Choose another account

## Step 5: confirm

confirm-title = Welcome: check your identity
confirm-body = FranceConnect has verified this identity. Check that it is yours.
confirm-given = Given names: { $value }
confirm-family = Family name at birth: { $value }
confirm-birthdate = Date of birth: { $value }
confirm-birthplace = Place of birth: commune { $code }
confirm-born-abroad = Place of birth: outside France (country { $country })
confirm-continue = On the real site, you then click the blue button "Continuer sur { $service }" to go back to the service.
confirm-email = You may receive a security email after connecting: this is normal.
confirm-wrong = Not you, or something wrong? Choose "This is not me" and contact the organisation of the account you used.
confirm-note = This identity comes from the national register, thanks to your permanent social security number.
help-confirm = Read each line. If everything is right, confirm. Nothing is saved on this computer.
choice-confirm-yes = Yes, this is me
choice-not-me = This is not me

## Step 6: done

done-title = You are connected with FranceConnect
done-connected = The connection is confirmed.
done-logged-out = You are logged out of FranceConnect.
done-services = The services that accept FranceConnect are listed here:
done-help = Need help? A France Services office near you can help you.
done-note = Keep your permanent social security number: it is used at every connection.
help-done = Finish closes the assistant. Log out also closes the FranceConnect session in the browser.
choice-finish = Finish
choice-logout = Log out of FranceConnect

## Errors

error-code = Code to give to support: { $code }
error-check = Failed check: { $check }
error-config-client-id = No client id is set for this provider.
error-config-client-id-next = Give it with --client-id or the FCGUIDE_CLIENT_ID variable, or use the practice provider.
error-config-secret = The client secret is missing.
error-config-secret-next = Put it in the FCGUIDE_CLIENT_SECRET variable or in the configuration file (readable by you alone).
error-config-secret-file-open = Other people can read the secret file: I refuse to use it.
error-config-secret-file-open-next = Make it readable by you alone: chmod 600 and the file name.
error-config-secret-file = The secret file cannot be read.
error-config-secret-file-next = Check its path and permissions.
error-config-redirect-uri = The return address (--redirect-uri) is not valid.
error-config-redirect-uri-next = It must look like http://localhost:PORT/path or http://127.0.0.1:PORT/path, exactly as registered.
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
error-access-denied = The connection was cancelled or refused.
error-access-denied-next = Try again, or choose another account.
error-invalid-idp-hint = This account cannot be chosen from here for this service.
error-invalid-idp-hint-next = Choose another account, or try again: you will then choose in the browser.
error-invalid-request = The provider refused the request.
error-invalid-request-next = This is a problem with the service's settings, not with your account. Try again later or report it.
error-server-error = The provider had a technical problem.
error-server-error-next = Close the browser tab and try again.
error-temporarily-unavailable = The provider is unavailable for the moment.
error-temporarily-unavailable-next = Try again in a few minutes.
error-refused = The provider refused the connection.
error-refused-next = Try again, or choose another account.
error-callback-issuer = The answer does not come from the expected provider. I refused it.
error-callback-issuer-next = Close the other sign-in tabs and try again.
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
callback-refused = This answer does not belong to the connection in progress. Go back to the terminal.
logout-done = You are logged out. You can close this tab and go back to the terminal.

## Practice provider pages

practice-banner = Practice: this is not the real FranceConnect. Nothing is sent to the State.
practice-choose-title = I choose an account to sign in to { $service }
practice-login-title = Sign in to { $idp }
practice-account = Practice account
practice-username = Username
practice-password = Password
practice-login-button = Sign in
practice-welcome = Welcome { $name }
practice-continue = Continue to { $service }
practice-register-title = Identity not found
practice-register-body = A problem with your identity data prevents the connection from going through.
practice-back = Go back to { $service }
practice-error-title = Error
practice-logged-out = You are logged out of FranceConnect.
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
cli-bad-wait = Invalid time (in minutes, at least 1): { $word }
cli-no-secret-option = The secret is never given on the command line ({ $word }): other users could read it. Use the FCGUIDE_CLIENT_SECRET variable or the file ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Unknown provider: { $word }. Choose practice, franceconnect-sandbox, franceconnect-integration or franceconnect, or give --issuer.
cli-provider-and-issuer = Choose either --provider or --issuer, not both ({ $word }).
cli-unknown-language = Language not available: { $word }. See: fcguide --list-languages
cli-practice-port = Port { $word } is already taken. Choose another with --port, or leave --port out.
cli-practice-started = Practice provider started (on this computer only). Ctrl-C stops it.
cli-bad-bidi = --bidi takes "program" (the assistant orders right-to-left text) or "terminal" (the terminal does): { $word }
cli-help =
    fcguide: connect with FranceConnect, step by step, in your language.

    Usage:
      fcguide [options]
      fcguide practice-server [--port N]

    Options:
      --plain               line-by-line mode (screen readers, simple terminals)
      --lang LANGUAGE       language (fr, uk, en…); see --list-languages
      --provider NAME       practice (default), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          another OpenID Connect provider
      --client-id ID        the service's client id (or FCGUIDE_CLIENT_ID)
      --redirect-uri URL    registered return address (http://localhost:PORT/path)
      --scopes "…"          the claims asked for (default: identity pivot and email)
      --idp-hint            send the chosen account to the provider (if the service may)
      --no-browser          do not open the browser: show the address
      --wait MINUTES        wait for the browser before asking (default 5)
      --bidi terminal       let the terminal order right-to-left text
      --high-contrast       high-contrast theme
      --list-languages      available languages
      --help, --version

    The service's secret comes from FCGUIDE_CLIENT_SECRET or the file
    ~/.config/fcguide/client_secret (readable by you alone), never from the command line.
    Exit codes: 0 connected, 1 failed, 2 usage error, 3 cancelled.
more-below = ↓ More below: Page Down key.
more-above = ↑ The start is above: Page Up key.
