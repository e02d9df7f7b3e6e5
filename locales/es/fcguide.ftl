language-name = Español
language-name-en = Spanish
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = aún no revisado por un hablante nativo
language-no-voice = sin voz para leer en voz alta

## Around every step

progress = Paso { $step } de { $total }
practice-mark = Práctica: un proveedor de prueba, no el FranceConnect real
note-label = Importante:
help-label = Ayuda:
french-label = En francés:
keys-tui = Flechas o número: elegir · Enter: confirmar · Esc: atrás · ?: ayuda · L: idioma · B: dos idiomas · F: invertir · Q: salir
keys-input = Enter: confirmar · Esc: atrás · F1: ayuda
keys-input-nir = Enter: comprobar · Esc: atrás · F1: ayuda · F2: mostrar u ocultar las cifras
keys-plain = Escriba un número y luego Enter. Enter solo: la opción propuesta. Cero: atrás. h: ayuda. l: idioma. q: salir.
keys-short = ?: ayuda · Q: salir
prompt = Opción
prompt-default = Enter solo: { $choice }
still-waiting = Sigo esperando la vuelta del navegador. Puede continuar en el navegador o escribir una opción.
too-small = La ventana es demasiado pequeña. Agrándela o ejecute fcguide --plain.
connected-mark = [FranceConnect ✓] Conectado
help-keys = Teclas: Enter toma la opción propuesta. Esc, Retroceso o cero vuelven atrás. L cambia el idioma sin perder su avance. B muestra un segundo idioma bajo cada texto; F invierte los dos idiomas. V lee los pasos en voz alta o para la voz. En modo línea a línea: h para la ayuda; b, f y v como estas teclas.
help-practice = Práctica: aquí el proveedor es un proveedor de prueba en este ordenador, no el FranceConnect real. No se envía nada al Estado.
speech-on = Lectura en voz alta: activada.
speech-off = Lectura en voz alta: desactivada.
speech-unavailable = No hay ningún programa de lectura en voz alta instalado (spd-say o espeak-ng): el asistente sigue sin voz.

## Words of the real site

fr-words-button = Identificarse con FranceConnect
fr-words-choose = Elija una cuenta para conectarse:
fr-words-login = Conectarse
fr-words-as = Va a conectarse como:
fr-words-continue = Continuar en { $service }
fr-words-consent = Acepto que FranceConnect envíe mis datos al servicio para conectarme
fr-words-error = Se ha producido un error
fr-words-code = Error Y010008
fr-words-what-to-do = ¿Qué hacer?
fr-words-back = Volver a { $service }

## Step 1: language

language-title = Elija su idioma
language-body = El asistente habla su idioma. También muestra las palabras en francés que verá en el sitio real.
language-note = FranceConnect necesita un número de seguridad social francés permanente. Se lo explicaremos.
help-language = Elija el idioma que lee mejor. Puede cambiarlo en cualquier momento con la tecla L. También puede escribir el comienzo del nombre de un idioma para encontrarlo.

## Step 2: welcome and prerequisite

welcome-title = ¿Qué es FranceConnect?
welcome-what = FranceConnect es gratuito: una sola cuenta para muchos servicios públicos en línea (impuestos, salud, desempleo…).
welcome-need = Necesita un número de seguridad social permanente: FranceConnect comprueba su identidad en el registro nacional (RNIPP).
welcome-where = Este número tiene 15 cifras: está en su carte Vitale y en su certificado de derechos (attestation de droits).
welcome-without = ¿Aún no tiene número, o tiene uno provisional (empieza por 7 u 8)? FranceConnect todavía no funcionará: pregunte a su CPAM. Mientras tanto, use la cuenta del sitio.
welcome-note = Sin un número de seguridad social permanente, la conexión falla. Un número provisional (que empieza por 7 u 8) no basta.
help-welcome = Continuar lleva a la elección de la cuenta. Antes puede comprobar la forma de su número: la comprobación se hace solo en este ordenador, no se envía ni se guarda nada.
choice-continue = Continuar
choice-check-nir = Comprobar mi número de seguridad social
choice-check-again = Comprobar otro número
choice-back = Atrás
choice-quit = Salir

## Number check

