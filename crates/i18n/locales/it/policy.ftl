## L'informativa sulla privacy e le condizioni d'uso di una piattaforma
policy-title = Informativa sulla privacy e condizioni d'uso
policy-of = Informativa sulla privacy e condizioni d'uso di { $platform }
policy-version = Versione { $version }, pubblicata il { $date }.
policy-standard-note = Questo è il testo standard: la squadra della piattaforma non ha ancora scritto il proprio.
policy-accept = Ho letto e accetto l'informativa sulla privacy e le condizioni d'uso di { $platform }
policy-read = Leggi l'informativa sulla privacy e le condizioni d'uso
sign-up-privacy = Conserviamo il tuo nome e il tuo indirizzo email per gestire il tuo account, e non li condividiamo mai. Ogni piattaforma ti mostra la sua informativa sulla privacy e le sue condizioni d'uso prima che tu ti unisca a essa.
sign-up-join-accept = Unisciti anche a { $platform } per iscriverti alle sue attività. Accetto la sua informativa sulla privacy e le sue condizioni d'uso.
policy-edit-link = Modifica l'informativa sulla privacy e le condizioni d'uso
policy-edit-title = Modifica l'informativa sulla privacy e le condizioni d'uso
policy-edit-intro = Scrivi il testo che le persone accettano quando si uniscono a { $platform }, in tutte le lingue che vuoi. Se per una lingua non c'è un testo, chi legge vede quello nella lingua della piattaforma. Salvando pubblichi una nuova versione: chi si unisce da quel momento in poi accetta questa.
policy-edit-written = Scritto in: { $languages }.
policy-edit-choose = Scrivi in questa lingua
field-policy-language = Lingua
field-policy-body = Testo
field-policy-body-hint = Separa i paragrafi con una riga vuota. Lascia vuoto per togliere questa lingua.
policy-edit-save = Pubblica questa versione
notice-policy-published = La nuova versione è pubblicata.
error-policy-not-accepted = Spunta questa casella per unirti: significa che accetti l'informativa sulla privacy e le condizioni d'uso.
error-taken-policy = Un'altra versione è stata pubblicata nello stesso momento. Riprova.

## Il testo standard, finché una piattaforma non scrive il proprio
policy-standard-who = { $platform } gestisce questo sito perché i vicini possano aiutarsi a vicenda e fare volontariato per le organizzazioni della zona. Ecco che cosa conserviamo di te, chi lo vede e le poche regole che rendono sicuro questo posto.
policy-standard-kept = Che cosa conserviamo: il tuo nome, il tuo indirizzo email, la tua password (solo in una forma che nessuno può rileggere) e ciò che scegli di aggiungere: un numero di telefono, la tua data di nascita, il tuo profilo di volontario, le tue iscrizioni e le tue ore, le tue richieste, offerte e messaggi.
policy-standard-seen = Chi lo vede: le altre persone vedono il tuo nome. I coordinatori di un turno a cui ti iscrivi vedono il tuo indirizzo email e il tuo numero di telefono. L'indirizzo esatto di una richiesta di aiuto viene mostrato solo alla persona che aiuta, dopo che chi ha chiesto aiuto l'ha accettata. Una conversazione la leggono solo le due persone che vi partecipano, e la squadra della piattaforma quando una di loro la segnala.
policy-standard-never = Che cosa non facciamo mai: vendere o cedere i tuoi dati, mostrare pubblicità o inviare il tuo indirizzo ad altri servizi. Ti mandiamo email solo su quello che fai qui.
policy-standard-rights = I tuoi diritti: nella pagina del tuo account puoi in qualsiasi momento scaricare tutto ciò che conserviamo su di te, correggerlo o cancellare il tuo account. Ciò che hai fatto fino ad allora resta nello storico, senza il tuo nome.
policy-standard-rules = Le regole: comportati con gentilezza e onestà, rispetta la privacy degli altri e non chiedere mai soldi per l'aiuto dato qui. La squadra può nascondere ciò che viola queste regole e sospendere gli account che le violano.
policy-standard-questions = Domande? Chiedi alla squadra di { $platform }.
