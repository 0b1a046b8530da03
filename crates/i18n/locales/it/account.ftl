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
