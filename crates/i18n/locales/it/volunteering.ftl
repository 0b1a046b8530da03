# Volontariato: trovare opportunità, la pagina di un'opportunità, turni e iscrizioni,
# elenchi dei presenti, i miei turni, pannelli delle organizzazioni, competenze e cause.

## Trovare opportunità

opportunities-title = Trova qualcosa da fare
opportunities-find = Trova qualcosa da fare
opportunities-filters = Filtri
opportunities-more-filters = Altri filtri: competenza, causa, lingua, date, luogo
opportunities-any = Qualsiasi
opportunities-sort-start = Prima le più imminenti
opportunities-sort-distance = Prima le più vicine
opportunities-search = Cerca
opportunities-reset = Rimuovi tutti i filtri
opportunities-results = Opportunità
opportunities-none = Ancora nulla corrisponde a questi filtri. Prova con meno filtri o con una zona più ampia.
opportunities-fix-filters = Correggi i filtri qui sopra per vedere i risultati.
opportunities-distance = a { $distance }
opportunities-more-shifts = { $count ->
    [one] e un altro turno
    [many] e altri { $count } di turni
   *[other] e altri { $count } turni
}
opportunities-next-page = Pagina successiva
opportunities-list-title = Cosa puoi fare con noi
opportunities-none-published = Al momento non c'è niente a cui iscriversi.

field-search-words = Parole da cercare
field-search-words-hint = Per esempio: banco alimentare, lettura, orto.
field-skill = Competenza
field-cause = Causa
field-spoken-language = Lingua parlata sul posto
field-from-day = Dal (giorno)
field-to-day = Al (giorno)
field-near = Vicino a questo luogo
field-near-hint = Una via, un indirizzo, un CAP o un quartiere. Vanno bene anche due numeri presi da un'app di mappe, per esempio 51.05,3.72.
field-near-hint-no-places = Due numeri presi da un'app di mappe, per esempio 51.05,3.72. Quando la squadra della piattaforma avrà importato le sue vie, andranno bene anche una via o un quartiere.
opportunities-near-place = Vicino a { $place }.
opportunities-near-others = Oppure vicino a:
error-place-not-found = Nessun luogo di questa piattaforma ha questo nome. Prova con una via, un CAP o un quartiere, oppure con due numeri presi da un'app di mappe, per esempio 51.05,3.72.
field-within-km = Entro (km)
field-remote-only = Solo cose che posso fare da casa
field-sort = Ordine

## Un'opportunità

opportunity-remote = A distanza: da qualsiasi luogo
opportunity-address-unknown = Luogo da confermare da parte dell'organizzazione
opportunity-coordinator-tools = Strumenti di coordinamento
opportunity-edit = Modifica
opportunity-skills = Competenze
opportunity-causes = Cause
opportunity-languages = Lingue parlate sul posto
opportunity-min-age = Età minima
opportunity-min-age-value = { $age } anni
opportunity-accessibility = Accessibilità
opportunity-where = Dove
opportunity-shifts = Quando
opportunity-not-open = Al momento questa opportunità non accetta iscrizioni.
opportunity-sign-in-to-sign-up = Accedi per iscriverti
opportunity-join-first = Unisciti a questa piattaforma per iscriverti. È gratis e basta un clic.
opportunity-ongoing = Non ci sono orari fissi: aiuta quando va bene a te e all'organizzazione.
opportunity-ongoing-short = Continuativa, senza orari fissi
opportunity-no-upcoming = Al momento non ci sono turni in programma.
opportunity-dates-nav = Altre date
opportunity-earlier-dates = Date precedenti
opportunity-later-dates = Date successive
opportunity-past-shifts = Turni passati
opportunity-report-hours = Segnala le mie ore
opportunity-report-hours-intro = Di' all'organizzazione per quanto tempo hai aiutato. Un coordinatore lo conferma.
opportunity-report-hours-submit = Segnala queste ore
opportunity-times-in-zone = Date e orari sono nel fuso orario della piattaforma ({ $zone }).
opportunity-add-shift = Aggiungi un turno
opportunity-add-shift-submit = Aggiungi questo turno
opportunity-add-series = Aggiungi turni ricorrenti
opportunity-add-series-intro = Per esempio ogni martedì dalle 14:00 alle 17:00 fino alla fine di marzo. Ogni turno si può poi modificare singolarmente.
opportunity-add-series-submit = Aggiungi questi turni
opportunity-status-draft = Bozza
opportunity-status-published = Pubblicata
opportunity-status-closed = Chiusa
opportunity-status-draft-hint = La vede solo la tua organizzazione.
opportunity-status-published-hint = Tutti possono trovarla e iscriversi.
opportunity-status-closed-hint = Ancora visibile, ma nessuno può iscriversi.
opportunity-new-title = Pubblica un'opportunità
opportunity-new-submit = Salva l'opportunità
opportunity-edit-title = Modifica l'opportunità
opportunity-edit-submit = Salva le modifiche
opportunity-form-cancel = Annulla

