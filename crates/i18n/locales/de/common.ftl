# Überall: Navigation, Fußzeile, Formulare, Rollen und Arten.

nav-skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Zurück zur Startseite
nav-my-account = Mein Konto
nav-sign-in = Anmelden
nav-sign-up = Konto erstellen
nav-sign-out = Abmelden
nav-languages = Sprachen
footer-free-software = Entraide ist freie Software, betrieben von und für die eigene Gemeinschaft.

form-has-errors = Bitte korrigiere Folgendes:

role-admin = Administrator
role-coordinator = Koordinator
role-platform-admin = Plattform-Team

kind-nonprofit = Gemeinnützige Organisation
kind-school = Schule
kind-company = Unternehmen
kind-municipality = Kommunale Dienststelle
kind-group = Informelle Gruppe
form-error-line = { $field }: { $message }
nav-platform = { $platform }: Bereiche
language-for-mails-question = Du liest die Seite jetzt auf { $language }. Möchtest du deine E-Mails auch auf { $language } bekommen?
language-for-mails-yes = Ja, auch meine E-Mails
