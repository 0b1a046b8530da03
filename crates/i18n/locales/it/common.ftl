# Ovunque: navigazione, piè di pagina, moduli, ruoli e tipi.

nav-skip-to-content = Vai al contenuto
nav-label = Menu principale
nav-home = Torna alla pagina iniziale
nav-my-account = Il mio account
nav-sign-in = Accedi
nav-sign-up = Crea un account
nav-sign-out = Esci
nav-languages = Lingue
footer-free-software = Entraide è software libero, gestito dalla sua comunità e per la sua comunità.

form-has-errors = Correggi quanto segue:

role-admin = Amministratore
role-coordinator = Coordinatore
role-platform-admin = Squadra della piattaforma

kind-nonprofit = Ente senza scopo di lucro
kind-school = Scuola
kind-company = Azienda
kind-municipality = Servizio comunale
kind-group = Gruppo informale
form-error-line = { $field }: { $message }
nav-platform = { $platform }: sezioni
language-for-mails-question = Ora leggi il sito in { $language }. Vuoi ricevere anche le tue email in { $language }?
language-for-mails-yes = Sì, anche le mie email