opportunity-notice-created = L'opportunità è stata salvata. Ora aggiungi i turni in cui le persone possono venire.
opportunity-notice-saved = Le tue modifiche sono state salvate.
opportunity-notice-signed-up = Iscrizione effettuata. Grazie! Riceverai un promemoria il giorno prima.
opportunity-notice-waitlisted = Questo turno è al completo: sei in lista d'attesa. Se si libera un posto, è tuo e te lo faremo sapere.
opportunity-notice-left = La tua iscrizione è stata annullata.
opportunity-notice-shift-added = Il turno è stato aggiunto.
opportunity-notice-series-added = I turni ricorrenti sono stati aggiunti.
opportunity-notice-shift-cancelled = Il turno è stato annullato. Tutti gli iscritti vengono avvisati.
opportunity-notice-hours-reported = Le tue ore sono state segnalate. Un coordinatore le confermerà.

field-opportunity-title = Cosa c'è da fare?
field-opportunity-title-hint = Poche parole, per esempio: Smistare il cibo al banco alimentare.
field-opportunity-description = Racconta di più ai volontari
field-skills = Competenze utili
field-causes = Cause che sostiene
field-languages = Lingue parlate sul posto
field-languages-hint = Spunta le lingue che un volontario può usare sul posto.
field-min-age = Età minima (facoltativa)
field-min-age-hint = Lascia vuoto se chiunque può aiutare.
field-accessibility = Accessibilità (facoltativa)
field-accessibility-hint = Gradini, ascensore, bagni, parcheggio, trasporti pubblici…
field-where = Dove si svolge?
field-where-place = In un luogo
field-where-remote = A distanza: da qualsiasi luogo
field-where-place-hint = Per un luogo, indica il suo indirizzo e la sua posizione sulla mappa (puoi copiare i numeri da un'app di mappe).
field-address = Indirizzo
field-latitude = Latitudine
field-latitude-hint = Per esempio 51.0543
field-longitude = Longitudine
field-longitude-hint = Per esempio 3.7174
field-status = Chi può vederla?

## Turni

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 posto libero
    [many] { $left } di posti liberi
   *[other] { $left } posti liberi
} su { $slots }
shift-full = Al completo
shift-waiting = { $count ->
    [one] 1 persona in lista d'attesa
    [many] { $count } di persone in lista d'attesa
   *[other] { $count } persone in lista d'attesa
}
shift-cancelled = Annullato
shift-sign-up = Iscriviti
shift-join-waiting-list = Mettiti in lista d'attesa
shift-you-confirmed = La tua iscrizione è confermata.
shift-you-waiting = Sei in lista d'attesa, in posizione { $position }.
shift-leave = Annulla la mia iscrizione
shift-cancel = Annulla questo turno
shift-roster-link = Chi viene
shift-weekday-1 = Lunedì
shift-weekday-2 = Martedì
shift-weekday-3 = Mercoledì
shift-weekday-4 = Giovedì
shift-weekday-5 = Venerdì
shift-weekday-6 = Sabato
shift-weekday-7 = Domenica

