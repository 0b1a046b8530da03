# Aiuto tra vicini: richieste, offerte, conversazioni private e completamento.

error-category-unknown = Scegli una delle categorie di aiuto di questa piattaforma.
error-window-ends-before-start = La fine della fascia oraria deve essere successiva al suo inizio.
error-phone-malformed = Inserisci un numero di telefono da 6 a 15 cifre, per esempio +32 470 12 34 56.
error-within-km-out-of-range = La distanza deve essere maggiore di 0 e al massimo di 25 km.
error-help-minutes-out-of-range = I minuti devono essere almeno 1 e non superare la fascia oraria della richiesta.
error-request-closed = Questa richiesta è già conclusa.
error-request-not-open = Questa richiesta non accetta più offerte.
error-request-not-accepted = Per questa richiesta non è ancora stata accettata nessuna offerta.
error-taken-offer = Hai già offerto il tuo aiuto per questa richiesta.
error-taken-completed = Questa richiesta è già stata segnata come completata.
error-unknown-request = Questa richiesta non esiste.
error-unknown-offer = Questa offerta non esiste o non è più aperta.
error-unknown-category = Questa categoria di aiuto non esiste.

## Pagine dell'aiuto tra vicini.

help-page-nav = Aiuto tra vicini
help-page-platform-link = Aiuto tra vicini
help-page-list-title = Aiuto tra vicini
help-page-list-intro = I vicini si aiutano a vicenda nelle piccole cose. Chiedi aiuto, oppure offri il tuo.
help-page-ask-button = Chiedi aiuto
help-page-mine-link = Le mie richieste e offerte
help-page-filters = Scegli quali richieste vedere
help-page-field-category-filter = Tipo di aiuto
help-page-any-category = Qualsiasi tipo di aiuto
help-page-field-distance = Quanto lontano
help-page-within = Entro { $distance }
help-page-show = Mostra
help-page-results = Richieste
help-page-none = Al momento nessuno chiede questo tipo di aiuto.
help-page-fix-filters = Cambia le tue scelte qui sopra per vedere delle richieste.
help-page-next-page = Altre richieste
help-page-distance = a circa { $distance }
help-page-area = Zona intorno a { $lat }, { $lon }
help-page-area-unknown = Zona non nota
help-page-asked-on = Chiesto il { $date }

help-page-status-open = In attesa di qualcuno che aiuti
help-page-status-accepted = È stata scelta una persona che aiuta
help-page-status-completed = Fatto
help-page-status-cancelled = Annullata
help-page-offer-open = Hai offerto il tuo aiuto. In attesa di una risposta.
help-page-offer-accepted = La tua offerta è stata accettata.
help-page-offer-declined = Questa volta aiuta qualcun altro.
help-page-offer-line-open = In attesa della tua risposta
help-page-offer-line-accepted = Accettata
help-page-offer-line-declined = Non scelta

help-page-when = Quando
help-page-where = Dove
help-page-address-private = L'indirizzo esatto viene mostrato solo alla persona scelta per aiutare.
help-page-exact-point = Punto sulla mappa: { $point }
help-page-requester = Chiesto da
help-page-on-behalf = Per
help-page-consent = Consenso dato da { $by } il { $date } ({ $how })
help-page-helper = Chi aiuta
help-page-time-given = Tempo dato
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}
help-page-erased-name = Ex membro
help-page-messages-link = Messaggi
help-page-sign-in-to-offer = Accedi per offrire aiuto
help-page-join-first = Iscriviti a questa piattaforma per offrire aiuto.
help-page-offer-title = Offri aiuto
help-page-field-offer-message = Un breve messaggio (puoi lasciarlo vuoto)
help-page-field-offer-message-hint = Per esempio: quando puoi venire.
help-page-offer-submit = Offri aiuto
help-page-offers-title = Persone che hanno offerto aiuto
help-page-no-offers = Ancora nessuna offerta. Ti avviseremo quando qualcuno offrirà aiuto.
help-page-accept = Accetta
help-page-done-title = Segna come fatto
help-page-done-intro = L'aiuto è stato dato? Indica quanto tempo ci è voluto. Chi ti ha aiutato riceve questo tempo come credito.
help-page-field-minutes = Quanti minuti ci sono voluti?
help-page-field-minutes-hint = Da 1 a { $max } minuti. 60 minuti sono un'ora.
help-page-done-submit = Segna come fatto
help-page-cancel-link = Annulla la mia richiesta
help-page-cancel-title = Annulla la mia richiesta
help-page-cancel-question = Vuoi annullare «{ $title }»?
help-page-cancel-hint = Le persone che hanno offerto aiuto vedranno che non ne hai più bisogno.
help-page-cancel-confirm = Sì, annulla
help-page-cancel-keep = No, mantienila

