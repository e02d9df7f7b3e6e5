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
