## Ofrecimientos permanentes, agradecimientos, bloqueos, denuncias y moderación.

error-blocked = Uno de vosotros ha bloqueado al otro: no puedes enviar ofrecimientos ni mensajes a esta persona.
error-account-suspended = Esta cuenta está suspendida. Si crees que es un error, ponte en contacto con las personas que gestionan este sitio.
error-platform-suspended = El equipo de esta plataforma te ha suspendido aquí: puedes seguir leyendo, pero no pedir ni ofrecer ayuda, inscribirte ni escribir. Si crees que es un error, ponte en contacto con ellos.
error-moderate-admin = A los administradores de la plataforma no se les puede advertir ni suspender aquí. Las personas que gestionan el sitio pueden ayudarte.
error-block-self = No puedes bloquearte a ti mismo.
error-report-kind-unknown = Elige qué quieres denunciar: una solicitud, un ofrecimiento o un mensaje.
error-report-target-unknown = Aquí no hay nada que denunciar, o no puedes verlo.
error-moderation-action-unknown = Elige una de las acciones: ocultar, advertir, suspender, restablecer o archivar.
error-moderate-self = No puedes advertirte ni suspenderte a ti mismo.
error-standing-km-out-of-range = Elige una distancia de 1 a 10 km.
error-request-not-completed = Podrás dar las gracias cuando la ayuda esté marcada como hecha.
error-taken-thanks = Ya has dejado un agradecimiento para esta solicitud.
error-unknown-standing-offer = Este ofrecimiento permanente no existe.
error-unknown-block = No has bloqueado a esta persona.
error-category-in-use = Hay solicitudes u ofrecimientos permanentes que usan esta categoría, así que no se puede quitar. Cámbiale el nombre en su lugar.

## Ofrecimientos permanentes
standing-title = Lo que puedo hacer por mis vecinos
standing-intro = Di una sola vez en qué puedes ayudar, dónde y qué días. Cuando un vecino pida una ayuda que encaje, te avisamos. Nadie ve desde dónde sales.
standing-mine = Mis ofrecimientos permanentes
standing-none = Todavía no tienes ningún ofrecimiento permanente.
standing-withdraw = Dejar este ofrecimiento
standing-new = Un nuevo ofrecimiento permanente
standing-what = ¿En qué puedes ayudar?
standing-any-help = Cualquier tipo de ayuda
standing-every-day = Todos los días
standing-within = a menos de { $distance }
standing-days = ¿Qué días?
standing-days-hint = No marques ninguno para todos los días.
standing-km = ¿Hasta dónde irías, en km?
standing-km-hint = Hasta 10 km. 1 km son unos 15 minutos a pie.
standing-point-hint = Desde dónde sales, por ejemplo tu casa. Solo tú lo ves.
standing-note = Unas palabras (opcional)
standing-note-hint = Por ejemplo: tengo coche, o puedo cargar bolsas pesadas.
standing-publish = Publicar mi ofrecimiento
standing-notice-published = Tu ofrecimiento permanente está publicado. Te avisaremos de las solicitudes que encajen.
standing-notice-withdrawn = Has retirado tu ofrecimiento permanente.
help-page-standing-link = Lo que puedo hacer por mis vecinos

## Agradecimientos
thanks-title = Dar las gracias
thanks-intro = La ayuda está hecha. Puedes dejarle una breve nota privada a la otra persona.
thanks-label = Tu nota
thanks-submit = Enviar mi agradecimiento
thanks-received = Notas de agradecimiento

## Denuncias
report-title = Informar de un problema
report-intro = Vas a informar de { $what } al equipo que gestiona esta plataforma.
report-what-request = una solicitud
report-what-offer = un ofrecimiento
report-what-message = un mensaje
report-reason = ¿Qué ocurre?
report-reason-hint = El equipo lee todos los avisos. La persona a la que denuncias no ve tu nombre.
report-submit = Enviar el aviso
report-sent = Gracias. El equipo revisará tu aviso. Si esta persona te molesta, también puedes bloquearla.
report-link = Informar de un problema

## Bloqueos
block-title = Bloquear a una persona
block-question = ¿Bloquear a { $name }?
block-explained = Una vez bloqueada, esta persona no puede ofrecerte ayuda ni escribirte, y tú no puedes ofrecerle ayuda ni escribirle. No se le avisa.
block-submit = Sí, bloquear a esta persona
block-cancel = No, volver
block-link = Bloquear a esta persona
blocks-title = Personas que he bloqueado
blocks-intro = Las personas que has bloqueado no pueden ofrecerte ayuda ni escribirte.
blocks-none = No has bloqueado a nadie.
blocks-unblock = Desbloquear
blocks-notice-blocked = Esta persona está bloqueada.
blocks-notice-unblocked = Esta persona ya no está bloqueada.

## Moderación
moderation-title = Moderación
moderation-intro = Avisos de los miembros, los más antiguos primero. Cada acción queda registrada con tu nombre y tu motivo.
moderation-reports = Avisos por revisar
moderation-empty = No hay ningún aviso por revisar.
moderation-suspended = suspendido
moderation-hidden = oculto
moderation-open-request = Abrir la solicitud
moderation-reported-by = Denunciado por { $name }
moderation-reason = Motivo
moderation-hide = Ocultarlo
moderation-warn = Advertir al autor
moderation-suspend = Suspender al autor
moderation-dismiss = No pasa nada
moderation-reinstate = Levantar la suspensión
moderation-log = Lo que ha hecho el equipo
moderation-log-empty = Nada todavía.
moderation-log-when = Cuándo
moderation-log-who = Quién
moderation-log-what = Qué
moderation-log-person = Persona
moderation-log-undo = Deshacer
moderation-done-hide = ocultó contenido
moderation-done-warn = advirtió
moderation-done-suspend = suspendió
moderation-done-reinstate = levantó una suspensión
moderation-done-dismiss = archivó un aviso
moderation-notice-hide = El contenido está oculto.
moderation-notice-warn = Se ha advertido al autor.
moderation-notice-suspend = La cuenta está suspendida y se ha cerrado su sesión.
moderation-notice-reinstate = La suspensión se ha levantado.
moderation-notice-dismiss = El aviso está archivado.
moderation-link = Moderación
# Leaves the report form for the page the person was reading.
report-cancel = Volver