help-page-ask-title = Chiedi aiuto
help-page-join-to-ask = Iscriviti a questa piattaforma per chiedere aiuto.
help-page-question-category = Per che cosa ti serve aiuto?
help-page-next = Avanti
help-page-chosen-category = Chiedi: { $category }
help-page-change-category = Cambia
help-page-section-what = Che cosa
help-page-field-title = In poche parole
help-page-field-title-hint = Per esempio: Spesa al negozio all'angolo
help-page-field-description = Raccontaci di più
help-page-field-description-hint = Che cosa serve, e tutto ciò che chi aiuta dovrebbe sapere.
help-page-section-where = Dove
help-page-where-private = Solo la persona che scegli vede l'indirizzo. Gli altri vedono solo la zona.
help-page-field-address = Indirizzo
help-page-place-hint = Il punto sulla mappa aiuta i vicini della zona a trovare la tua richiesta. Puoi copiare i due numeri da un'app di mappe.
help-page-use-my-position = Usa la mia posizione attuale
help-page-position-failed = Non è stato possibile trovare la tua posizione. Scrivi tu i numeri.
help-page-section-when = Quando
help-page-field-from-day = Dal (giorno)
help-page-field-from-time = Dalle (ora)
help-page-field-until-day = Fino al (giorno)
help-page-field-until-time = Fino alle (ora)
help-page-on-behalf-summary = Chiedo per un'altra persona
help-page-on-behalf-intro = Compila questa parte solo se chiedi per un'altra persona, con il suo consenso.
help-page-field-on-behalf-name = Il suo nome
help-page-field-on-behalf-phone = Il suo numero di telefono
help-page-field-on-behalf-phone-hint = Per esempio +32 470 12 34 56
help-page-field-consent-given-by = Chi ha dato il consenso?
help-page-field-consent-given-by-hint = La persona stessa, o qualcuno autorizzato a decidere per lei.
help-page-field-consent-day = Quando ha dato il consenso?
help-page-field-consent-how = Come ha dato il consenso?
help-page-field-consent-how-hint = Per esempio: per telefono, di persona, per iscritto.
help-page-ask-submit = Chiedi aiuto
help-page-ask-cancel = Indietro

help-page-messages-title = Messaggi
help-page-messages-with = Con { $name }
help-page-messages-private = Solo voi due potete leggere questi messaggi.
help-page-no-messages = Ancora nessun messaggio.
help-page-message-erased = (messaggio eliminato)
help-page-write-title = Scrivi un messaggio
help-page-field-message = Il tuo messaggio
help-page-send = Invia
help-page-back-to-request = Torna alla richiesta

help-page-mine-title = Le mie richieste e offerte
help-page-mine-requests = Cosa ho chiesto
help-page-mine-no-requests = Non hai ancora chiesto aiuto.
help-page-mine-offers = Dove ho offerto aiuto
help-page-mine-no-offers = Non hai ancora offerto aiuto.
help-page-mine-see-offers = Vedi chi ha offerto aiuto
help-page-mine-talk-and-finish = Scrivi a chi ti aiuta, oppure segna come fatto
help-page-mine-talk = Scrivi un messaggio
help-page-mine-offer-done = Hai aiutato. Grazie!

help-page-notice-asked = La tua richiesta è online. Ti avviseremo quando qualcuno offrirà aiuto.
help-page-notice-offered = Grazie! La persona vedrà la tua offerta.
help-page-notice-accepted = Hai accettato l'offerta. Ora chi ti aiuta vede l'indirizzo.
help-page-notice-cancelled = La tua richiesta è annullata.
help-page-notice-completed = Fatto! Chi ti ha aiutato ha ricevuto il tempo come credito.
help-page-notice-sent = Il tuo messaggio è stato inviato.
