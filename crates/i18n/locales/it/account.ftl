# Registrazione, accesso e uscita; la pagina dell'account.

sign-up-title = Crea il tuo account
sign-up-intro = Ci vuole un minuto. Chiediamo solo quello che ci serve.
sign-up-submit = Crea il mio account
sign-up-have-account = Hai già un account?
sign-in-title = Accedi
sign-in-submit = Accedi
sign-in-no-account = Prima volta qui?

field-display-name = Il tuo nome
field-display-name-hint = Il nome che vedranno gli altri.
field-email = Indirizzo email
field-password = Password
field-password-hint = Almeno 10 caratteri. Qualche parola che ricorderai facilmente va benissimo.
field-birth-date = Data di nascita (facoltativa)
field-birth-date-hint = Alcune attività prevedono un'età minima. La usiamo solo per verificarla.
field-language = Lingua
field-current-password = Password attuale
field-new-password = Nuova password
field-password-confirm = La tua password, per conferma

account-title = Il mio account
account-platforms = Le mie piattaforme
account-no-platforms = Non fai ancora parte di nessuna piattaforma.
account-language = Lingua
account-language-submit = Salva la lingua
account-password = Cambia la password
account-password-submit = Cambia la password
account-tokens = Accesso per le app
account-tokens-intro = Le app e i programmi che agiscono per tuo conto usano queste chiavi. Revoca quelle che non usi più.
account-no-tokens = Nessuna app ha accesso.
account-token-revoked = revocata
account-token-revoke = Revoca
account-calendar = Calendario
account-calendar-intro = I tuoi turni confermati possono comparire nell'app di calendario che usi già, sul telefono o sul computer. Lì abbonati al tuo link privato del calendario («aggiungi calendario da un indirizzo web»): l'app lo controlla da sola e mostra i nuovi turni, le modifiche e gli annullamenti.
account-calendar-link = Il tuo link privato del calendario
account-calendar-link-hint = Copialo subito nella tua app di calendario. Per la tua sicurezza non lo conserviamo, quindi non possiamo mostrartelo di nuovo.
account-calendar-active = Hai un link privato del calendario. Se l'hai perso, creane uno nuovo.
account-calendar-none = Non hai ancora un link privato del calendario.
account-calendar-secret = Chiunque abbia il link può vedere i tuoi turni, quindi tienilo per te. Se qualcun altro l'ha ottenuto, creane uno nuovo: il vecchio link smette subito di funzionare.
account-calendar-create = Crea il mio link privato
account-calendar-replace = Crea un nuovo link
account-calendar-revoke = Disattiva il mio link
account-calendar-download = Scarica i miei turni come file di calendario
account-data = I miei dati
account-data-intro = Scarica tutto ciò che questa piattaforma conserva su di te, in un file leggibile da altri programmi.
account-data-download = Scarica i miei dati
account-delete = Elimina il mio account
account-delete-intro = Il tuo nome, il tuo indirizzo email e la tua data di nascita vengono cancellati e non potrai più accedere. Ciò che hai fatto per gli altri resta nello storico, senza il tuo nome. Questa operazione non può essere annullata.
account-delete-submit = Elimina definitivamente il mio account

notice-welcome = Ti diamo il benvenuto! Il tuo account è pronto.
notice-signed-out = Disconnessione effettuata. A presto!
notice-account-deleted = Il tuo account è stato eliminato.
notice-password-changed = La tua password è stata cambiata. Tutte le altre sessioni sono state chiuse.
notice-language-changed = La tua lingua è stata salvata.
notice-token-revoked = La chiave è stata revocata.
notice-calendar-created = Il tuo link privato del calendario è pronto: copialo subito dalla sezione Calendario.
notice-calendar-revoked = Il tuo link privato del calendario è disattivato. Le app di calendario che lo usavano non ricevono più i tuoi turni.

