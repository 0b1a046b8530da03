# Kõikjal: navigeerimine, jalus, vormid, rollid ja liigid.

nav-skip-to-content = Liigu sisu juurde
nav-label = Peamenüü
nav-home = Tagasi avalehele
nav-my-account = Minu konto
nav-sign-in = Logi sisse
nav-sign-up = Loo konto
nav-sign-out = Logi välja
nav-languages = Keeled
footer-free-software = Entraide on vaba tarkvara, mida haldab selle kogukond iseenda jaoks.

form-has-errors = Palun paranda järgmised kohad:

role-admin = Administraator
role-coordinator = Koordinaator
role-platform-admin = Platvormi meeskond

kind-nonprofit = Mittetulundusühing
kind-school = Kool
kind-company = Ettevõte
kind-municipality = Omavalitsuse asutus
kind-group = Mitteametlik rühm
form-error-line = { $field }: { $message }
nav-platform = { $platform }: jaotised
language-for-mails-question = Loed nüüd saiti keeles: { $language }. Kas soovid ka e-kirju saada keeles: { $language }?
language-for-mails-yes = Jah, ka minu e-kirjad
