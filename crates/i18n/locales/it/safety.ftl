## Offerte permanenti, ringraziamenti, blocchi, segnalazioni e moderazione.

error-blocked = Uno di voi due ha bloccato l'altro: non puoi inviare offerte né messaggi a questa persona.
error-account-suspended = Questo account è sospeso. Se pensi che sia un errore, contatta le persone che gestiscono questo sito.
error-platform-suspended = La squadra di questa piattaforma ti ha sospeso qui: puoi ancora leggere, ma non chiedere od offrire aiuto, iscriverti o scrivere. Contattala se pensi che sia un errore.
error-moderate-admin = Gli amministratori della piattaforma non possono essere avvisati o sospesi qui. Le persone che gestiscono il sito possono aiutarti.
error-block-self = Non puoi bloccare te stesso.
error-report-kind-unknown = Scegli che cosa vuoi segnalare: una richiesta, un'offerta o un messaggio.
error-report-target-unknown = Qui non c'è niente da segnalare, oppure non puoi vederlo.
error-moderation-action-unknown = Scegli una delle azioni: nascondi, avvisa, sospendi, riattiva o archivia.
error-moderate-self = Non puoi avvisare o sospendere te stesso.
error-standing-km-out-of-range = Scegli una distanza da 1 a 10 km.
error-request-not-completed = Potrai ringraziare quando l'aiuto sarà segnato come completato.
error-taken-thanks = Hai già lasciato un ringraziamento per questa richiesta.
error-unknown-standing-offer = Questa offerta permanente non esiste.
error-unknown-block = Non hai bloccato questa persona.
error-category-in-use = Alcune richieste o offerte permanenti usano questa categoria, quindi non si può eliminare. Puoi invece cambiarle nome.

## Offerte permanenti
standing-title = Che cosa posso fare per i miei vicini
standing-intro = Di' una volta sola in che cosa puoi aiutare, dove e in quali giorni. Quando un vicino chiede un aiuto adatto, te lo diciamo. Nessuno vede da dove parti.
standing-mine = Le mie offerte permanenti
standing-none = Non hai ancora nessuna offerta permanente.
standing-withdraw = Ritira questa offerta
standing-new = Una nuova offerta permanente
standing-what = In che cosa puoi aiutare?
standing-any-help = Qualsiasi tipo di aiuto
standing-every-day = Tutti i giorni
standing-within = entro { $distance }
standing-days = In quali giorni?
standing-days-hint = Non spuntare nulla per tutti i giorni.
standing-km = Fino a quanti km sei disposto ad andare?
standing-km-hint = Fino a 10 km. 1 km è circa un quarto d'ora a piedi.
standing-point-hint = Il punto da cui parti, per esempio casa tua. Lo vedi solo tu.
standing-note = Qualche parola (facoltativo)
standing-note-hint = Per esempio: ho la macchina, oppure posso portare borse pesanti.
standing-publish = Pubblica la mia offerta
standing-notice-published = La tua offerta permanente è pubblicata. Ti avviseremo delle richieste adatte.
standing-notice-withdrawn = La tua offerta permanente è stata ritirata.
help-page-standing-link = Che cosa posso fare per i miei vicini

## Ringraziamenti
thanks-title = Di' grazie
thanks-intro = L'aiuto è stato dato. Puoi lasciare un breve messaggio privato all'altra persona.
thanks-label = Il tuo messaggio
thanks-submit = Invia il mio grazie
thanks-received = Messaggi di ringraziamento

## Segnalazioni
report-title = Segnala un problema
report-intro = Stai segnalando { $what } alla squadra che gestisce questa piattaforma.
report-what-request = una richiesta
report-what-offer = un'offerta
report-what-message = un messaggio
report-reason = Che cosa non va?
report-reason-hint = La squadra legge ogni segnalazione. La persona che segnali non vede il tuo nome.
report-submit = Invia la segnalazione
report-sent = Grazie. La squadra esaminerà la tua segnalazione. Se questa persona ti dà fastidio, puoi anche bloccarla.
report-link = Segnala un problema

## Blocchi
block-title = Blocca una persona
block-question = Vuoi bloccare { $name }?
block-explained = Una volta bloccata, questa persona non può offrirti aiuto né scriverti, e tu non puoi offrirle aiuto né scriverle. Non le viene detto.
block-submit = Sì, blocca questa persona
block-cancel = No, torna indietro
block-link = Blocca questa persona
blocks-title = Persone che ho bloccato
blocks-intro = Le persone che hai bloccato non possono offrirti aiuto né scriverti.
blocks-none = Non hai bloccato nessuno.
blocks-unblock = Sblocca
blocks-notice-blocked = Questa persona è bloccata.
blocks-notice-unblocked = Questa persona non è più bloccata.

## Moderazione
moderation-title = Moderazione
moderation-intro = Segnalazioni dei membri, dalle più vecchie. Ogni azione viene registrata con il tuo nome e il tuo motivo.
moderation-reports = Segnalazioni da esaminare
moderation-empty = Non ci sono segnalazioni da esaminare.
moderation-suspended = sospeso
moderation-hidden = nascosto
moderation-open-request = Apri la richiesta
moderation-reported-by = Segnalato da { $name }
moderation-reason = Motivo
moderation-hide = Nascondi
moderation-warn = Avvisa l'autore
moderation-suspend = Sospendi l'autore
moderation-dismiss = Nessun problema
moderation-reinstate = Revoca la sospensione
moderation-log = Che cosa ha fatto la squadra
moderation-log-empty = Ancora niente.
moderation-log-when = Quando
moderation-log-who = Chi
moderation-log-what = Che cosa
moderation-log-person = Persona
moderation-log-undo = Annulla
moderation-done-hide = ha nascosto un contenuto
moderation-done-warn = ha avvisato
moderation-done-suspend = ha sospeso
moderation-done-reinstate = ha revocato una sospensione
moderation-done-dismiss = ha chiuso una segnalazione
moderation-notice-hide = Il contenuto è nascosto.
moderation-notice-warn = L'autore è stato avvisato.
moderation-notice-suspend = L'account è sospeso ed è stato disconnesso.
moderation-notice-reinstate = La sospensione è stata revocata.
moderation-notice-dismiss = La segnalazione è chiusa.
moderation-link = Moderazione
# Leaves the report form for the page the person was reading.
report-cancel = Indietro
