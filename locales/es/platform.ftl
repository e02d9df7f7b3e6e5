## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = El registro nacional rechazó la solicitud: no aceptó los datos de identidad enviados por la cuenta elegida. No es una avería.
code-y010009-next = Inténtelo de nuevo una vez. Si vuelve el mismo código, elija otra cuenta, o contacte con FranceConnect con este código para que revisen sus datos.
code-navigation = El botón Atrás del navegador, o recargar una página, interrumpió la conexión.
code-navigation-next = Cierre todas las pestañas de FranceConnect y elija Intentarlo de nuevo. Durante la conexión, no use el botón Atrás del navegador.
code-y180001 = Su acceso a FranceConnect ha sido desactivado.
code-y180001-next = Para reactivarlo, contacte con FranceConnect con este código. Mientras tanto, use la cuenta propia del sitio.
code-y100011 = Usted bloqueó esta cuenta en sus preferencias de FranceConnect.
code-y100011-next = Elija otra cuenta, o vuelva a autorizar esta en sus preferencias de FranceConnect, y después inténtelo de nuevo.
code-idp-off = Esta cuenta no se puede usar ahora para este servicio: está desactivada, o este servicio no la acepta.
code-idp-off-next = Elija otra cuenta.
code-y04ea6ef = FranceConnect no conoce este servicio (su identificador, el client id, es desconocido). Es un error en la inscripción del servicio, no suyo.
code-y04ea6ef-next = Usted no puede hacer nada: dé este código al servicio. Para su administrador: compruebe el client id y el entorno (integración o producción); un client id solo funciona en el entorno que lo emitió.
code-y04c013c = La dirección de retorno del servicio no está inscrita en FranceConnect (otro puerto, otro nombre, o http en lugar de https). Es un error en la inscripción del servicio, no suyo.
code-y04c013c-next = Usted no puede hacer nada: dé este código al servicio. Para su administrador: inscriba exactamente la dirección dada con --redirect-uri, o use la que está inscrita.
code-logout-refused = FranceConnect rechazó la solicitud del servicio para terminar la sesión (falta la prueba de conexión, o la dirección de retorno tras el fin de la sesión no está inscrita).
code-logout-refused-next = Cierre el navegador para terminar la sesión de FranceConnect. Para el administrador del servicio: inscriba la dirección de retorno tras el fin de la sesión.

## The practice provider, as the platform words its pages

practice-error-technical = Se ha producido un error técnico, cierre la pestaña del navegador y vuelva a iniciar la sesión.
practice-error-session = Su sesión ha caducado o no es válida, cierre la pestaña del navegador y vuelva a iniciar la sesión.
practice-error-communication = Se ha producido un error de comunicación con el proveedor del servicio. Inténtelo de nuevo más tarde.
practice-cancel = Cancelar
practice-idp-failed = La conexión con { $idp } no ha sido posible. Inténtelo de nuevo o elija otro medio de conexión.
practice-choose-error-doc-title = Error al elegir la cuenta

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = La página dice «La connexion à» … «n’a pas été possible»
notice-not-possible = Esta página de FranceConnect significa que la conexión con { $idp } no terminó: usted canceló en { $idp }, o allí falló el inicio de sesión. No se ha enviado nada al servicio. Sigo esperando: en esa página, elija de nuevo { $idp } para reintentar, u otra cuenta.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = El proveedor rechazó el identificador del servicio (client id) o su secreto.
error-client-rejected-next = El problema está en la inscripción del servicio, no en su cuenta: intentarlo de nuevo no cambiará nada. Compruebe el client id y el secreto dados a este programa, y el entorno (integración o producción), o pídalos al administrador del servicio.
error-config-secret-file-link = El archivo del secreto ({ $file }) es un enlace simbólico: me niego a seguirlo.
error-config-secret-file-link-next = Ponga el secreto en un archivo real en ese lugar, no en un enlace, legible solo por usted (chmod 600).
