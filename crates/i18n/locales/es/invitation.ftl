## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Una invitación: { $title }
mail-shift-invitation-body = { $organisation } cree que serías de gran ayuda en { $title }, { $when }, y te invita a venir. Si puedes, inscríbete en este turno desde su página en { $platform }. Si no puedes, no tienes que hacer nada.
notification-shift-invitation = { $organisation } te invita a { $title } ({ $when }).
mail-cover-needed-subject = Una plaza por cubrir: { $title }
mail-cover-needed-body = Alguien ha cancelado a última hora su inscripción en { $title }, { $when }, y no hay nadie en la lista de espera. En la página de personas sugeridas para este turno puedes invitar con un solo clic a quienes encajan.
notification-cover-needed = Una cancelación de última hora ha dejado una plaza libre en { $title } ({ $when }): mira a quién podrías invitar.
mail-open-link = Abrir: { $link }
suggestion-invite = Invitar
suggestion-notice-invited = Tu invitación está en camino. Las personas invitadas ya no aparecen en esta lista.
error-taken-invitation = Esta persona ya está invitada a este turno.
