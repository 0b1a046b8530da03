# Email su iscrizioni e turni. Variabili: $name (chi riceve l'email), $title (l'opportunità),
# $organisation, $when (giorno e orario, già scritti nel modo abituale per chi legge),
# $position (posto in lista d'attesa), $platform (il nome della piattaforma).

mail-greeting = Ciao { $name },
mail-when = { $start } – { $end }
mail-place = Dove: { $address }
mail-signature = Grazie per il tuo aiuto!
mail-footer = Ricevi questa email in seguito alla tua iscrizione a un turno su { $platform }. Tutte le tue notifiche sono nel tuo account.

mail-signup-confirmed-subject = Hai un posto: { $title }
mail-signup-confirmed-body = Il tuo posto per { $title } con { $organisation } è confermato: { $when }. Se non puoi più venire, annulla la tua iscrizione, così qualcun altro potrà prendere il tuo posto.

mail-signup-waitlisted-subject = Sei in lista d'attesa: { $title }
mail-signup-waitlisted-body = Il turno di { $title } con { $organisation } ({ $when }) per ora è al completo. Sei al numero { $position } della lista d'attesa e ti scriveremo non appena un posto sarà tuo.

mail-signup-promoted-subject = Si è liberato un posto per te: { $title }
mail-signup-promoted-body = Buone notizie: si è liberato un posto, ed è tuo. Il tuo posto per { $title } con { $organisation } ora è confermato: { $when }.

mail-signup-removed-subject = La tua iscrizione è stata rimossa: { $title }
mail-signup-removed-body = I coordinatori di { $organisation } hanno rimosso la tua iscrizione a { $title } ({ $when }). Se pensi che sia un errore, contattali.

mail-shift-changed-subject = Nuovo orario per { $title }
mail-shift-changed-body = Il turno che avevi scelto per { $title } con { $organisation } è cambiato. Nuovo orario: { $when }. Se non ti va più bene, annulla la tua iscrizione.

mail-shift-cancelled-subject = Annullato: { $title }
mail-shift-cancelled-body = { $organisation } ha annullato il turno di { $title } ({ $when }). Non devi venire. Grazie per la tua disponibilità.

mail-shift-reminder-subject = Promemoria: { $title }
mail-shift-reminder-body = Un promemoria amichevole: ti aspettiamo per { $title } con { $organisation }, { $when }. Se alla fine non puoi venire, annulla la tua iscrizione, così qualcun altro potrà prendere il tuo posto.
