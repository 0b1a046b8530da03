## El aviso de privacidad y las condiciones de uso de una plataforma
policy-title = Aviso de privacidad y condiciones de uso
policy-of = Aviso de privacidad y condiciones de uso de { $platform }
policy-version = Versión { $version }, publicada el { $date }.
policy-standard-note = Este es el texto estándar: el equipo de la plataforma todavía no ha escrito el suyo.
policy-accept = He leído y acepto el aviso de privacidad y las condiciones de uso de { $platform }
policy-read = Leer el aviso de privacidad y las condiciones de uso
sign-up-privacy = Guardamos tu nombre y tu correo electrónico para gestionar tu cuenta, y nunca los compartimos. Cada plataforma te muestra su aviso de privacidad y sus condiciones de uso antes de que te unas a ella.
sign-up-join-accept = Unirme también a { $platform } para inscribirme en sus actividades. Acepto su aviso de privacidad y sus condiciones de uso.
policy-edit-link = Editar el aviso de privacidad y las condiciones de uso
policy-edit-title = Editar el aviso de privacidad y las condiciones de uso
policy-edit-intro = Escribe el texto que las personas aceptan al unirse a { $platform }, en cada idioma que quieras. Si un idioma no tiene texto, quien lo lea verá el texto en el idioma de la plataforma. Al guardar se publica una nueva versión: quienes se unan a partir de entonces la aceptan.
policy-edit-written = Escrito en: { $languages }.
policy-edit-choose = Escribir en este idioma
field-policy-language = Idioma
field-policy-body = Texto
field-policy-body-hint = Separa los párrafos con una línea en blanco. Déjalo vacío para quitar este idioma.
policy-edit-save = Publicar esta versión
notice-policy-published = La nueva versión está publicada.
error-policy-not-accepted = Marca esta casilla para unirte: significa que aceptas el aviso de privacidad y las condiciones de uso.
error-taken-policy = Se publicó otra versión en el mismo momento. Inténtalo de nuevo.

## El texto estándar, hasta que una plataforma escriba el suyo
policy-standard-who = { $platform } gestiona este sitio para que los vecinos puedan ayudarse entre sí y hacer voluntariado con organizaciones locales. Aquí te contamos qué guardamos sobre ti, quién lo ve y las pocas normas que mantienen seguro este lugar.
policy-standard-kept = Qué guardamos: tu nombre, tu correo electrónico, tu contraseña (solo de una forma que nadie puede volver a leer) y lo que decidas añadir: un número de teléfono, tu fecha de nacimiento, tu perfil de voluntariado, tus inscripciones y horas, tus solicitudes, ofrecimientos y mensajes.
policy-standard-seen = Quién lo ve: las demás personas ven tu nombre. Los coordinadores de un turno en el que te inscribes ven tu correo electrónico y tu número de teléfono. La dirección exacta de una solicitud de ayuda solo se muestra a la persona que quien la pide elige para ayudar. Una conversación solo la leen las dos personas que participan en ella, y el equipo de la plataforma si una de ellas la denuncia.
policy-standard-never = Lo que nunca hacemos: vender ni ceder tus datos, mostrar publicidad ni enviar tu dirección a otros servicios. Solo te enviamos correos sobre lo que haces aquí.
policy-standard-rights = Tus derechos: en la página de tu cuenta puedes descargar todo lo que guardamos sobre ti, corregirlo o borrar tu cuenta en cualquier momento. Lo que hiciste queda entonces en el historial, sin tu nombre.
policy-standard-rules = Las normas: actúa con amabilidad y honestidad, respeta la intimidad de los demás y nunca pidas dinero por la ayuda que se da aquí. El equipo puede ocultar lo que incumpla estas normas y suspender las cuentas que las incumplan.
policy-standard-questions = ¿Tienes preguntas? Pregunta al equipo de { $platform }.
