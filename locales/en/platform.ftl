## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = The national register rejected the request: it refused the identity data sent by the account you chose. It is not an outage.
code-y010009-next = Try again once. If the same code comes back, choose another account, or contact FranceConnect with this code to have your data checked.
code-navigation = The browser's Back button, or reloading a page, interrupted the connection.
code-navigation-next = Close all FranceConnect tabs, then choose Try again. During the connection, do not use the browser's Back button.
code-y180001 = Your FranceConnect access has been deactivated.
code-y180001-next = To reactivate it, contact FranceConnect with this code. Meanwhile, use the site's own account.
code-y100011 = You blocked this account in your FranceConnect preferences.
code-y100011-next = Choose another account, or allow this one again in your FranceConnect preferences, then try again.
code-idp-off = This account cannot be used for this service right now: it is disabled, or this service does not accept it.
code-idp-off-next = Choose another account.
code-y04ea6ef = FranceConnect does not know this service (its identifier, the client id, is unknown). It is a mistake in the service's registration, not yours.
code-y04ea6ef-next = There is nothing you can do about it: give this code to the service. For its administrator: check the client id and the environment (integration or production); a client id only works in the environment that issued it.
code-y04c013c = The service's return address is not registered with FranceConnect (another port, another name, or http instead of https). It is a mistake in the service's registration, not yours.
code-y04c013c-next = There is nothing you can do about it: give this code to the service. For its administrator: register exactly the address given with --redirect-uri, or give the one that is registered.
code-logout-refused = FranceConnect refused the service's request to end the session (proof of connection missing, or the return address after the session ends is not registered).
code-logout-refused-next = Close the browser to end the FranceConnect session. For the service's administrator: register the return address used after the session ends.

## The practice provider, as the platform words its pages

practice-error-technical = A technical error occurred, close your browser tab and sign in again.
practice-error-session = Your session has expired or is invalid, close your browser tab and sign in again.
practice-error-communication = A communication error with the service provider occurred. Please try again later.
practice-cancel = Cancel
practice-idp-failed = Connecting with { $idp } was not possible. Please try again or choose another way to connect.
practice-choose-error-doc-title = Error while choosing the account

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = The page says « La connexion à » … « n’a pas été possible »
notice-not-possible = This FranceConnect page means the connection with { $idp } did not finish: you cancelled at { $idp }, or signing in failed there. Nothing was sent to the service. I am still waiting: on that page, choose { $idp } again to retry, or another account.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = The provider refused the service's identifier (client id) or its secret.
error-client-rejected-next = The service's registration is at fault, not your account: trying again will not change anything. Check the client id and secret given to this program, and the environment (integration or production), or ask the service's administrator for them.
error-config-secret-file-link = The secret file ({ $file }) is a symbolic link: I refuse to follow it.
error-config-secret-file-link-next = Put the secret in a real file at that place, not a link, readable by you alone (chmod 600).
