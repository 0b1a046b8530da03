# Povsod: navigacija, noga strani, obrazci, vloge in vrste.

nav-skip-to-content = Skoči na vsebino
nav-label = Glavni meni
nav-home = Nazaj na domačo stran
nav-my-account = Moj račun
nav-sign-in = Prijava
nav-sign-up = Ustvari račun
nav-sign-out = Odjava
nav-languages = Jeziki
footer-free-software = Entraide je prosto programje, ki ga upravlja njegova skupnost zase.

form-has-errors = Popravite naslednje:

role-admin = Skrbnik
role-coordinator = Koordinator
role-platform-admin = Ekipa platforme

kind-nonprofit = Neprofitna organizacija
kind-school = Šola
kind-company = Podjetje
kind-municipality = Občinska služba
kind-group = Neformalna skupina
form-error-line = { $field }: { $message }
nav-platform = { $platform }: razdelki
language-for-mails-question = Spletno mesto zdaj berete v jeziku: { $language }. Želite tudi e-pošto prejemati v jeziku: { $language }?
language-for-mails-yes = Da, tudi e-pošto