nir-title = Comprobar mi número de seguridad social
nir-body = Escriba las 15 cifras, con las 2 cifras de control del final. El número se queda en este ordenador: no se envía, no se guarda y se borra después de la comprobación.
nir-input = Número de seguridad social (15 cifras). Enter solo: saltar.
nir-show-digits = s y luego Enter: mostrar las cifras
nir-read-back = Ha escrito: { $number }
nir-permanent = Este número tiene la forma correcta y es permanente. FranceConnect puede funcionar.
nir-permanent-abroad = Este número tiene la forma correcta y es permanente (persona nacida fuera de Francia). FranceConnect puede funcionar.
nir-temporary = Es un número provisional: empieza por 7 u 8. FranceConnect no funcionará con este número. Pida su número permanente a la CPAM.
nir-wrong-key = Las 2 cifras de control (las 2 últimas) no corresponden al resto del número. Compruebe cada cifra en su carte Vitale.
nir-missing-key = Faltan las 2 cifras de control: añada las 2 últimas cifras (están en su carte Vitale, después de las 13 primeras).
nir-malformed = Esto no tiene la forma de un número de seguridad social. Debe tener 15 caracteres; el primero es 1 o 2 (7 u 8 para un número provisional).
nir-note = El número permanente empieza por 1 o 2. Es el que conoce el registro nacional.
nir-note-temporary = Con un número provisional, FranceConnect mostrará una página «Une erreur s’est produite» con «Erreur Y010008». No es culpa suya: hay que esperar el número permanente.
help-nir = La comprobación solo mira la forma del número y sus 2 cifras de control. No dice si usted ya está en el registro.

## Step 3: choose an identity provider

idp-title = Elegir una cuenta
idp-body = Debe tener ya una cuenta en uno de estos sitios. Elija una.
idp-after-not-me = Usted dijo que la identidad mostrada no era la suya. Se ha borrado. Elija otra cuenta o pida ayuda.
idp-note = Lo importante: su identidad debe estar en el registro nacional. Se entra en él con un número de seguridad social permanente.
help-idp = Elija el sitio donde ya tiene usuario y contraseña. Si no tiene ninguno, lo más sencillo suele ser ameli.fr (seguro de enfermedad) o impots.gouv.fr. ¿Ayuda a esta persona como profesional? No escriba nunca su contraseña por ella: la escribe ella misma. Para actuar en su nombre existe Aidants Connect.
idp-impots-who = Toda persona que declara sus ingresos en Francia. Hace falta el número fiscal.
idp-ameli-who = Toda persona cubierta por el seguro de enfermedad francés. Hace falta el número de seguridad social.
idp-laposte-who = Personas adultas con un documento de identidad francés o un permiso de residencia. Hace falta un teléfono móvil.
idp-msa-who = Personas aseguradas en la mutualidad social agrícola (sector agrícola).
idp-france-identite-who = Personas con el nuevo documento de identidad francés y un teléfono compatible.
idp-yris-who = Personas adultas con un documento de identidad. Hace falta un teléfono móvil.
idp-trustme-who = Personas adultas con un documento de identidad. Hace falta un teléfono móvil y la aplicación TrustMe.

## Step 4: authenticate in the browser

auth-title = Conectarse en el navegador
auth-failed-title = La conexión no se ha completado
auth-starting = Preparando la conexión…
auth-opened = El navegador se ha abierto. Vuelva aquí después.
auth-not-opened = El navegador no se ha abierto. Abra esta dirección en un navegador de este ordenador:
auth-no-browser = Abra esta dirección en un navegador de este ordenador:
auth-no-display = Aquí no hay navegador gráfico. Abra esta dirección en un navegador de este ordenador, por ejemplo un navegador de texto:
auth-ssh = Está conectado a este ordenador a distancia (SSH). Dos maneras de seguir: abrir la dirección en un navegador de este ordenador; o, en su propio ordenador, escribir la orden de abajo y luego abrir la dirección en su navegador.
auth-in-browser = En el navegador: elija { $idp }, escriba su usuario y su contraseña y luego «Se connecter».
auth-timed-out = El tiempo previsto ha pasado, pero aún puede terminar en el navegador. Si necesita más tiempo, elija “Más tiempo”.
auth-checking = El navegador ha vuelto. Compruebo su identidad…
auth-note = FranceConnect buscará su identidad en el registro nacional. Con un número provisional no la encontrará.
auth-note-register = Causa más frecuente: todavía no hay número de seguridad social permanente. Puede comprobar su número: elija “Comprobar mi número de seguridad social”.
help-auth = El navegador muestra las páginas de FranceConnect. Si no se abre nada, copie la dirección mostrada. Puede pedir más tiempo tantas veces como necesite.
help-auth-failed = Cada opción dice lo que hace. Intentarlo de nuevo vuelve a abrir el navegador. Para entender una página de error de FranceConnect, escriba su código. Para escribir a FranceConnect: el botón «Contactez-nous» de su página de error, o el sitio aide.franceconnect.gouv.fr.
choice-reopen = Volver a abrir el navegador
choice-more-time = Más tiempo ({ $minutes ->
        [one] { $minutes } minuto más
       *[other] { $minutes } minutos más
    })
