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
