## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = The return address (--redirect-uri) is not valid.
error-config-redirect-address-next = Give exactly the address registered for this service: for integration, an address on this computer with a fixed port (http://localhost:8400/callback); for production, an https page of the service, on its own domain name.
error-config-loopback-production = FranceConnect production refuses return addresses on this computer (localhost, 127.0.0.1): the browser would stop on error Y030007.
error-config-loopback-production-next = Register with FranceConnect an https page of the service, on its own domain name, that shows its address (fcguide relay-page gives that page), then give it with --redirect-uri. Addresses on this computer work only for integration.
cli-bad-service-name = Service name not valid: { $word }. Give the name registered with FranceConnect, as plain text, 100 characters at most.
choice-paste = Paste the address of the service's page
auth-paste-when = After « Continuer sur { $service } », the browser arrives on the page of { $service }, which shows an address. Copy it, then paste it here with the first choice.
paste-title = Paste the address of the service's page
paste-body = On the page of { $service }, copy the whole address it shows (it starts with { $page }), paste it here and press Enter. Enter alone goes back.
paste-input = Address:
paste-problem-too-long = This text is far too long to be the page's address.
paste-problem-control = This text holds control characters: it is not an address.
paste-problem-not-an-address = This is not an address. Copy the whole address, from its beginning.
paste-problem-other-page = This is not the address of the service's page. Copy the address of the page the browser arrived on after FranceConnect.
paste-problem-no-answer = This address does not hold FranceConnect's answer. First finish the connection in the browser, then copy the address of the page it arrives on.
paste-problem-other-attempt = This address comes from another connection (an old tab). Use the tab opened last, or start again.
help-paste = In production, FranceConnect sends the browser back to the service's page, not to this computer. That page shows its address with a button to copy it. Paste it here: I check it and use it only once.
