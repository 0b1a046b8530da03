# E-mails concernant les inscriptions et les créneaux. Variables : $name (le destinataire), $title (la
# mission), $organisation, $when (jour et heures, déjà écrits à la manière du lecteur),
# $position (place sur la liste d'attente), $platform (le nom de la plateforme).

mail-greeting = Bonjour { $name },
mail-when = { $start } – { $end }
mail-place = Lieu : { $address }
mail-signature = Merci pour votre aide !
mail-footer = Vous recevez cet e-mail à la suite de votre inscription à un créneau sur { $platform }. Toutes vos notifications se trouvent dans votre compte.

mail-signup-confirmed-subject = Votre place est réservée : { $title }
mail-signup-confirmed-body = Votre place pour { $title } avec { $organisation } est confirmée : { $when }. Si vous ne pouvez plus venir, merci d'annuler votre inscription, pour que quelqu'un d'autre puisse prendre votre place.

mail-signup-waitlisted-subject = Vous êtes sur la liste d'attente : { $title }
mail-signup-waitlisted-body = Le créneau de { $title } avec { $organisation } ({ $when }) est complet pour le moment. Vous êtes en position { $position } sur la liste d'attente, et nous vous écrirons dès qu'une place sera pour vous.

mail-signup-promoted-subject = Une place s'est libérée pour vous : { $title }
mail-signup-promoted-body = Bonne nouvelle : une place s'est libérée, et elle est pour vous. Votre participation à { $title } avec { $organisation } est maintenant confirmée : { $when }.

mail-signup-removed-subject = Votre inscription a été retirée : { $title }
mail-signup-removed-body = Les coordinateurs de { $organisation } ont retiré votre inscription à { $title } ({ $when }). Si vous pensez qu'il s'agit d'une erreur, n'hésitez pas à les contacter.

mail-shift-changed-subject = Nouvel horaire pour { $title }
mail-shift-changed-body = Le créneau que vous aviez choisi pour { $title } avec { $organisation } a changé. Nouvel horaire : { $when }. Si cela ne vous convient plus, merci d'annuler votre inscription.

mail-shift-cancelled-subject = Annulé : { $title }
mail-shift-cancelled-body = { $organisation } a annulé le créneau de { $title } prévu pour { $when }. Vous n'avez pas besoin de venir. Merci pour votre disponibilité.

mail-shift-reminder-subject = Rappel : { $title }
mail-shift-reminder-body = Petit rappel amical : on vous attend pour { $title } avec { $organisation }, { $when }. Si finalement vous ne pouvez pas venir, merci d'annuler votre inscription, pour que quelqu'un d'autre puisse prendre votre place.
