# Notificaciones en la aplicación y la bandeja de salida para las personas que gestionan una plataforma.

nav-notifications = Notificaciones
nav-notifications-unread = { $count ->
    [one] 1 sin leer
    [many] { $count } sin leer
   *[other] { $count } sin leer
}

notifications-title = Notificaciones
notifications-intro = Lo que ha pasado con tus inscripciones y turnos, primero lo más reciente.
notifications-empty = Nada por ahora. Cuando algo cambie en tus inscripciones, lo verás aquí.
notifications-new = Nueva

notification-signup-confirmed = Tu plaza en { $title } ({ $when }) está confirmada.
notification-signup-waitlisted = Ocupas el puesto { $position } en la lista de espera de { $title } ({ $when }).
notification-signup-promoted = Se ha liberado una plaza: tu plaza en { $title } ({ $when }) ya está confirmada.
notification-signup-removed = Los coordinadores han quitado tu inscripción en { $title } ({ $when }).
notification-shift-changed = El turno de { $title } ha cambiado. Nuevo horario: { $when }.
notification-shift-cancelled = El turno de { $title } ({ $when }) se ha cancelado.
notification-shift-reminder = Recordatorio: te esperamos en { $title }, { $when }.
notification-other = Algo ha cambiado en tus inscripciones.

outbox-title = Bandeja de salida
outbox-intro = Todos los correos que envía { $platform } se guardan aquí. Los correos marcados como «no enviado» están esperando porque no hay ningún servidor de correo configurado: léelos aquí y reenvíalos si hace falta.
outbox-empty = Todavía no hay correos.
outbox-to = Para
outbox-written = Escrito
outbox-status = Estado
outbox-sent = Enviado
outbox-not-sent = No enviado
outbox-read = Leer el correo
notification-offer-received = Alguien se ha ofrecido a ayudar con «{ $title }».
notification-offer-accepted = Han aceptado tu ofrecimiento de ayuda con «{ $title }».
notification-offer-declined = Gracias por ofrecerte a ayudar con «{ $title }»: esta vez se resolvió de otra manera.
notification-request-nearby = Un vecino cerca de ti necesita ayuda: «{ $title }».
notification-help-thanked = Has recibido un agradecimiento por «{ $title }».
notification-moderation-warning = El equipo de { $platform } te ha enviado una advertencia: { $reason }
outbox-filter-recipient = Dirección del destinatario
outbox-filter-submit = Mostrar
outbox-state-all = Todos los correos
outbox-none-match = Ningún correo coincide. Prueba con parte de la dirección o con todos los correos.
outbox-older = Correos anteriores
outbox-site-title = Correos sobre las cuentas
outbox-site-intro = Los correos sobre las propias cuentas de las personas, como un enlace para elegir una contraseña nueva, no pertenecen a ninguna plataforma. Sin servidor de correo, esperan aquí. Un enlace en uno de estos correos abre la cuenta para la que se escribió: pásalo solo a su titular.
error-outbox-state-unknown = Elige todos los correos, enviados o no enviados.
outbox-filters = Buscar un correo
notification-message-received = { $count ->
    [one] { $from } te ha enviado un mensaje sobre «{ $title }».
    [many] { $from } te ha enviado { $count } de mensajes nuevos sobre «{ $title }».
   *[other] { $from } te ha enviado { $count } mensajes nuevos sobre «{ $title }».
}
