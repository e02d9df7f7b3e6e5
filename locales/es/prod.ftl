## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = La dirección de retorno (--redirect-uri) no es válida.
error-config-redirect-address-next = Indique exactamente la dirección registrada para este servicio: en integración, una dirección de este ordenador con un puerto fijo (http://localhost:8400/callback); en producción, una página https del servicio, en su propio nombre de dominio.
error-config-loopback-production = FranceConnect en producción rechaza las direcciones de retorno de este ordenador (localhost, 127.0.0.1): el navegador se detendría en el error Y030007.
error-config-loopback-production-next = Registre en FranceConnect una página https del servicio, en su propio nombre de dominio, que muestre su dirección (fcguide relay-page da esa página), y luego indíquela con --redirect-uri. Las direcciones de este ordenador solo funcionan en integración.
cli-bad-service-name = Nombre de servicio no válido: { $word }. Indique el nombre registrado en FranceConnect, en texto simple, 100 caracteres como máximo.
choice-paste = Pegar la dirección de la página del servicio
auth-paste-when = Después de « Continuer sur { $service } », el navegador llega a la página de { $service }, que muestra una dirección. Cópiela y péguela aquí con la primera opción.
paste-title = Pegar la dirección de la página del servicio
paste-body = En la página de { $service }, copie toda la dirección que muestra (empieza por { $page }), péguela aquí y pulse Enter. Enter solo vuelve atrás.
paste-input = Dirección:
paste-problem-too-long = Este texto es demasiado largo para ser la dirección de la página.
paste-problem-control = Este texto contiene caracteres de control: no es una dirección.
paste-problem-not-an-address = Esto no es una dirección. Copie toda la dirección, desde el principio.
paste-problem-other-page = Esta no es la dirección de la página del servicio. Copie la dirección de la página a la que llegó el navegador después de FranceConnect.
paste-problem-no-answer = Esta dirección no contiene la respuesta de FranceConnect. Primero termine la conexión en el navegador y luego copie la dirección de la página de llegada.
paste-problem-other-attempt = Esta dirección viene de otra conexión (una pestaña antigua). Use la última pestaña abierta o vuelva a empezar.
help-paste = En producción, FranceConnect devuelve el navegador a la página del servicio, no a este ordenador. Esa página muestra su dirección con un botón para copiarla. Péguela aquí: la compruebo y la uso una sola vez.
