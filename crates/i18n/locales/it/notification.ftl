# Notifiche nell'app e la posta in uscita per chi gestisce una piattaforma.

nav-notifications = Notifiche
nav-notifications-unread = { $count ->
    [one] 1 non letta
    [many] { $count } non lette
   *[other] { $count } non lette
}

notifications-title = Notifiche
notifications-intro = Cosa è successo alle tue iscrizioni e ai tuoi turni, dal più recente.
notifications-empty = Ancora niente. Quando qualcosa cambia nelle tue iscrizioni, lo troverai qui.
notifications-new = Nuova

notification-signup-confirmed = Il tuo posto per { $title } ({ $when }) è confermato.
notification-signup-waitlisted = Sei al numero { $position } della lista d'attesa per { $title } ({ $when }).
notification-signup-promoted = Si è liberato un posto: ora il tuo posto per { $title } ({ $when }) è confermato.
notification-signup-removed = I coordinatori hanno rimosso la tua iscrizione a { $title } ({ $when }).
notification-shift-changed = Il turno di { $title } è cambiato. Nuovo orario: { $when }.
notification-shift-cancelled = Il turno di { $title } ({ $when }) è stato annullato.
notification-shift-reminder = Promemoria: ti aspettiamo per { $title }, { $when }.
notification-other = Qualcosa è cambiato nelle tue iscrizioni.

outbox-title = Posta in uscita
outbox-intro = Ogni email inviata da { $platform } viene conservata qui. Le email segnate come «non inviata» sono in attesa perché non è configurato nessun server di posta: leggile qui e inoltrale se serve.
outbox-empty = Ancora nessuna email.
outbox-to = A
outbox-written = Scritta
outbox-status = Stato
outbox-sent = Inviata
outbox-not-sent = Non inviata
outbox-read = Leggi l'email
notification-offer-received = Qualcuno si è offerto di aiutarti con «{ $title }».
notification-offer-accepted = La tua offerta di aiuto per «{ $title }» è stata accettata.
notification-offer-declined = Grazie di esserti offerto di aiutare con «{ $title }»: questa volta è stata risolta in un altro modo.
notification-request-nearby = Un vicino della tua zona ha bisogno di aiuto: «{ $title }».
notification-help-thanked = Hai ricevuto un ringraziamento per «{ $title }».
notification-moderation-warning = La squadra di { $platform } ti ha inviato un avviso: { $reason }
outbox-filter-recipient = Indirizzo del destinatario
outbox-filter-submit = Mostra
outbox-state-all = Tutte le email
outbox-none-match = Nessuna email corrisponde. Prova con una parte dell'indirizzo, o con tutte le email.
outbox-older = Email meno recenti
outbox-site-title = Email sugli account
outbox-site-intro = Le email che riguardano gli account delle persone, come un link per scegliere una nuova password, non appartengono a nessuna piattaforma. Senza un server di posta restano in attesa qui. Un link in una di queste email apre l'account per cui è stata scritta: inoltralo solo al suo titolare.
error-outbox-state-unknown = Scegli tutte le email, inviate o non inviate.
outbox-filters = Trova un'email
notification-message-received = { $count ->
    [one] { $from } ti ha inviato un messaggio a proposito di «{ $title }».
    [many] { $from } ti ha inviato { $count } di nuovi messaggi a proposito di «{ $title }».
   *[other] { $from } ti ha inviato { $count } nuovi messaggi a proposito di «{ $title }».
}
