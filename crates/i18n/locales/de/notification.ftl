# Benachrichtigungen in der App und der Postausgang für die Leute, die eine Plattform betreiben.

nav-notifications = Benachrichtigungen
nav-notifications-unread = { $count ->
    [one] 1 ungelesen
   *[other] { $count } ungelesen
}

notifications-title = Benachrichtigungen
notifications-intro = Was mit deinen Anmeldungen und Einsätzen passiert ist, das Neueste zuerst.
notifications-empty = Noch nichts. Wenn sich bei deinen Anmeldungen etwas ändert, findest du es hier.
notifications-new = Neu

notification-signup-confirmed = Dein Platz bei { $title } ({ $when }) ist bestätigt.
notification-signup-waitlisted = Du bist Nummer { $position } auf der Warteliste für { $title } ({ $when }).
notification-signup-promoted = Ein Platz ist frei geworden: Du bist jetzt für { $title } ({ $when }) bestätigt.
notification-signup-removed = Die Koordinatoren haben deine Anmeldung für { $title } ({ $when }) entfernt.
notification-shift-changed = Der Einsatz bei { $title } hat sich geändert. Neue Zeit: { $when }.
notification-shift-cancelled = Der Einsatz bei { $title } ({ $when }) wurde abgesagt.
notification-shift-reminder = Erinnerung: Du wirst bei { $title } erwartet, { $when }.
notification-other = Bei deinen Anmeldungen hat sich etwas geändert.

outbox-title = Postausgang
outbox-intro = Jede E-Mail, die { $platform } verschickt, wird hier aufbewahrt. E-Mails mit dem Vermerk „nicht gesendet“ warten, weil kein Mailserver eingerichtet ist: Lies sie hier und leite sie bei Bedarf weiter.
outbox-empty = Noch keine E-Mails.
outbox-to = An
outbox-written = Verfasst
outbox-status = Status
outbox-sent = Gesendet
outbox-not-sent = Nicht gesendet
outbox-read = E-Mail lesen
notification-offer-received = Jemand hat angeboten, bei „{ $title }“ zu helfen.
notification-offer-accepted = Dein Angebot, bei „{ $title }“ zu helfen, wurde angenommen.
notification-offer-declined = Danke für dein Angebot, bei „{ $title }“ zu helfen: Diesmal wurde es auf andere Weise erledigt.
notification-request-nearby = Jemand in deiner Nähe braucht Hilfe: „{ $title }“.
notification-help-thanked = Du hast ein Dankeschön für „{ $title }“ bekommen.
notification-moderation-warning = Das Team von { $platform } hat dir eine Verwarnung geschickt: { $reason }
outbox-filter-recipient = Adresse des Empfängers
outbox-filter-submit = Anzeigen
outbox-state-all = Alle E-Mails
outbox-none-match = Keine E-Mail passt. Versuch es mit einem Teil der Adresse oder mit allen E-Mails.
outbox-older = Ältere E-Mails
outbox-site-title = E-Mails zu Konten
outbox-site-intro = E-Mails zu den Konten der Menschen selbst, etwa ein Link zum Wählen eines neuen Passworts, gehören zu keiner Plattform. Ohne Mailserver warten sie hier. Ein Link in so einer E-Mail öffnet das Konto, für das sie geschrieben wurde: Gib ihn nur an die Person weiter, der das Konto gehört.
error-outbox-state-unknown = Wähle alle E-Mails, gesendete oder nicht gesendete.
outbox-filters = Eine E-Mail finden
notification-message-received = { $count ->
    [one] { $from } hat dir eine Nachricht zu „{ $title }“ geschickt.
   *[other] { $from } hat dir { $count } neue Nachrichten zu „{ $title }“ geschickt.
}
