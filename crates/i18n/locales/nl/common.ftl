# Overal: navigatie, voettekst, formulieren, rollen en soorten.

nav-skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Terug naar de startpagina
nav-my-account = Mijn account
nav-sign-in = Inloggen
nav-sign-up = Account aanmaken
nav-sign-out = Uitloggen
nav-languages = Talen
footer-free-software = Entraide is vrije software, beheerd door en voor de eigen gemeenschap.

form-has-errors = Verbeter het volgende:

role-admin = Beheerder
role-coordinator = Coördinator
role-platform-admin = Platformteam

kind-nonprofit = Organisatie zonder winstoogmerk
kind-school = School
kind-company = Bedrijf
kind-municipality = Gemeentelijke dienst
kind-group = Informele groep
form-error-line = { $field }: { $message }
nav-platform = { $platform }: onderdelen
language-for-mails-question = Je leest de site nu in het { $language }. Wil je je e-mails ook in het { $language } ontvangen?
language-for-mails-yes = Ja, mijn e-mails ook
