language-name = Español
language-name-en = Spanish
language-direction = ltr

## Around every step

progress = Paso { $step } de { $total }
practice-mark = Práctica: un proveedor de prueba, no el FranceConnect real
note-label = Importante:
help-label = Ayuda:
french-label = En el sitio, en francés:
keys-tui = Flechas o número: elegir · Enter: confirmar · Esc: atrás · ?: ayuda · L: idioma · B: bilingüe · Q: salir
keys-short = ?: ayuda · Q: salir
keys-plain = Escriba el número de una opción y pulse Enter. Enter solo: la opción por defecto. «<»: atrás, «?»: ayuda, «l»: idioma, «b»: bilingüe, «q»: salir.
prompt = Su opción
prompt-default = Enter solo: { $choice }
still-waiting = Sigo esperando la vuelta del navegador. Puede continuar en el navegador o escribir una opción.
too-small = La ventana es demasiado pequeña. Agrándela o ejecute fcguide --plain.
connected-mark = [FranceConnect ✓] Conectado
help-keys = Teclas: Enter toma la opción por defecto. Esc o Retroceso vuelve atrás. L cambia el idioma sin perder su avance. B muestra un segundo idioma bajo cada párrafo.

## Words of the real site

fr-words-button = Identificarse con FranceConnect
fr-words-choose = Elijo una cuenta para conectarme a { $service }
fr-words-login = Conectarse
fr-words-welcome = Bienvenido/a
fr-words-continue = Continuar en { $service }

## Step 1: language

language-title = Elija su idioma
language-body = El asistente habla su idioma. También muestra las palabras en francés que verá en el sitio real.
language-note = FranceConnect necesita un número de seguridad social francés permanente. Se lo explicaremos.
help-language = Elija el idioma que lee mejor. Puede cambiarlo en cualquier momento con la tecla L. También puede escribir el comienzo del nombre de un idioma para encontrarlo.

## Step 2: welcome and prerequisite

welcome-title = ¿Qué es FranceConnect?
welcome-what = FranceConnect es gratuito. Con una sola cuenta entra en muchos servicios públicos en línea: impuestos, salud, prestaciones por desempleo, pasaporte…
welcome-need = Necesita un número de seguridad social francés permanente. FranceConnect comprueba su identidad en el registro nacional de personas (RNIPP).
welcome-where = Este número tiene 15 cifras. Está en su carte Vitale y en su certificado de derechos (attestation de droits) del seguro de enfermedad.
welcome-without = ¿Aún no tiene número, o solo uno provisional? Entonces FranceConnect todavía no funcionará. Pregunte en su caja del seguro de enfermedad (CPAM) cómo va su expediente. Mientras tanto, use la cuenta propia del sitio.
welcome-note = Sin un número de seguridad social permanente, la conexión falla. Un número provisional (que empieza por 7 u 8) no basta.
help-welcome = Continuar lleva a la elección de la cuenta. Antes puede comprobar la forma de su número: no se envía ni se guarda nada.
choice-continue = Continuar
choice-check-nir = Comprobar mi número de seguridad social (solo en este ordenador)
choice-check-again = Comprobar otro número
choice-back = Atrás
choice-quit = Salir

## Number check

nir-title = Comprobar mi número de seguridad social
nir-body = Escriba las 15 cifras, con la clave. El número se queda en este ordenador: no se envía, no se guarda y se borra después de la comprobación.
nir-input = Número de seguridad social (15 cifras). Enter solo: saltar.
nir-permanent = Este número tiene la forma correcta y es permanente. FranceConnect puede funcionar.
nir-permanent-abroad = Este número tiene la forma correcta y es permanente (persona nacida fuera de Francia). FranceConnect puede funcionar.
nir-temporary = Es un número provisional: empieza por 7 u 8. FranceConnect no funcionará con este número. Pida su número permanente a la CPAM.
nir-wrong-key = La clave (las 2 últimas cifras) no corresponde al resto del número. Compruebe cada cifra en su carte Vitale.
nir-malformed = Esto no tiene la forma de un número de seguridad social. Debe tener 15 caracteres; el primero es 1 o 2 (7 u 8 para un número provisional).
nir-note = El número permanente empieza por 1 o 2. Es el que conoce el registro nacional.
nir-note-temporary = Con un número provisional, FranceConnect responderá «identidad no encontrada». No es culpa suya: hay que esperar el número permanente.
help-nir = La comprobación solo mira la forma del número y su clave. No dice si el registro ya le conoce.

