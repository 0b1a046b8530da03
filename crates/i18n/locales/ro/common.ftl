# Peste tot: navigare, subsol, formulare, roluri și tipuri.

nav-skip-to-content = Salt la conținut
nav-label = Meniu principal
nav-home = Înapoi la pagina principală
nav-my-account = Contul meu
nav-sign-in = Conectare
nav-sign-up = Creați un cont
nav-sign-out = Deconectare
nav-languages = Limbi
footer-free-software = Entraide este un program liber, administrat de comunitatea sa, pentru comunitatea sa.

form-has-errors = Vă rugăm să corectați următoarele:

role-admin = Administrator
role-coordinator = Coordonator
role-platform-admin = Echipa platformei

kind-nonprofit = Organizație fără scop lucrativ
kind-school = Școală
kind-company = Companie
kind-municipality = Serviciu public local
kind-group = Grup informal
form-error-line = { $field }: { $message }
nav-platform = { $platform }: secțiuni
language-for-mails-question = Acum citiți site-ul în limba { $language }. Doriți să primiți și e-mailurile în limba { $language }?
language-for-mails-yes = Da, și e-mailurile mele