notice-more-time = De acuerdo: { $minutes ->
        [one] { $minutes } minuto más.
       *[other] { $minutes } minutos más.
    }
notice-more-time-until = De acuerdo: { $minutes ->
        [one] { $minutes } minuto más
       *[other] { $minutes } minutos más
    }, hasta las { $time }.
notice-reopened = El navegador se ha vuelto a abrir en la página de conexión.
notice-not-reopened = El navegador no se ha abierto. Abra usted mismo la dirección.
choice-cancel = Cancelar y volver a la elección de la cuenta
choice-retry = Intentarlo de nuevo
choice-other-idp = Elegir otra cuenta
choice-read-code = Escribir el código de la página de error de FranceConnect
choice-code-again = Escribir otro código
code-title = ¿Qué decía la página de FranceConnect?
code-body = Si la página decía «Une erreur s’est produite», escriba el código que aparece después de «Erreur» (por ejemplo Y010008). Si no había código, pulse Enter solo.
code-input = Código de la página (por ejemplo Y010008). Enter solo: sin código.
code-read = Código { $code }:
code-note = Este código ayuda al servicio de asistencia de FranceConnect y a su CPAM a entender lo que ha pasado. Anótelo. Para escribir a FranceConnect: el botón «Contactez-nous» de su página de error, o el sitio aide.franceconnect.gouv.fr.
help-code = El código está en la página de error de FranceConnect, después de la palabra «Erreur». Empieza por Y, seguida de al menos 6 cifras o letras (por ejemplo Y010008 o Y04EA6EF). Nada de lo que escribe se envía.
code-y010008 = FranceConnect no ha encontrado su identidad en el registro nacional (RNIPP). No es culpa suya.
code-y010008-next = Causa más frecuente: todavía no tiene número de seguridad social permanente (tiene un número provisional, que empieza por 7 u 8, o su expediente está en curso). Pregunte a su CPAM cómo va su número permanente. Mientras tanto, use la cuenta propia del sitio. Si su número ya es permanente, contacte con FranceConnect con este código.
code-y010004 = El registro nacional ha encontrado una identidad parecida a la de su cuenta, pero no lo bastante parecida.
code-y010004-next = Sus datos de identidad no son iguales en su cuenta y en el registro (apellido, nombres, fecha o lugar de nacimiento). Contacte con FranceConnect con este código para que los corrijan.
code-y010006 = El registro nacional ha encontrado varias identidades posibles para usted.
code-y010006-next = Hay que corregir sus datos. Contacte con FranceConnect con este código.
code-y010007 = El registro nacional solo ha encontrado su identidad con su nombre de uso (por ejemplo, el apellido de su cónyuge).
code-y010007-next = Hay que corregir sus datos. Contacte con FranceConnect con este código.
code-register-technical = El registro nacional no ha podido responder: es un problema técnico, no es culpa suya.
code-register-technical-next = Inténtelo más tarde. Si continúa, contacte con FranceConnect con este código.
code-y010015 = El registro nacional ya no permite conectarse con esta identidad.
code-y010015-next = Contacte con FranceConnect con este código: el equipo estudiará su situación con usted.
code-y030007 = La solicitud que envió el servicio no era correcta. No es culpa suya.
code-y030007-next = Es un problema de configuración del servicio (o de este asistente). Avise al servicio con este código.
code-y190001 = La sesión ha caducado o ya no es válida: la conexión ha tardado demasiado, o la página se quedó abierta demasiado tiempo.
code-y190001-next = Cierre la pestaña de FranceConnect y empiece de nuevo: elija Intentarlo de nuevo.
code-unknown = No conozco este código.
code-unknown-next = Compruébelo en la página (una Y seguida de al menos 6 cifras o letras). Si es correcto, contacte con FranceConnect con este código.
code-none = La página no mostraba ningún código: seguramente volvió atrás antes de conectarse.
code-none-next = Puede intentarlo de nuevo o elegir otra cuenta.

