## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Une invitation : { $title }
mail-shift-invitation-body = { $organisation } pense que vous seriez d'une grande aide pour { $title }, { $when }, et vous invite à venir. Si vous le pouvez, inscrivez-vous à ce créneau depuis sa page sur { $platform }. Si vous ne pouvez pas, vous n'avez rien à faire.
notification-shift-invitation = { $organisation } vous invite à { $title } ({ $when }).
mail-cover-needed-subject = Une place à pourvoir : { $title }
mail-cover-needed-body = Quelqu'un a annulé au dernier moment pour { $title }, { $when }, et personne n'est sur la liste d'attente. Sur la page des personnes suggérées pour ce créneau, vous pouvez inviter en un clic des personnes qui conviennent.
notification-cover-needed = Une annulation de dernière minute a libéré une place pour { $title } ({ $when }) : voyez qui vous pourriez inviter.
mail-open-link = Ouvrir : { $link }
suggestion-invite = Inviter
suggestion-notice-invited = Votre invitation est partie. Les personnes invitées ne figurent plus dans cette liste.
error-taken-invitation = Cette personne est déjà invitée à ce créneau.
