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
more-below = ↓ Sigue más abajo: tecla Av Pág.
more-above = ↑ El comienzo está más arriba: tecla Re Pág.
more-choices = ↕ Hay más opciones ocultas: teclas de flecha.

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

## Plain mode

plain-invalid = No he entendido. Escriba un número del 1 al { $max }, o solo Enter.
input-hidden = Lo que escribe no se muestra.
choice-default = por defecto