## Step 5: confirm

confirm-title = Compruebe su identidad
confirm-body = Compruebe que esta identidad es la suya.
confirm-given = Nombres: { $value }
confirm-family = Apellido de nacimiento: { $value }
confirm-birthdate = Fecha de nacimiento: { $value }
months = enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre
confirm-birthplace = Lugar de nacimiento: código de municipio { $code }
confirm-born-abroad = Lugar de nacimiento: fuera de Francia (país { $country })
confirm-continue = En el sitio real, esta última página muestra sus nombres y un botón azul. Las guías antiguas la llaman «Bienvenue».
confirm-consent = Algunos servicios piden antes marcar una casilla.
confirm-wrong = ¿No es usted? Elija “No soy yo”: la identidad se borra.
confirm-note = Esta identidad viene del registro nacional, gracias a su número de seguridad social permanente.
help-confirm = Mire cada línea. Si todo es correcto, confirme. No se guarda nada en este ordenador. ¿Hay un dato falso? Contacte con el organismo de la cuenta que usó. FranceConnect solo le envía un correo electrónico si una conexión parece poco habitual.
choice-confirm-yes = Sí, soy yo
choice-not-me = No soy yo

## Step 6: done

done-title = Se ha conectado con FranceConnect
done-title-logged-out = Se ha desconectado de FranceConnect
done-connected = La conexión está confirmada.
done-logged-out = Se ha desconectado de FranceConnect.
done-services = Los servicios que aceptan FranceConnect están aquí:
done-help = ¿Necesita ayuda? Una oficina France Services cerca de usted puede acompañarle.
done-note = Guarde su número de seguridad social permanente: sirve en cada conexión.
help-done = Terminar cierra el asistente. Desconectarse cierra también la sesión de FranceConnect en el navegador. ¿Necesita ayuda? Una oficina France Services cerca de usted puede acompañarle.
choice-finish = Terminar
choice-logout = Desconectarse de FranceConnect
end-connected = Fin del asistente: está conectado.
end-failed = Fin del asistente: la conexión no se ha completado.
end-cancelled = Fin del asistente.

## Errors

error-code = Código para el servicio de ayuda: { $code }
error-check = Comprobación fallida: { $check }
error-config-client-id = No hay identificador de servicio (client id) para este proveedor.
error-config-client-id-next = Indíquelo con --client-id o la variable FCGUIDE_CLIENT_ID, o use el proveedor de práctica.
error-config-secret = Falta el secreto del servicio.
error-config-secret-next = Póngalo en la variable FCGUIDE_CLIENT_SECRET o en el archivo de configuración (legible solo por usted).
error-config-secret-file-open = Otras personas pueden leer el archivo del secreto ({ $file }): me niego a usarlo.
error-config-secret-file-open-next = Hágalo legible solo por usted: chmod 600 { $file }
error-config-secret-file = No se puede leer el archivo del secreto ({ $file }).
error-config-secret-file-next = Compruebe su ruta y sus permisos.
error-config-redirect-uri = La dirección de retorno (--redirect-uri) no es válida.
error-config-redirect-uri-next = Debe tener la forma http://localhost:PORT/ruta o http://127.0.0.1:PORT/ruta, exactamente como se registró.
error-config-redirect-required = Para FranceConnect hace falta la dirección de retorno registrada para este servicio (--redirect-uri).
error-config-redirect-required-next = FranceConnect solo acepta la dirección exacta registrada. Registre una dirección en este ordenador con un puerto fijo, por ejemplo http://localhost:8400/callback, y luego indíquela con --redirect-uri.
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
error-access-denied = La conexión no se ha completado: FranceConnect no ha devuelto ninguna identidad.
error-access-denied-next = Esto pasa cuando usted volvió atrás, o cuando FranceConnect mostró una página de error («Une erreur s’est produite»). Si la página mostraba «Erreur» y después un código, elija escribir ese código: se lo explicaré.
error-invalid-idp-hint = Esta cuenta no se puede elegir desde aquí para este servicio.
error-invalid-idp-hint-next = Elija otra cuenta o inténtelo de nuevo: entonces elegirá en el navegador.
error-invalid-request = El proveedor ha rechazado la solicitud.
error-invalid-request-next = Es un problema de configuración del servicio, no de su cuenta. Inténtelo más tarde o avise.
error-server-error = El proveedor ha tenido un problema técnico.
error-server-error-next = Cierre la pestaña del navegador e inténtelo de nuevo. Si la página de FranceConnect mostraba «Erreur» y después un código, elija escribir ese código: se lo explicaré.
error-temporarily-unavailable = El proveedor no está disponible por el momento.
error-temporarily-unavailable-next = Inténtelo de nuevo dentro de unos minutos. Si la página de FranceConnect mostraba «Erreur» y después un código, elija escribir ese código: se lo explicaré.
error-refused = El proveedor ha rechazado la conexión.
error-refused-next = Inténtelo de nuevo o elija otra cuenta.
error-callback-issuer = La respuesta no viene del proveedor esperado. La he rechazado.
error-callback-issuer-next = Cierre las otras pestañas de conexión e inténtelo de nuevo.
error-callback-issuer-missing = La respuesta no dice de qué proveedor viene, aunque este proveedor siempre lo dice. La he rechazado.
error-callback-issuer-missing-next = Cierre las otras pestañas de conexión e inténtelo de nuevo.
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
callback-failed = La conexión no se ha completado. Vuelva al terminal: el asistente le explica qué hacer.
callback-refused = Esta respuesta no corresponde a la conexión en curso. Vuelva al terminal.
logout-done = Se ha desconectado. Puede cerrar esta pestaña y volver al terminal.

