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

## Aiuto tra vicini. Mai l'indirizzo: un'email può essere letta ovunque.
mail-help-signature = Grazie di essere un buon vicino!
mail-help-footer = Ricevi questa email perché partecipi all'aiuto tra vicini su { $platform }. Tutte le tue notifiche sono nel tuo account.
mail-offer-received-subject = Qualcuno si è offerto di aiutarti: { $title }
mail-offer-received-body = Un vicino si è offerto di aiutarti con la tua richiesta «{ $title }». Apri la richiesta per leggere il suo messaggio e accetta la sua offerta se ti va bene.
mail-offer-accepted-subject = La tua offerta è stata accettata: { $title }
mail-offer-accepted-body = Buone notizie: la tua offerta di aiuto per «{ $title }» è stata accettata ({ $when }). Ora puoi vedere l'indirizzo e scrivere alla persona nella conversazione della richiesta.
mail-offer-declined-subject = Grazie per la tua offerta: { $title }
mail-offer-declined-body = Grazie di esserti offerto di aiutare con «{ $title }». Questa volta la richiesta è stata risolta in un altro modo, quindi il tuo aiuto non serve. La tua gentilezza non passa inosservata: altri vicini chiedono aiuto, e speriamo che tu ne trovi uno che puoi aiutare.
mail-request-nearby-subject = Un vicino della tua zona ha bisogno di aiuto: { $title }
mail-request-nearby-body = Una nuova richiesta corrisponde a quello che hai detto di poter fare: «{ $title }» ({ $when }). Aprila per saperne di più e offri il tuo aiuto se puoi.
mail-help-thanked-subject = Un ringraziamento per «{ $title }»
mail-help-thanked-body = La persona che hai aiutato, o che ti ha aiutato, con «{ $title }» ti ha lasciato un messaggio. Apri la richiesta per leggerlo.
mail-moderation-warning-subject = Un messaggio dalla squadra di { $platform }
mail-moderation-warning-body = La squadra che gestisce { $platform } ha letto quello che hai scritto e ti chiede di cambiare il modo in cui partecipi. Il motivo: { $reason }. Se succede di nuovo, il tuo account potrebbe essere sospeso.
mail-open-this = Aprilo qui:
mail-message-received-subject = { $from } ti ha scritto a proposito di «{ $title }»
mail-message-received-body = { $count ->
    [one] { $from } ti ha inviato un messaggio a proposito di «{ $title }». Leggilo e rispondi su { $platform }.
    [many] { $from } ti ha inviato { $count } di nuovi messaggi a proposito di «{ $title }». Leggili e rispondi su { $platform }.
   *[other] { $from } ti ha inviato { $count } nuovi messaggi a proposito di «{ $title }». Leggili e rispondi su { $platform }.
}
