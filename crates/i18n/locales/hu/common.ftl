# Mindenhol: navigáció, lábléc, űrlapok, szerepkörök és típusok.

nav-skip-to-content = Ugrás a tartalomhoz
nav-label = Főmenü
nav-home = Vissza a kezdőlapra
nav-my-account = Fiókom
nav-sign-in = Bejelentkezés
nav-sign-up = Fiók létrehozása
nav-sign-out = Kijelentkezés
nav-languages = Nyelvek
footer-free-software = Az Entraide szabad szoftver, amelyet a közössége működtet, a közösségért.

form-has-errors = Kérjük, javítsa a következőket:

role-admin = Adminisztrátor
role-coordinator = Koordinátor
role-platform-admin = A platform csapata

kind-nonprofit = Civil szervezet
kind-school = Iskola
kind-company = Cég
kind-municipality = Önkormányzati intézmény
kind-group = Informális csoport
form-error-line = { $field }: { $message }
nav-platform = { $platform }: rovatok
language-for-mails-question = Most ezen a nyelven olvassa az oldalt: { $language }. Szeretné az e-mailjeit is ezen a nyelven kapni: { $language }?
language-for-mails-yes = Igen, az e-mailjeimet is
