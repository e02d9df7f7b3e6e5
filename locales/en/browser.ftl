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