## Step 3: choose an identity provider

idp-title = Elegir una cuenta
idp-body = Debe tener ya una cuenta en uno de estos sitios. Puede tener varias: elija una.
idp-after-not-me = Dijo que la identidad mostrada no era la suya. Se ha olvidado. Elija otra cuenta o pida ayuda.
idp-note = Cada una de estas cuentas está vinculada a su número de seguridad social permanente.
help-idp = Elija el sitio donde ya tiene usuario y contraseña. Si no tiene ninguno, lo más sencillo suele ser ameli.fr (seguro de enfermedad) o impots.gouv.fr (impuestos).
idp-impots-who = Toda persona que declara sus ingresos en Francia. Hace falta el número fiscal.
idp-ameli-who = Toda persona cubierta por el seguro de enfermedad francés. Hace falta el número de seguridad social.
idp-laposte-who = Personas adultas con un documento de identidad francés o un permiso de residencia. Hace falta un teléfono móvil.
idp-msa-who = Personas aseguradas en la mutualidad social agrícola (sector agrícola).
idp-france-identite-who = Personas con el nuevo documento de identidad francés y un teléfono compatible.
idp-yris-who = Personas adultas con un documento de identidad. Hace falta un teléfono móvil.

## Step 4: authenticate in the browser

auth-title = Conectarse en el navegador
auth-failed-title = La conexión no se ha completado
auth-starting = Preparando la conexión…
auth-opened = El navegador se ha abierto en FranceConnect. Continúe en el navegador y luego vuelva aquí.
auth-not-opened = El navegador no se ha abierto. Abra esta dirección en un navegador de este ordenador:
auth-in-browser = En el navegador: elija { $idp }, escriba su usuario y su contraseña y pulse «Se connecter».
auth-timed-out = Se acabó el tiempo de espera. Si aún se está conectando, elija «más tiempo».
auth-checking = El navegador ha vuelto. Compruebo su identidad con el proveedor…
auth-note = FranceConnect buscará su identidad en el registro nacional. Con un número provisional no la encontrará.
auth-note-register = Causa más frecuente: todavía no hay número de seguridad social permanente. Compruebe su número en el paso 2.
help-auth = El navegador muestra las páginas de FranceConnect. Si no se abre nada, copie la dirección mostrada. Puede pedir más tiempo tantas veces como necesite.
choice-reopen = Volver a abrir el navegador
choice-more-time = Más tiempo ({ $minutes ->
        [one] { $minutes } minuto más
       *[other] { $minutes } minutos más
    })
choice-cancel = Cancelar y volver a la elección de la cuenta
choice-retry = Intentarlo de nuevo
choice-other-idp = Elegir otra cuenta

## Step 5: confirm

confirm-title = Bienvenido/a: compruebe su identidad
confirm-body = FranceConnect ha verificado esta identidad. Compruebe que es la suya.
confirm-given = Nombres: { $value }
confirm-family = Apellido de nacimiento: { $value }
confirm-birthdate = Fecha de nacimiento: { $value }
confirm-birthplace = Lugar de nacimiento: municipio { $code }
confirm-born-abroad = Lugar de nacimiento: fuera de Francia (país { $country })
confirm-continue = En el sitio real, después pulse el botón azul «Continuer sur { $service }» para volver al servicio.
confirm-email = Puede recibir un correo de seguridad después de conectarse: es normal.
confirm-wrong = ¿No es usted, o hay un dato falso? Elija «No soy yo» y contacte con el organismo de la cuenta que usó.
confirm-note = Esta identidad viene del registro nacional, gracias a su número de seguridad social permanente.
help-confirm = Lea cada línea. Si todo es correcto, confirme. No se guarda nada en este ordenador.
choice-confirm-yes = Sí, soy yo
choice-not-me = No soy yo

## Step 6: done

done-title = Está conectado/a con FranceConnect
done-connected = La conexión está confirmada.
done-logged-out = Se ha desconectado de FranceConnect.
done-services = Los servicios que aceptan FranceConnect están aquí:
done-help = ¿Necesita ayuda? Una oficina France Services cerca de usted puede acompañarle.
done-note = Guarde su número de seguridad social permanente: sirve en cada conexión.
help-done = Terminar cierra el asistente. Desconectarse cierra también la sesión de FranceConnect en el navegador.
choice-finish = Terminar
choice-logout = Desconectarse de FranceConnect

