# En todas partes: navegación, pie de página, formularios, roles y tipos.

nav-skip-to-content = Saltar al contenido
nav-label = Menú principal
nav-home = Volver a la página de inicio
nav-my-account = Mi cuenta
nav-sign-in = Iniciar sesión
nav-sign-up = Crear una cuenta
nav-sign-out = Cerrar sesión
nav-languages = Idiomas
footer-free-software = Entraide es software libre, gestionado por y para su comunidad.

form-has-errors = Corrige lo siguiente:

role-admin = Administrador
role-coordinator = Coordinador
role-platform-admin = Equipo de la plataforma

kind-nonprofit = Entidad sin ánimo de lucro
kind-school = Centro educativo
kind-company = Empresa
kind-municipality = Servicio municipal
kind-group = Grupo informal
form-error-line = { $field }: { $message }
nav-platform = { $platform }: secciones
language-for-mails-question = Ahora lees el sitio en { $language }. ¿Quieres recibir también tus correos en { $language }?
language-for-mails-yes = Sí, también mis correos
