# Notifications dans l'application, et la boîte d'envoi pour les personnes qui gèrent une plateforme.

nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] { $count } non lue
    [many] { $count } non lues
   *[other] { $count } non lues
}

notifications-title = Notifications
notifications-intro = Ce qui est arrivé à vos inscriptions et à vos créneaux, les plus récents en premier.
notifications-empty = Rien pour l'instant. Quand quelque chose change dans vos inscriptions, vous le trouverez ici.
notifications-new = Nouvelle

notification-signup-confirmed = Votre place pour { $title } ({ $when }) est confirmée.
notification-signup-waitlisted = Vous êtes en position { $position } sur la liste d'attente pour { $title } ({ $when }).
notification-signup-promoted = Une place s'est libérée : votre participation à { $title } ({ $when }) est maintenant confirmée.
notification-signup-removed = Les coordinateurs ont retiré votre inscription à { $title } ({ $when }).
notification-shift-changed = Le créneau de { $title } a changé. Nouvel horaire : { $when }.
notification-shift-cancelled = Le créneau de { $title } ({ $when }) a été annulé.
notification-shift-reminder = Rappel : on vous attend pour { $title }, { $when }.
notification-other = Il y a du nouveau dans vos inscriptions.

outbox-title = Boîte d'envoi
outbox-intro = Chaque e-mail envoyé par { $platform } est conservé ici. Les e-mails marqués « non envoyé » sont en attente, car aucun serveur de messagerie n'est configuré : lisez-les ici et transmettez-les si nécessaire.
outbox-empty = Aucun e-mail pour l'instant.
outbox-to = À
outbox-written = Rédigé
outbox-status = Statut
outbox-sent = Envoyé
outbox-not-sent = Non envoyé
outbox-read = Lire l'e-mail
notification-offer-received = Quelqu'un propose son aide pour « { $title } ».
notification-offer-accepted = Votre offre d'aide pour « { $title } » a été acceptée.
notification-offer-declined = Merci d'avoir proposé votre aide pour « { $title } » : cette fois, la demande a été réglée autrement.
notification-request-nearby = Un voisin près de chez vous a besoin d'aide : « { $title } ».
notification-help-thanked = Vous avez reçu un remerciement pour « { $title } ».
notification-moderation-warning = L'équipe de { $platform } vous a envoyé un avertissement : { $reason }
outbox-filter-recipient = Adresse du destinataire
outbox-filter-submit = Afficher
outbox-state-all = Tous les e-mails
outbox-none-match = Aucun e-mail ne correspond. Essayez une partie de l'adresse, ou tous les e-mails.
outbox-older = E-mails plus anciens
outbox-site-title = E-mails liés aux comptes
outbox-site-intro = Les e-mails qui concernent les comptes eux-mêmes, comme un lien pour choisir un nouveau mot de passe, n'appartiennent à aucune plateforme. Sans serveur de messagerie, ils attendent ici. Un lien dans un tel e-mail ouvre le compte pour lequel il a été écrit : ne le transmettez qu'à la personne titulaire de ce compte.
error-outbox-state-unknown = Choisissez tous les e-mails, envoyés ou non envoyés.
outbox-filters = Trouver un e-mail
notification-message-received = { $count ->
    [one] { $from } vous a envoyé un message à propos de « { $title } ».
    [many] { $from } vous a envoyé { $count } de nouveaux messages à propos de « { $title } ».
   *[other] { $from } vous a envoyé { $count } nouveaux messages à propos de « { $title } ».
}
