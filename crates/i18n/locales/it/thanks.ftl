## Notices on a request's page after saying thank you.
help-page-notice-thanked = Il tuo messaggio è stato inviato. Grazie!
help-page-notice-thanks-empty = Scrivi qualche parola prima di inviare il tuo grazie.
