## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = El sitio web de Aidants Connect, para profesionales:

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
