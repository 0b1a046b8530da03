# Elegir una contraseña nueva cuando se ha olvidado la anterior: las páginas y el correo.

password-forgot-link = ¿Has olvidado tu contraseña?
password-forgot-title = ¿Has olvidado tu contraseña?
password-forgot-intro = Escribe el correo electrónico de tu cuenta. Te enviaremos un enlace para elegir una contraseña nueva.
password-forgot-submit = Envíame un enlace
password-have-code = Tengo un código del correo
password-sent-title = Revisa tu correo
password-sent-text = Si una cuenta usa { $email }, va de camino un correo con un enlace para elegir una contraseña nueva. El enlace funciona durante una hora.
password-sent-nothing = ¿No ha llegado nada después de unos minutos? Mira en la carpeta de spam, revisa la dirección o vuelve a pedirlo.
password-ask-again = Volver a pedirlo
password-back-to-sign-in = Volver al inicio de sesión
password-reset-title = Elige una contraseña nueva
password-reset-for = Para la cuenta { $email }.
password-reset-submit = Guardar mi contraseña nueva
field-reset-code = Código del correo
field-reset-code-hint = Pega el código largo del correo que te hemos enviado.
password-expired-title = Este enlace ya no funciona
password-expired-text = Un enlace para elegir una contraseña nueva funciona durante una hora y solo una vez. Pide uno nuevo: es cuestión de un minuto.
password-expired-ask = Pedir un enlace nuevo
error-reset-link-expired = Este código ya no funciona: ya se ha usado o tiene más de una hora. Pide un enlace nuevo.
notice-password-reset = Tu contraseña nueva se ha guardado y has iniciado sesión. Se han cerrado todas tus demás sesiones.

mail-password-reset-subject = Elige una contraseña nueva
mail-password-reset-body = Alguien, probablemente tú, ha pedido elegir una contraseña nueva para tu cuenta.
mail-password-reset-link = Para elegirla, abre este enlace antes de que pase una hora (solo funciona una vez):
mail-password-reset-code = Para elegirla, ve a la página de inicio de sesión del sitio, elige «¿Has olvidado tu contraseña?», luego «Tengo un código del correo», y pega este código antes de que pase una hora:
mail-password-reset-ignore = Si no lo has pedido tú, puedes ignorar este correo: tu contraseña sigue igual.
mail-password-reset-footer = Recibes este correo porque se ha pedido una contraseña nueva para la cuenta con esta dirección.
