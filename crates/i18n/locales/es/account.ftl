# Registro, inicio y cierre de sesión; la página de la cuenta.

sign-up-title = Crea tu cuenta
sign-up-intro = Es cuestión de un minuto. Solo te pedimos lo necesario.
sign-up-submit = Crear mi cuenta
sign-up-have-account = ¿Ya tienes una cuenta?
sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-no-account = ¿Es tu primera vez aquí?

field-display-name = Tu nombre
field-display-name-hint = El nombre que verán los demás.
field-email = Correo electrónico
field-password = Contraseña
field-password-hint = Al menos 10 caracteres. Unas cuantas palabras que puedas recordar funcionan bien.
field-birth-date = Fecha de nacimiento (opcional)
field-birth-date-hint = Algunas actividades tienen una edad mínima. Solo la usamos para comprobarlo.
field-language = Idioma
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
field-password-confirm = Tu contraseña, para confirmar

account-title = Mi cuenta
account-platforms = Mis plataformas
account-no-platforms = Todavía no te has unido a ninguna plataforma.
account-language = Idioma
account-language-submit = Guardar idioma
account-password = Cambiar la contraseña
account-password-submit = Cambiar la contraseña
account-tokens = Acceso para aplicaciones
account-tokens-intro = Las aplicaciones y los programas que actúan en tu nombre usan estas claves. Revoca las que ya no uses.
account-no-tokens = Ninguna aplicación tiene acceso.
account-token-revoked = revocada
account-token-revoke = Revocar
account-calendar = Calendario
account-calendar-intro = Tus turnos confirmados pueden aparecer en la aplicación de calendario que ya usas, en el móvil o en el ordenador. Suscríbete allí a tu enlace privado de calendario («añadir calendario desde una dirección web»): la aplicación lo consulta por sí sola y muestra los turnos nuevos, los cambios y las cancelaciones.
account-calendar-link = Tu enlace privado de calendario
account-calendar-link-hint = Cópialo ahora en tu aplicación de calendario. Por tu seguridad no lo guardamos, así que no podremos volver a mostrártelo.
account-calendar-active = Tienes un enlace privado de calendario. Si lo has perdido, crea uno nuevo.
account-calendar-none = Todavía no tienes un enlace privado de calendario.
account-calendar-secret = Cualquiera que tenga el enlace puede ver tus turnos, así que no lo compartas. Si otra persona lo ha conseguido, crea uno nuevo: el enlace antiguo deja de funcionar al instante.
account-calendar-create = Crear mi enlace privado
account-calendar-replace = Crear un enlace nuevo
account-calendar-revoke = Desactivar mi enlace
account-calendar-download = Descargar mis turnos como archivo de calendario
account-data = Mis datos
account-data-intro = Descarga todo lo que esta plataforma guarda sobre ti, en un archivo que otros programas pueden leer.
account-data-download = Descargar mis datos
account-delete = Eliminar mi cuenta
account-delete-intro = Tu nombre, tu correo electrónico y tu fecha de nacimiento se borran y ya no podrás iniciar sesión. Lo que hiciste por los demás permanece en el historial, sin tu nombre. Esto no se puede deshacer.
account-delete-submit = Eliminar mi cuenta definitivamente

notice-welcome = ¡Te damos la bienvenida! Tu cuenta está lista.
notice-signed-out = Has cerrado sesión. ¡Hasta pronto!
notice-account-deleted = Tu cuenta se ha eliminado.
notice-password-changed = Tu contraseña se ha cambiado. Se han cerrado todas tus demás sesiones.
notice-language-changed = Tu idioma se ha guardado.
notice-token-revoked = La clave se ha revocado.
notice-calendar-created = Tu enlace privado de calendario está listo: cópialo ahora desde la sección Calendario.
notice-calendar-revoked = Tu enlace privado de calendario está desactivado. Las aplicaciones de calendario que lo usaban ya no reciben tus turnos.

# El calendario privado, que leen las aplicaciones de calendario.
error-unknown-calendar-feed = No hay ningún calendario en esta dirección. Puede que el enlace se haya desactivado o sustituido.
problem-host-missing = La solicitud no indica a qué sitio va dirigida (falta la cabecera Host o no es válida).
account-birth-date = Fecha de nacimiento
account-birth-date-submit = Guardar la fecha de nacimiento
notice-birth-date-saved = Tu fecha de nacimiento se ha guardado.

