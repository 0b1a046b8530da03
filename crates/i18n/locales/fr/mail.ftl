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

## Entraide entre voisins. Jamais l'adresse : un e-mail peut être lu n'importe où.
mail-help-signature = Merci d'être un bon voisin !
mail-help-footer = Vous recevez cet e-mail parce que vous participez à l'entraide entre voisins sur { $platform }. Toutes vos notifications se trouvent dans votre compte.
mail-offer-received-subject = Quelqu'un propose son aide : { $title }
mail-offer-received-body = Un voisin propose de vous aider pour votre demande « { $title } ». Ouvrez la demande pour lire son message et acceptez son offre si elle vous convient.
mail-offer-accepted-subject = Votre offre a été acceptée : { $title }
mail-offer-accepted-body = Bonne nouvelle : votre offre d'aide pour « { $title } » a été acceptée ({ $when }). Vous pouvez maintenant voir l'adresse et écrire à la personne dans la conversation de la demande.
mail-offer-declined-subject = Merci pour votre offre : { $title }
mail-offer-declined-body = Merci d'avoir proposé votre aide pour « { $title } ». Cette fois, la demande a été réglée autrement : votre aide n'est donc pas nécessaire. Votre gentillesse ne passe pas inaperçue : d'autres voisins demandent de l'aide, et nous espérons que vous en trouverez une où vous pourrez aider.
mail-request-nearby-subject = Un voisin près de chez vous a besoin d'aide : { $title }
mail-request-nearby-body = Une nouvelle demande correspond à ce que vous avez dit pouvoir faire : « { $title } » ({ $when }). Ouvrez-la pour en savoir plus et proposez votre aide si vous le pouvez.
mail-help-thanked-subject = Un remerciement pour « { $title } »
mail-help-thanked-body = La personne que vous avez aidée, ou qui vous a aidé, pour « { $title } » vous a laissé un mot. Ouvrez la demande pour le lire.
mail-moderation-warning-subject = Un message de l'équipe de { $platform }
mail-moderation-warning-body = L'équipe qui gère { $platform } a lu ce que vous avez écrit et vous demande de changer votre façon de participer. Son motif : { $reason }. Si cela se reproduit, votre compte pourra être suspendu.
mail-open-this = Pour y accéder :
mail-message-received-subject = { $from } vous a écrit à propos de « { $title } »
mail-message-received-body = { $count ->
    [one] { $from } vous a envoyé un message à propos de « { $title } ». Lisez-le et répondez sur { $platform }.
    [many] { $from } vous a envoyé { $count } de nouveaux messages à propos de « { $title } ». Lisez-les et répondez sur { $platform }.
   *[other] { $from } vous a envoyé { $count } nouveaux messages à propos de « { $title } ». Lisez-les et répondez sur { $platform }.
}