# Il calendario privato, letto dalle app di calendario.
error-unknown-calendar-feed = Non c'è nessun calendario a questo indirizzo. Il link potrebbe essere stato disattivato o sostituito.
problem-host-missing = La richiesta non indica a quale sito è destinata (l'intestazione Host manca o non è valida).
account-birth-date = Data di nascita
account-birth-date-submit = Salva la data di nascita
notice-birth-date-saved = La tua data di nascita è stata salvata.

## Nome, telefono e indirizzo email nella pagina dell'account
account-details = Il tuo nome e il tuo telefono
account-details-submit = Salva nome e telefono
field-phone = Numero di telefono (facoltativo)
field-phone-hint = Lo vedono solo i coordinatori dei turni a cui ti iscrivi, per contattarti riguardo a un turno.
notice-details-saved = Il tuo nome e il tuo numero di telefono sono stati salvati.
account-email = Indirizzo email
account-email-current = Accedi con { $email }.
account-email-unconfirmed = Questo indirizzo non è ancora confermato. Apri il link che ti abbiamo inviato lì: fino ad allora non possiamo mandarti nessuna email.
account-email-pending = Hai chiesto di usare invece { $email }. Apri il link che ti abbiamo inviato a quell'indirizzo; fino ad allora continui ad accedere con il tuo indirizzo attuale.
account-email-resend = Invia di nuovo il link
account-email-have-code = Ho un codice ricevuto per email
account-email-change = Cambia il mio indirizzo email
account-email-how = Inviamo un link al nuovo indirizzo. Prende il posto di quello attuale solo quando apri quel link.
field-new-email = Nuovo indirizzo email
field-email-password = La tua password, per conferma
account-email-submit = Invia il link
notice-email-link-sent = Ti abbiamo inviato un link. Aprilo dalla tua casella di posta per confermare l'indirizzo.
notice-email-confirmed = Il tuo indirizzo email è confermato.
banner-email-unconfirmed = Conferma il tuo indirizzo email { $email }: apri il link che ti abbiamo inviato. Fino ad allora non possiamo mandarti nessuna email.
banner-email-unconfirmed-link = Non l'hai ricevuto?

## Conferma di un indirizzo con il link ricevuto per email
email-confirm-title = Conferma il tuo indirizzo email
email-confirm-text = { $email } è il tuo indirizzo? Premi il pulsante per confermarlo: il tuo account lo userà per l'accesso e per le email.
email-confirm-submit = Sì, confermo il mio indirizzo
field-confirm-code = Codice ricevuto per email
field-confirm-code-hint = Incolla il codice lungo dell'email che ti abbiamo inviato.
email-confirmed-title = Il tuo indirizzo è confermato
email-confirmed-text = D'ora in poi ti mandiamo le email a { $email } e accedi con questo indirizzo.
email-confirmed-continue = Continua
email-confirm-expired-title = Questo link non funziona più
email-confirm-expired-text = Un link per confermare un indirizzo funziona una sola volta, per { $days } giorni. Chiedine uno nuovo dalla pagina del tuo account: ci vuole un minuto.
email-confirm-ask-again = Chiedi un nuovo link
email-confirm-taken-title = Questo indirizzo è già usato
email-confirm-taken-text = Un altro account ora usa { $email }, quindi non può essere anche tuo. Il tuo account mantiene l'indirizzo che aveva.

## L'email con il link
mail-confirm-subject = Conferma il tuo indirizzo email
mail-confirm-body = Ti diamo il benvenuto su Entraide! Per ricevere via email notizie sui tuoi turni e sulle richieste dei tuoi vicini, conferma che questo indirizzo è tuo.
mail-confirm-new-body = Hai chiesto di usare questo indirizzo per il tuo account Entraide. Confermalo per accedere con questo indirizzo e ricevere qui le tue email.
mail-confirm-link = Per confermarlo, apri questo link entro 7 giorni:
mail-confirm-code = Per confermarlo, accedi al sito, apri «Il mio account», scegli «Ho un codice ricevuto per email» e incolla questo codice entro 7 giorni:
mail-confirm-ignore = Se non l'hai chiesto tu, puoi ignorare questa email: non cambia nulla.
mail-confirm-footer = Ricevi questa email perché questo indirizzo è stato indicato per un account su Entraide.

## L'email a un indirizzo che un account non usa più
mail-email-changed-subject = Il tuo indirizzo email è stato cambiato
mail-email-changed-body = Il tuo account Entraide non usa più { $previous }: d'ora in poi accedi con { $email } e le tue email arrivano lì.
mail-email-changed-not-you = Se non l'hai fatto tu, qualcun altro potrebbe usare il tuo account. Scrivi subito alla squadra della tua piattaforma: può aiutarti a recuperarlo.
mail-email-changed-footer = Ricevi questa email perché questo indirizzo era quello di un account su Entraide.