## Errors

error-code = Código para el servicio de ayuda: { $code }
error-check = Comprobación fallida: { $check }
error-config-client-id = No hay identificador de servicio (client id) para este proveedor.
error-config-client-id-next = Indíquelo con --client-id o la variable FCGUIDE_CLIENT_ID, o use el proveedor de práctica.
error-config-secret = Falta el secreto del servicio.
error-config-secret-next = Póngalo en la variable FCGUIDE_CLIENT_SECRET o en el archivo de configuración (legible solo por usted).
error-config-secret-file-open = Otras personas pueden leer el archivo del secreto: me niego a usarlo.
error-config-secret-file-open-next = Hágalo legible solo por usted: chmod 600 y el nombre del archivo.
error-config-secret-file = No se puede leer el archivo del secreto.
error-config-secret-file-next = Compruebe su ruta y sus permisos.
error-config-redirect-uri = La dirección de retorno (--redirect-uri) no es válida.
error-config-redirect-uri-next = Debe tener la forma http://localhost:PORT/ruta o http://127.0.0.1:PORT/ruta, exactamente como se registró.
error-config-issuer = La dirección del proveedor no es válida.
error-config-issuer-next = Dé una dirección https completa o elija un proveedor predefinido.
error-unreachable = El proveedor no responde.
error-unreachable-next = Compruebe la conexión a Internet y vuelva a intentarlo. Sin conexión, use el proveedor de práctica.
error-discovery = El proveedor ha dado una configuración ilegible o que no es la suya.
error-discovery-next = Compruebe la dirección del proveedor. Si es correcta, inténtelo más tarde.
error-insecure = La dirección del proveedor no está cifrada (http).
error-insecure-next = Use una dirección https. El http solo se permite en este ordenador (127.0.0.1).
error-identity-not-found = FranceConnect no ha encontrado su identidad en el registro nacional.
error-identity-not-found-next = Causa más frecuente: un número de seguridad social provisional, o todavía ningún número permanente. Pregunte a su CPAM. Si su número es permanente, contacte con FranceConnect con el código de abajo.
error-access-denied = La conexión se ha cancelado o rechazado.
error-access-denied-next = Inténtelo de nuevo o elija otra cuenta.
error-invalid-idp-hint = Esta cuenta no se puede elegir desde aquí para este servicio.
error-invalid-idp-hint-next = Elija otra cuenta o inténtelo de nuevo: entonces elegirá en el navegador.
error-invalid-request = El proveedor ha rechazado la solicitud.
error-invalid-request-next = Es un problema de configuración del servicio, no de su cuenta. Inténtelo más tarde o avise.
error-server-error = El proveedor ha tenido un problema técnico.
error-server-error-next = Cierre la pestaña del navegador e inténtelo de nuevo.
error-temporarily-unavailable = El proveedor no está disponible por el momento.
error-temporarily-unavailable-next = Inténtelo de nuevo dentro de unos minutos.
error-refused = El proveedor ha rechazado la conexión.
error-refused-next = Inténtelo de nuevo o elija otra cuenta.
error-callback-issuer = La respuesta no viene del proveedor esperado. La he rechazado.
error-callback-issuer-next = Cierre las otras pestañas de conexión e inténtelo de nuevo.
error-missing-code = El navegador ha vuelto sin una respuesta utilizable.
error-missing-code-next = Inténtelo de nuevo.
error-port-in-use = El puerto de retorno { $port } ya está ocupado en este ordenador.
error-port-in-use-next = Cierre el programa que lo usa o elija otra dirección de retorno registrada.
error-listener = No he podido esperar al navegador en este ordenador.
error-listener-next = Inténtelo de nuevo. Si continúa, reinicie el ordenador.
error-timeout = El navegador no ha vuelto a tiempo.
error-timeout-next = Inténtelo de nuevo: empezará una nueva conexión.
error-token-endpoint = El proveedor no ha confirmado la conexión.
error-token-endpoint-next = Inténtelo de nuevo enseguida: la respuesta del navegador solo vale unos segundos.
error-id-token = La prueba de identidad enviada por el proveedor no es válida. La he rechazado.
error-id-token-next = No se muestra ninguna identidad. Inténtelo de nuevo; si continúa, hay que avisar del proveedor.
error-userinfo = Los datos de identidad enviados por el proveedor no son válidos. Los he rechazado.
error-userinfo-next = No se muestra ninguna identidad. Inténtelo de nuevo; si continúa, hay que avisar del proveedor.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Hecho. Puede cerrar esta pestaña y volver al terminal.
callback-refused = Esta respuesta no corresponde a la conexión en curso. Vuelva al terminal.
logout-done = Se ha desconectado. Puede cerrar esta pestaña y volver al terminal.

