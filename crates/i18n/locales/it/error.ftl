# Errori: titoli dei problemi (API e pagine) e messaggi per ogni codice di errore.

problem-invalid-input = Alcune informazioni mancano o sono errate
problem-malformed = Impossibile leggere la richiesta
problem-json-expected = Invia un corpo JSON con il Content-Type application/json.
problem-object-expected = Il corpo deve essere un oggetto JSON.
problem-conflict = Esiste già
problem-unauthenticated = Accedi per continuare
problem-forbidden = Non hai il permesso di farlo
problem-not-found = Non trovato
problem-refused = Questa modifica non è possibile
problem-too-many-requests = Troppi tentativi
problem-retry-after = Attendi { $seconds ->
    [one] un secondo
    [many] { $seconds } di secondi
   *[other] { $seconds } secondi
} prima di riprovare.
problem-internal = Qualcosa è andato storto da parte nostra

page-forbidden = Il tuo ruolo su questa piattaforma non lo consente.
page-internal = Ci dispiace: qualcosa è andato storto da parte nostra. Riprova tra un momento.
page-form-expired = Questo modulo è scaduto. Torna indietro, ricarica la pagina e riprova.

error-required = Compila questo campo.
error-too-long = È troppo lungo.
error-type = Questo valore è del tipo sbagliato: { $detail }
error-email-malformed = Inserisci un indirizzo email come name@example.org.
error-password-too-short = La password deve avere almeno 10 caratteri.
error-password-wrong = Questa password non è corretta.
error-credentials-wrong = L'indirizzo email o la password non sono corretti.
error-date-malformed = Inserisci una data come 1990-04-23.
error-birth-date-implausible = Controlla la data di nascita: non può essere nel futuro né prima del 1900.
error-locale-unknown = Questa lingua non è disponibile.
error-slug-length = Usa da 2 a 40 caratteri.
error-slug-characters = Usa solo lettere minuscole, cifre e trattini, senza iniziare o finire con un trattino.
error-latitude-out-of-range = La latitudine deve essere compresa tra -90 e 90.
error-longitude-out-of-range = La longitudine deve essere compresa tra -180 e 180.
error-coordinates-malformed = Scrivi il punto come latitudine,longitudine, per esempio 50.85,4.35.
error-organisation-kind-unknown = Scegli uno dei tipi di organizzazione.
error-role-unknown = Questo ruolo non esiste.
error-account-unknown = Nessuno ha ancora un account con questo indirizzo email.
error-platform-unknown = Non esiste nessuna piattaforma a questo indirizzo.
error-last-admin = Un'organizzazione ha bisogno di almeno un amministratore. Aggiungi prima un altro amministratore.
error-taken-email = Esiste già un account con questo indirizzo email.
error-taken-slug = Un'altra piattaforma usa già questo indirizzo.
error-taken-member = Questa persona è già membro.
error-unknown-platform = Questa piattaforma non esiste.
error-unknown-organisation = Questa organizzazione non esiste.
error-unknown-account = Questo account non esiste.
error-unknown-token = Questa chiave non esiste.
error-unknown-member = Questa persona non è membro.
error-unknown-page = Non c'è niente a questo indirizzo.
error-unknown-parent = Questa piattaforma superiore non esiste.
error-time-zone-unknown = Questo fuso orario non esiste. Usa un nome come Europe/Brussels.