## Practice provider pages

practice-banner = Práctica: esto no es el FranceConnect real. No se envía nada al Estado.
practice-choose-doc-title = Conexión - Elección de la cuenta
practice-connecting = Conexión en curso a { $service }
practice-choose-title = Elija una cuenta para conectarse:
practice-aidants = ¿Ayuda a otras personas como profesional? Use Aidants Connect
practice-login-title = Conexión a { $idp }
practice-account = Cuenta de práctica
practice-username = Usuario
practice-password = Contraseña
practice-login-button = Conectarse
practice-wrong-password = Usuario o contraseña incorrectos.
practice-continue-doc-title = Conexión - Continuar en el servicio { $service }
practice-as = Va a conectarse como:
practice-continue = Continuar en { $service }
practice-consent = Acepto que FranceConnect envíe mis datos al servicio para conectarme
practice-consent-missing = Marque la casilla para aceptar el envío de los datos
practice-error-doc-title = Error de conexión
practice-back = Volver a { $service }
practice-error-title = Se ha producido un error
practice-error-code = Error { $code }
practice-error-body = Se ha producido un error, inténtelo de nuevo más tarde
practice-help-page = Consulte nuestra página de ayuda de FranceConnect.
practice-what-to-do = ¿Qué hacer?
practice-contact = Contacte con nosotros
practice-logged-out = Se ha desconectado de FranceConnect.
practice-not-found = Página no encontrada
practice-account-typical = Persona adulta nacida en Francia
practice-account-several = Varios nombres
practice-account-abroad = Persona nacida fuera de Francia
practice-account-temporary = Número de seguridad social provisional: la conexión fallará

## Plain mode

plain-invalid = No he entendido. Escriba un número del 1 al { $max }, o solo Enter.
input-hidden = Lo que escribe no se muestra.
choice-default = por defecto

## Command line

