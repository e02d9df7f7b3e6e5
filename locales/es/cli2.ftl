# Issue 22: la línea de órdenes, los ajustes guardados, fcguide check y --debug.
cli2-unexpected-operand = Palabra inesperada: { $word }. Las únicas palabras que no son opciones son las órdenes: sheet, check, config, practice-server, relay-page (también después de --).
cli2-write-failed = No se pudo escribir la salida: { $word }
cli2-help-more =
    Órdenes y opciones pueden ir en cualquier orden; -- termina las opciones.
      fcguide check [opciones]    comprobar los ajustes antes de una sesión (proveedor,
                                  proxy, TLS, reloj, dirección de retorno, archivo secreto)
      fcguide config [opciones]   mostrar cada ajuste en vigor y de dónde viene
      --debug                     escribir una traza de direcciones, estados y errores,
                                  sin datos personales: en la salida de errores en modo
                                  línea a línea, si no en ~/.local/state/fcguide/debug.log
      ORDEN --help                la ayuda de una orden

    Ajustes guardados: ~/.config/fcguide/config, una línea clave = valor por ajuste
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). Las opciones mandan sobre él.

    Entorno: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Véase: man fcguide
cli2-help-sheet =
    fcguide sheet: la hoja de pasos para imprimir, en la salida estándar, con las
    palabras francesas del sitio junto a su traducción, sin datos personales.

    Uso: fcguide sheet [--lang IDIOMA] [--second-lang IDIOMA|none] [--format html|text]
      --lang IDIOMA            el idioma de la hoja (por defecto: el del sistema)
      --second-lang IDIOMA     impreso debajo, más pequeño (por defecto: francés);
                               none: un solo idioma
      --format html|text       html (por defecto): una página para imprimir en A4;
                               text: líneas de 80 columnas como máximo
    Ejemplo: fcguide sheet --lang uk > hoja.html
cli2-help-practice-server =
    fcguide practice-server: el proveedor de práctica solo, en este ordenador
    (127.0.0.1), para el navegador de un formador u otro programa. Muestra su
    issuer, su identificador de cliente, un secreto creado para esta vez y la
    dirección de retorno que acepta. Ctrl-C lo detiene.

    Uso: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang IDIOMA]
      --port N             el puerto (por defecto: uno libre)
      --redirect-uri URL   la única dirección de retorno que acepta
      --consent-box        mostrar la casilla que marcar antes de seguir, como algunos servicios
      --lang IDIOMA        el idioma de lo que muestra
cli2-help-check =
    fcguide check: comprueba los ajustes antes de sentarse con una persona, un
    veredicto por línea: los ajustes (identificador de cliente, dirección de retorno,
    secreto), el archivo secreto, el proxy, la conexión segura (TLS), el reloj de
    este ordenador frente al del proveedor y la descripción del proveedor (discovery).
    No se muestra nada secreto. Acepta las opciones de una sesión (--provider,
    --issuer, --client-id, --redirect-uri, --rules, --lang, --debug) y lee el
    archivo de ajustes. Código de salida: 0 listo, 1 un problema.
cli2-help-config =
    fcguide config: muestra cada ajuste en vigor y de dónde viene: una opción,
    una variable, una línea del archivo o el valor por defecto.
    El archivo: ~/.config/fcguide/config (o $XDG_CONFIG_HOME/fcguide/config),
    un ajuste por línea, clave = valor; una línea que empieza por # es un comentario.
    Claves: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes o no), theme (high-contrast o default).
    El secreto nunca va ahí: use el archivo client_secret que está al lado (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: esta línea no es clave = valor. Corríjala o empiécela con # para que sea un comentario.
cli2-config-unknown-key = { $file }:{ $line }: ajuste desconocido { $word }. Los ajustes son: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: este valor no sirve para { $word }. Véase: fcguide config --help
cli2-config-secret = { $file }:{ $line }: el secreto nunca va en este archivo. Borre esta línea y ponga el secreto solo en { $secret } (chmod 600), o en FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: este ajuste ya está en la línea { $word }. Deje solo uno.
cli2-config-unreadable = { $file } no se puede leer: debe ser un archivo de texto que usted pueda leer, de menos de 64 KiB.
cli2-config-file = Archivo de ajustes: { $file }
cli2-config-no-file = No hay archivo de ajustes (se leería en { $file }).
cli2-config-unset = (sin ajustar)
cli2-origin-option = opción { $word }
cli2-origin-env = variable { $word }
cli2-origin-default = por defecto
cli2-check-title = Comprobación de los ajustes para { $word }
cli2-check-ok = Bien
cli2-check-warning = Atención
cli2-check-problem = Problema
cli2-check-practice = El proveedor de práctica integrado: ni identificador de cliente, ni secreto, ni dirección de retorno que ajustar.
cli2-check-setup-ok = No falta nada en los ajustes.
cli2-check-secret-env = El secreto viene de FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = El archivo secreto es suyo y está cerrado a los demás: { $file }
cli2-check-secret-none = No hay secreto. Si el servicio tiene uno, póngalo solo en { $file } (chmod 600), o en FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = La dirección de retorno sigue las reglas de la plataforma: { $word }
cli2-check-redirect-free = No hay dirección de retorno que registrar: se toma un puerto libre de este ordenador en cada conexión.
cli2-check-loopback = El proveedor está en este ordenador: sin proxy, sin TLS, el mismo reloj.
cli2-check-proxy-none = Sin proxy: se llega directamente al proveedor.
cli2-check-proxy = A través del proxy { $word }.
cli2-check-proxy-socks = El proxy { $word } es un proxy SOCKS, que fcguide no usa: se llega directamente al proveedor.
cli2-check-tls-ok = Conexión segura (TLS) comprobada con { $word }.
cli2-check-clock-ok = El reloj de este ordenador coincide con el del proveedor ({ $seconds } s de diferencia).
cli2-check-clock-off = El reloj de este ordenador tiene { $seconds } s de diferencia con el del proveedor: ponga la hora, o la conexión será rechazada.
cli2-check-clock-unknown = El proveedor no ha dado su hora: el reloj no se ha comprobado.
cli2-check-discovery-ok = El proveedor responde y se describe (discovery).
cli2-check-ready = Listo: nada impide una sesión.
cli2-check-not-ready = No está listo: corrija los problemas de arriba y vuelva a ejecutar fcguide check.
cli2-debug-file = La traza de esta sesión (sin datos personales) está en { $file }, legible solo por usted.