## Practice provider pages

practice-banner = Práctica: esto no es el FranceConnect real. No se envía nada al Estado.
practice-choose-title = Elijo una cuenta para conectarme a { $service }
practice-login-title = Conexión a { $idp }
practice-account = Cuenta de práctica
practice-username = Usuario
practice-password = Contraseña
practice-login-button = Conectarse
practice-welcome = Bienvenido/a { $name }
practice-continue = Continuar en { $service }
practice-register-title = Identidad no encontrada
practice-register-body = Un problema con sus datos de identidad impide completar la conexión.
practice-back = Volver a { $service }
practice-error-title = Error
practice-logged-out = Se ha desconectado de FranceConnect.
practice-account-typical = Persona adulta nacida en Francia
practice-account-several = Varios nombres
practice-account-abroad = Persona nacida fuera de Francia
practice-account-temporary = Número de seguridad social provisional: la conexión fallará

## Plain mode

plain-invalid = No he entendido. Escriba un número del 1 al { $max }, o solo Enter.
input-hidden = Lo que escribe no se muestra.
choice-default = por defecto
more-below = ↓ Sigue más abajo: tecla Av Pág.
more-above = ↑ El comienzo está más arriba: tecla Re Pág.

## Command line

cli-see-help = Vea: fcguide --help
cli-missing-value = Falta un valor después de { $word }.
cli-unknown-option = Opción desconocida: { $word }
cli-bad-port = Puerto no válido: { $word }
cli-bad-wait = Tiempo no válido (en minutos, al menos 1): { $word }
cli-no-secret-option = El secreto nunca se da en la línea de órdenes ({ $word }): otros usuarios podrían leerlo. Use la variable FCGUIDE_CLIENT_SECRET o el archivo ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Proveedor desconocido: { $word }. Elija practice, franceconnect-sandbox, franceconnect-integration o franceconnect, o indique --issuer.
cli-provider-and-issuer = Elija --provider o --issuer, no los dos ({ $word }).
cli-unknown-language = Idioma no disponible: { $word }. Vea: fcguide --list-languages
cli-practice-port = El puerto { $word } ya está ocupado. Elija otro con --port, o no use --port.
cli-practice-started = Proveedor de práctica iniciado (solo en este ordenador). Ctrl-C lo detiene.
cli-bad-bidi = --bidi acepta «program» (el asistente ordena el texto de derecha a izquierda) o «terminal» (lo hace el terminal): { $word }
cli-help =
    fcguide: conectarse con FranceConnect, paso a paso, en su idioma.

    Uso:
      fcguide [opciones]
      fcguide practice-server [--port N]

    Opciones:
      --plain               modo línea a línea (lectores de pantalla, terminales sencillos)
      --lang IDIOMA         idioma (fr, uk, en, es…); vea --list-languages
      --provider NOMBRE     practice (por defecto), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          otro proveedor OpenID Connect
      --client-id ID        identificador del servicio (o FCGUIDE_CLIENT_ID)
      --redirect-uri URL    dirección de retorno registrada (http://localhost:PORT/ruta)
      --scopes "…"          los datos pedidos (por defecto: identidad pivote y correo)
      --idp-hint            enviar la cuenta elegida al proveedor (si el servicio puede)
      --no-browser          no abrir el navegador: mostrar la dirección
      --wait MINUTOS        espera del navegador antes de preguntar (5 por defecto)
      --bidi terminal       dejar que el terminal ordene el texto de derecha a izquierda
      --high-contrast       tema de alto contraste
      --list-languages      idiomas disponibles
      --help, --version

    El secreto del servicio viene de FCGUIDE_CLIENT_SECRET o del archivo
    ~/.config/fcguide/client_secret (legible solo por usted), nunca de la línea de órdenes.
    Códigos de salida: 0 conectado, 1 fallo, 2 error de uso, 3 cancelado.