cli-see-help = Vea: fcguide --help
cli-missing-value = Falta un valor después de { $word }.
cli-unknown-option = Opción desconocida: { $word }
cli-bad-port = Puerto no válido: { $word }
cli-bad-wait = Duración no válida (en minutos, de 1 a 1440): { $word }
cli-not-text = Un argumento no es texto legible: { $word }
cli-switch-value = Esta opción no lleva ningún valor: { $word }
cli-bad-rules = --rules acepta “franceconnect” (las reglas de la plataforma) u “oidc” (OpenID Connect estándar): { $word }
cli-no-secret-option = El secreto nunca se da en la línea de órdenes ({ $word }): otros usuarios podrían leerlo. Use la variable FCGUIDE_CLIENT_SECRET o el archivo ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Proveedor desconocido: { $word }. Elija practice, franceconnect-sandbox, franceconnect-integration o franceconnect, o indique --issuer.
cli-provider-and-issuer = Elija --provider o --issuer, no los dos ({ $word }).
cli-unknown-language = Idioma no disponible: { $word }. Vea: fcguide --list-languages
cli-practice-port = El puerto { $word } ya está ocupado. Elija otro con --port, o no use --port.
cli-practice-started = Proveedor de práctica iniciado (solo en este ordenador). Ctrl-C lo detiene.
cli-bad-bidi = --bidi acepta “program” (el asistente ordena el texto de derecha a izquierda) o “terminal” (lo hace el terminal): { $word }
cli-bad-format = --format acepta “html” (una página para imprimir) o “text” (texto simple): { $word }
cli-help =
    fcguide: conectarse con FranceConnect, paso a paso, en su idioma.

    Uso:
      fcguide [opciones]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang IDIOMA] [--second-lang IDIOMA|none]
    {"                ["}--format html|text]

    Opciones:
      --plain               modo línea a línea (lectores de pantalla, terminales sencillos)
      --lang IDIOMA         idioma (fr, uk, en, es…); vea --list-languages
      --provider NOMBRE     practice (por defecto), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          otro proveedor OpenID Connect
      --client-id ID        identificador del servicio (o FCGUIDE_CLIENT_ID)
      --redirect-uri URL    dirección de retorno registrada (http://localhost:PORT/ruta),
                            obligatoria con FranceConnect
      --rules NOMBRE        franceconnect (reglas de la plataforma, por defecto en
                            sus entornos) u oidc (por defecto con --issuer)
      --scopes "…"          los datos pedidos (por defecto: identidad pivote y correo)
      --idp-hint ID         identificador de un proveedor de identidad que la
                            plataforma dio para este servicio (enviado como idp_hint)
      --no-browser          no abrir el navegador: mostrar la dirección
      --wait MINUTOS        espera del navegador antes de preguntar (5 por defecto, 1 a 1440)
      --bidi terminal       dejar que el terminal ordene el texto de derecha a izquierda
      --high-contrast       tema de alto contraste
      --second-lang IDIOMA  el segundo idioma de la vista bilingüe (francés por defecto)
      --speak               leer los pasos en voz alta (spd-say o espeak-ng)
      --list-languages      idiomas disponibles
      --help, --version

    El secreto del servicio viene de FCGUIDE_CLIENT_SECRET o del archivo
    ~/.config/fcguide/client_secret (legible solo por usted), nunca de la línea de órdenes.
    fcguide sheet escribe la hoja de los pasos para imprimir (html, por defecto) o en texto simple.
    Códigos de salida: 0 conectado, 1 fallo, 2 error de uso, 3 cancelado.
more-below = ↓ Sigue más abajo: tecla Av Pág.
more-above = ↑ El comienzo está más arriba: tecla Re Pág.
more-choices = ↕ Hay más opciones ocultas: teclas de flecha.

## Printable sheet
# `fcguide sheet`: a sheet to print and take home. The steps' own messages make
# most of it; these are the words around them. Words between « » are the real
# site's and stay in French in every language.

sheet-title = FranceConnect, paso a paso
sheet-intro = Las páginas de FranceConnect solo están en francés. Aquí están sus palabras exactas, con su traducción. No escriba nunca aquí sus contraseñas.
sheet-bring-title = Qué debe llevar consigo
sheet-bring-card = Su carte Vitale o su certificado de derechos del seguro de enfermedad (attestation de droits).
sheet-bring-account = El usuario y la contraseña de su cuenta en uno de estos sitios:
sheet-bring-email = Acceso a su correo electrónico: el sitio de su cuenta puede escribirle allí.
sheet-steps-title = Los pasos
sheet-step-start-title = En el sitio del servicio
sheet-step-start = Busque este botón azul y haga clic en él:
sheet-step-login = En la página de la cuenta elegida, escriba usted mismo su usuario y su contraseña, y luego haga clic en:
sheet-codes-title = Si FranceConnect muestra un error
sheet-codes-intro = Anote el código escrito después de «Erreur» y muéstrelo cuando pida ayuda. Lo que significa:
sheet-help-title = Dónde encontrar ayuda
sheet-help-cpam = Su caja del seguro de enfermedad (CPAM): si su número empieza por 7 u 8, o si su expediente está en curso.
sheet-help-contact = FranceConnect: el enlace «Contactez-nous» de su página de error. Dé el código del error.
sheet-helper-title = Para la persona que ayuda
sheet-helper-password = No escriba nunca la contraseña de la persona, ni siquiera para ayudarla: la escribe ella misma.
sheet-helper-aidants = Para actuar en su nombre, un profesional formado usa Aidants Connect, con un mandato firmado por la persona:
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = ¿Ayuda a otras personas como profesional? Use Aidants Connect