## Nombre, teléfono y correo electrónico en la página de la cuenta
account-details = Tu nombre y tu teléfono
account-details-submit = Guardar nombre y teléfono
field-phone = Número de teléfono (opcional)
field-phone-hint = Solo lo ven los coordinadores de los turnos en los que te inscribes, para contactarte sobre un turno.
notice-details-saved = Tu nombre y tu número de teléfono se han guardado.
account-email = Correo electrónico
account-email-current = Inicias sesión con { $email }.
account-email-unconfirmed = Esta dirección aún no está confirmada. Abre el enlace que te enviamos a ella: hasta entonces, no podemos enviarte ningún correo.
account-email-pending = Pediste usar { $email } en su lugar. Abre el enlace que enviamos allí; hasta entonces, sigues iniciando sesión con tu dirección actual.
account-email-resend = Volver a enviar el enlace
account-email-have-code = Tengo un código del correo
account-email-change = Cambiar mi correo electrónico
account-email-how = Enviamos un enlace a la nueva dirección. Solo sustituye a la actual cuando abres ese enlace.
field-new-email = Nuevo correo electrónico
field-email-password = Tu contraseña, para confirmar
account-email-submit = Enviar el enlace
notice-email-link-sent = Te hemos enviado un enlace. Ábrelo desde tu buzón para confirmar la dirección.
notice-email-confirmed = Tu correo electrónico está confirmado.
banner-email-unconfirmed = Confirma tu correo electrónico { $email }: abre el enlace que te enviamos. Hasta entonces, no podemos enviarte ningún correo.
banner-email-unconfirmed-link = ¿No te ha llegado?

## Confirmar una dirección con el enlace enviado
email-confirm-title = Confirma tu correo electrónico
email-confirm-text = ¿Es { $email } tu dirección? Pulsa el botón para confirmarla: tu cuenta la usará para iniciar sesión y para el correo.
email-confirm-submit = Sí, confirmar mi dirección
field-confirm-code = Código del correo
field-confirm-code-hint = Pega el código largo del correo que te hemos enviado.
email-confirmed-title = Tu dirección está confirmada
email-confirmed-text = A partir de ahora te enviamos el correo a { $email }, e inicias sesión con ella.
email-confirmed-continue = Continuar
email-confirm-expired-title = Este enlace ya no funciona
email-confirm-expired-text = Un enlace para confirmar una dirección funciona una sola vez, durante { $days } días. Pide uno nuevo desde la página de tu cuenta: es cuestión de un minuto.
email-confirm-ask-again = Pedir un enlace nuevo
email-confirm-taken-title = Esta dirección ya está en uso
email-confirm-taken-text = Otra cuenta usa ahora { $email }, así que no puede ser también tuya. Tu cuenta conserva la dirección que tenía.

## El correo con el enlace
mail-confirm-subject = Confirma tu correo electrónico
mail-confirm-body = ¡Te damos la bienvenida a Entraide! Para recibir por correo novedades de tus turnos y de las solicitudes de tus vecinos, confirma que esta dirección es tuya.
mail-confirm-new-body = Pediste usar esta dirección para tu cuenta de Entraide. Confírmala para iniciar sesión con ella y recibir aquí tu correo.
mail-confirm-link = Para confirmarla, abre este enlace en un plazo de 7 días:
mail-confirm-code = Para confirmarla, inicia sesión en el sitio, abre «Mi cuenta», elige «Tengo un código del correo» y pega este código en un plazo de 7 días:
mail-confirm-ignore = Si no lo has pedido tú, puedes ignorar este correo: no cambia nada.
mail-confirm-footer = Recibes este correo porque esta dirección se indicó para una cuenta en Entraide.

## El correo a una dirección que una cuenta ha dejado de usar
mail-email-changed-subject = Se ha cambiado tu correo electrónico
mail-email-changed-body = Tu cuenta de Entraide ya no usa { $previous }: a partir de ahora inicias sesión con { $email }, y tu correo llega allí.
mail-email-changed-not-you = Si no lo has hecho tú, puede que otra persona esté usando tu cuenta. Escribe cuanto antes al equipo de tu plataforma: puede ayudarte a recuperarla.
mail-email-changed-footer = Recibes este correo porque esta dirección era la de una cuenta en Entraide.
