# Posvuda: navigacija, podnožje, obrasci, uloge i vrste.

nav-skip-to-content = Preskoči na sadržaj
nav-label = Glavni izbornik
nav-home = Natrag na početnu stranicu
nav-my-account = Moj račun
nav-sign-in = Prijava
nav-sign-up = Izradi račun
nav-sign-out = Odjava
nav-languages = Jezici
footer-free-software = Entraide je slobodan softver koji vodi zajednica, za zajednicu.

form-has-errors = Ispravite sljedeće:

role-admin = Administrator
role-coordinator = Koordinator
role-platform-admin = Tim platforme

kind-nonprofit = Neprofitna organizacija
kind-school = Škola
kind-company = Tvrtka
kind-municipality = Gradska ili općinska služba
kind-group = Neformalna skupina
form-error-line = { $field }: { $message }
nav-platform = { $platform }: odjeljci
language-for-mails-question = Stranicu sada čitate na jeziku: { $language }. Želite li i e-poštu primati na jeziku: { $language }?
language-for-mails-yes = Da, i e-poštu
