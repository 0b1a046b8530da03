# Correos sobre inscripciones y turnos. Variables: $name (el destinatario), $title (la
# oferta), $organisation, $when (día y horas, ya escritos a la manera del lector),
# $position (puesto en la lista de espera), $platform (el nombre de la plataforma).

mail-greeting = Hola, { $name }:
mail-when = { $start } – { $end }
mail-place = Dónde: { $address }
mail-signature = ¡Gracias por echar una mano!
mail-footer = Recibes este correo porque te inscribiste en un turno en { $platform }. Todas tus notificaciones están en tu cuenta.

mail-signup-confirmed-subject = Tienes plaza: { $title }
mail-signup-confirmed-body = Tu plaza en { $title } con { $organisation } está confirmada: { $when }. Si ya no puedes venir, cancela tu inscripción para que otra persona pueda ocupar tu plaza.

mail-signup-waitlisted-subject = Estás en la lista de espera: { $title }
mail-signup-waitlisted-body = El turno de { $title } con { $organisation } ({ $when }) está completo por ahora. Ocupas el puesto { $position } en la lista de espera y te escribiremos en cuanto tengas plaza.

mail-signup-promoted-subject = Se ha liberado una plaza para ti: { $title }
mail-signup-promoted-body = Buenas noticias: se ha liberado una plaza y es para ti. Tu plaza en { $title } con { $organisation } ya está confirmada: { $when }.

mail-signup-removed-subject = Se ha quitado tu inscripción: { $title }
mail-signup-removed-body = Los coordinadores de { $organisation } han quitado tu inscripción en { $title } ({ $when }). Si crees que es un error, ponte en contacto con ellos.

mail-shift-changed-subject = Nuevo horario para { $title }
mail-shift-changed-body = El turno en el que te inscribiste para { $title } con { $organisation } ha cambiado. Nuevo horario: { $when }. Si ya no te viene bien, cancela tu inscripción.

mail-shift-cancelled-subject = Cancelado: { $title }
mail-shift-cancelled-body = { $organisation } ha cancelado el turno de { $title } ({ $when }). No hace falta que vengas. Gracias por tu disposición a ayudar.

mail-shift-reminder-subject = Recordatorio: { $title }
mail-shift-reminder-body = Un recordatorio amable: te esperamos en { $title } con { $organisation }, { $when }. Si al final no puedes venir, cancela tu inscripción para que otra persona pueda ocupar tu plaza.

## Ayuda entre vecinos. Nunca la dirección: un correo se puede leer en cualquier sitio.
mail-help-signature = ¡Gracias por ser un buen vecino!
mail-help-footer = Recibes este correo porque participas en la ayuda entre vecinos en { $platform }. Todas tus notificaciones están en tu cuenta.
mail-offer-received-subject = Alguien se ha ofrecido a ayudar: { $title }
mail-offer-received-body = Un vecino se ha ofrecido a ayudarte con tu solicitud «{ $title }». Abre la solicitud para leer su mensaje y acepta su ofrecimiento si te viene bien.
mail-offer-accepted-subject = Han aceptado tu ofrecimiento: { $title }
mail-offer-accepted-body = Buenas noticias: han aceptado tu ofrecimiento de ayuda con «{ $title }» ({ $when }). Ahora puedes ver la dirección y escribir a la persona en la conversación de la solicitud.
mail-offer-declined-subject = Gracias por tu ofrecimiento: { $title }
mail-offer-declined-body = Gracias por ofrecerte a ayudar con «{ $title }». Esta vez la solicitud se resolvió de otra manera, así que tu ayuda no hace falta. Tu amabilidad no pasa desapercibida: otros vecinos están pidiendo ayuda y esperamos que encuentres alguna en la que puedas echar una mano.
mail-request-nearby-subject = Un vecino cerca de ti necesita ayuda: { $title }
mail-request-nearby-body = Una nueva solicitud encaja con lo que dijiste que puedes hacer: «{ $title }» ({ $when }). Ábrela para ver más y ofrece tu ayuda si puedes.
mail-help-thanked-subject = Un agradecimiento por «{ $title }»
mail-help-thanked-body = La persona a la que ayudaste, o que te ayudó, con «{ $title }» te ha dejado una nota. Abre la solicitud para leerla.
mail-moderation-warning-subject = Un mensaje del equipo de { $platform }
mail-moderation-warning-body = El equipo que gestiona { $platform } ha leído lo que escribiste y te pide que cambies tu forma de participar. Su motivo: { $reason }. Si vuelve a ocurrir, tu cuenta podría ser suspendida.
mail-open-this = Ábrelo aquí:
mail-message-received-subject = { $from } te ha escrito sobre «{ $title }»
mail-message-received-body = { $count ->
    [one] { $from } te ha enviado un mensaje sobre «{ $title }». Léelo y responde en { $platform }.
    [many] { $from } te ha enviado { $count } de mensajes nuevos sobre «{ $title }». Léelos y responde en { $platform }.
   *[other] { $from } te ha enviado { $count } mensajes nuevos sobre «{ $title }». Léelos y responde en { $platform }.
}
