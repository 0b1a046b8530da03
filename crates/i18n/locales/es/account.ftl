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
sign-up-join = Unirme también a { $platform } para inscribirme en sus actividades