field-shift-day = Giorno
field-start-time = Inizia alle
field-end-time = Finisce alle
field-slots = Numero di posti
field-frequency = Con quale frequenza?
field-frequency-weekly = Ogni settimana, nei giorni spuntati qui sotto
field-frequency-daily = Ogni giorno
field-weekdays = Giorni della settimana
field-weekdays-hint = Per i turni settimanali. Se non ne è spuntato nessuno, si usa il giorno della settimana del primo giorno.
field-first-day = Primo giorno
field-last-day = Ultimo giorno
field-except = Giorni senza questo turno (facoltativo)
field-except-hint = Festività, per esempio: 2026-12-25, 2027-01-01
field-hours-day = Giorno
field-hours-minutes = Quanti minuti?
field-hours-minutes-hint = Per un'ora e mezza, scrivi 90.
field-hours-note = Che cosa hai fatto? (facoltativo)

## L'elenco di un turno

roster-title = Chi viene
roster-fill = Posti occupati: { $taken } su { $slots }
roster-csv = Scarica l'elenco (CSV, per un foglio di calcolo)
roster-confirmed = Confermati
roster-attendance-later = Puoi segnare chi è venuto a partire da 30 minuti prima dell'inizio del turno.
roster-nobody = Non si è ancora iscritto nessuno.
roster-attended = Presente
roster-no-show = Assente
roster-remove = Rimuovi
roster-waiting = Lista d'attesa
roster-nobody-waiting = Nessuno è in attesa.
roster-position = posizione { $position }
roster-ended = Iscrizioni annullate
roster-cancelled = annullata
roster-removed = rimossa da un coordinatore
roster-late = all'ultimo momento
roster-erased-name = Un ex membro
roster-edit-shift = Modifica questo turno
roster-edit-hint = Non meno delle persone già confermate.
roster-edit-submit = Salva le modifiche
field-minutes = Minuti
roster-notice-attendance-saved = Presenze salvate.
roster-notice-removed = L'iscrizione è stata rimossa. La prima persona in attesa, se c'è, ora ha il posto.
roster-notice-shift-saved = Il turno è stato modificato. Tutti gli iscritti vengono avvisati.

## I miei turni

my-shifts-nav = I miei turni
my-shifts-title = I miei turni
my-shifts-total = Ore che ho donato:
my-shifts-calendar = Aggiungi i miei turni al mio calendario
my-shifts-upcoming = Prossimi
my-shifts-none-upcoming = Non hai iscrizioni per i prossimi turni.
my-shifts-recent = Di recente
my-shifts-none-recent = Niente negli ultimi 30 giorni.
my-shifts-attended = Eri presente: { $duration }
my-shifts-no-show = Assenza registrata
my-shifts-done = Concluso
my-shifts-cancelled = Hai annullato
my-shifts-removed = Iscrizione rimossa da un coordinatore
my-shifts-reports = Ore che ho segnalato
my-shifts-no-reports = Non hai segnalato nessuna ora.
my-shifts-report-pending = in attesa di conferma
my-shifts-report-approved = confermate
my-shifts-report-declined = rifiutate
my-shifts-notice-cancelled = La tua iscrizione è stata annullata.

## Il pannello di un'organizzazione

