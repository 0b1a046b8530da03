# Visur: navigācija, kājene, veidlapas, lomas un veidi.

nav-skip-to-content = Pāriet uz saturu
nav-label = Galvenā izvēlne
nav-home = Atpakaļ uz sākumlapu
nav-my-account = Mans konts
nav-sign-in = Pieteikties
nav-sign-up = Izveidot kontu
nav-sign-out = Izrakstīties
nav-languages = Valodas
footer-free-software = Entraide ir brīva programmatūra, ko uztur tās kopiena pati savām vajadzībām.

form-has-errors = Lūdzu, izlabojiet šīs kļūdas:

role-admin = Administrators
role-coordinator = Koordinators
role-platform-admin = Platformas komanda

kind-nonprofit = Bezpeļņas organizācija
kind-school = Skola
kind-company = Uzņēmums
kind-municipality = Pašvaldības iestāde
kind-group = Neformāla grupa
form-error-line = { $field }: { $message }
nav-platform = { $platform }: sadaļas
language-for-mails-question = Tagad jūs lasāt vietni šajā valodā: { $language }. Vai vēlaties arī e-pastus saņemt šajā valodā: { $language }?
language-for-mails-yes = Jā, arī manus e-pastus
