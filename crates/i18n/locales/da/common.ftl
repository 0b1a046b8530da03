# Overalt: navigation, sidefod, formularer, roller og typer.

nav-skip-to-content = Gå til indholdet
nav-label = Hovedmenu
nav-home = Tilbage til forsiden
nav-my-account = Min konto
nav-sign-in = Log ind
nav-sign-up = Opret en konto
nav-sign-out = Log ud
nav-languages = Sprog
footer-free-software = Entraide er fri software, drevet af og for sit fællesskab.

form-has-errors = Ret venligst følgende:

role-admin = Administrator
role-coordinator = Koordinator
role-platform-admin = Platformens team

kind-nonprofit = Almennyttig organisation
kind-school = Skole
kind-company = Virksomhed
kind-municipality = Kommunal forvaltning
kind-group = Uformel gruppe
form-error-line = { $field }: { $message }
nav-platform = { $platform }: områder
language-for-mails-question = Du læser nu siden på { $language }. Skal dine mails også komme på { $language }?
language-for-mails-yes = Ja, også mine mails