dashboard-link = Pannello
dashboard-title = Pannello
dashboard-publish = Pubblica un'opportunità
dashboard-figures = In cifre
dashboard-upcoming-shifts = Prossimi turni
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Posti occupati
dashboard-percent = { $percent }%
dashboard-places = { $taken } su { $slots }
dashboard-no-places = Nessun posto nei prossimi turni
dashboard-hours-month = Ore di questo mese
dashboard-hours-total = Ore in totale
dashboard-upcoming = Prossimamente
dashboard-no-upcoming = Non ci sono turni in programma.
dashboard-fill = Posti occupati: { $taken } su { $slots }{ $waiting ->
    [0] {""}
   *[other] , { $waiting } in attesa
}
dashboard-opportunities = Le nostre opportunità
dashboard-no-opportunities = Non hai ancora pubblicato niente.
dashboard-reports = Ore da confermare
dashboard-no-reports = Nessuna ora attende la tua conferma.
dashboard-approve = Conferma
dashboard-decline = Rifiuta
dashboard-notice-report-approved = Le ore sono state confermate.
dashboard-notice-report-declined = Le ore sono state rifiutate.
dashboard-notice-report-decided-before = Qualcuno aveva già deciso su queste ore.

## Competenze e cause

terms-link = Competenze e cause
terms-title = Competenze e cause
terms-skills = Competenze
terms-causes = Cause
terms-empty = L'elenco è vuoto.
terms-rename = Rinomina
terms-remove = Rimuovi
terms-add = Aggiungi una competenza o una causa
terms-add-submit = Aggiungi
terms-kind-skill = Una competenza
terms-kind-cause = Una causa
terms-notice-added = Voce aggiunta.
terms-notice-renamed = Voce rinominata.
terms-notice-removed = Voce rimossa.
field-term-kind = Quale elenco?
field-term-code = Codice
field-term-code-hint = Un nome breve e fisso per i programmi: da 2 a 40 lettere minuscole, cifre e trattini, come first-aid.

# Una durata come la legge la persona («1 h 15 min»); $hours e $minutes arrivano già formattati.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = In corso ora
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Aggiungi la mia data di nascita
terms-intro-languages = Le opportunità si classificano con questi elenchi, che servono anche da filtri. Ogni voce ha un nome in inglese; dalle un nome nelle lingue che le persone leggono qui.
field-term-english = Nome in inglese
terms-names-link = Nomi in altre lingue
terms-names-title = Nomi di «{ $name }»
terms-names-intro = Dai a questa voce un nome in ogni lingua che le persone leggono qui. Se una lingua non ne ha, chi la legge vede il nome in { $language }, altrimenti in inglese. Le voci predefinite si leggono già in tutte le lingue, finché il loro nome inglese non viene cambiato.
terms-names-other-languages = Altre lingue
terms-names-submit = Salva i nomi
terms-add-name-in = Nome in { $language } (facoltativo)
terms-add-name-hint = Potrai dare nomi in altre lingue in seguito.
terms-notice-named = I nomi sono stati salvati.
error-term-name-english = Il nome in inglese va nel suo campo apposito.
roster-came = { $name } era presente
roster-attendance-how = Tutti risultano spuntati come presenti, con i minuti del turno. Togli la spunta a chi non è venuto, modifica i minuti dove serve e poi salva una volta sola.
roster-save-all = Salva le presenze
error-attendance-minutes-out-of-range = Indica i minuti con un numero intero, da 0 fino alla durata del turno più 12 ore.
error-too-many-marks = Invia le presenze di al massimo 1000 persone alla volta.
opportunity-create-account = Crea un account
opportunity-notice-welcome = Ti diamo il benvenuto! Il tuo account è pronto: scegli un turno qui sotto per iscriverti.
signup-cancel-title = Vuoi liberare il tuo posto?
signup-cancel-question = Vuoi liberare il tuo posto per «{ $title }», { $when }?
signup-cancel-hint = Il tuo posto passa alla prima persona in attesa, oppure torna libero. Puoi iscriverti di nuovo finché restano posti.
signup-cancel-confirm = Sì, libera il mio posto
signup-cancel-keep = No, mantieni il mio posto
roster-remove-title = Vuoi rimuovere qualcuno da questo turno?
roster-remove-question = Vuoi rimuovere { $name } da «{ $title }», { $when }?
roster-remove-hint = Riceverà un avviso e il posto passerà alla prima persona in attesa.
roster-remove-confirm = Sì, rimuovi { $name }
roster-remove-keep = No, mantieni l'iscrizione
