# Visur: navigacija, poraštė, formos, vaidmenys ir tipai.

nav-skip-to-content = Pereiti prie turinio
nav-label = Pagrindinis meniu
nav-home = Grįžti į pradžios puslapį
nav-my-account = Mano paskyra
nav-sign-in = Prisijungti
nav-sign-up = Sukurti paskyrą
nav-sign-out = Atsijungti
nav-languages = Kalbos
footer-free-software = Entraide yra laisvoji programinė įranga, kurią valdo jos bendruomenė ir kuri skirta tai bendruomenei.

form-has-errors = Ištaisykite šiuos dalykus:

role-admin = Administratorius
role-coordinator = Koordinatorius
role-platform-admin = Platformos komanda

kind-nonprofit = Ne pelno organizacija
kind-school = Mokykla
kind-company = Įmonė
kind-municipality = Savivaldybės tarnyba
kind-group = Neformali grupė
form-error-line = { $field }: { $message }
nav-platform = { $platform }: skiltys
language-for-mails-question = Dabar svetainę skaitote šia kalba: { $language }. Ar norite ir el. laiškus gauti šia kalba: { $language }?
language-for-mails-yes = Taip, ir el. laiškus
