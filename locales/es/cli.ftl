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
