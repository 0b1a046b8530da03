# Wszędzie: nawigacja, stopka, formularze, role i rodzaje.

nav-skip-to-content = Przejdź do treści
nav-label = Menu główne
nav-home = Powrót do strony głównej
nav-my-account = Moje konto
nav-sign-in = Zaloguj się
nav-sign-up = Załóż konto
nav-sign-out = Wyloguj się
nav-languages = Języki
footer-free-software = Entraide to wolne oprogramowanie, prowadzone przez swoją społeczność i dla niej.

form-has-errors = Popraw następujące elementy:

role-admin = Administrator
role-coordinator = Koordynator
role-platform-admin = Zespół platformy

kind-nonprofit = Organizacja pozarządowa
kind-school = Szkoła
kind-company = Firma
kind-municipality = Jednostka samorządowa
kind-group = Grupa nieformalna
form-error-line = { $field }: { $message }
nav-platform = { $platform }: działy
language-for-mails-question = Czytasz teraz stronę w języku: { $language }. Czy e-maile też mają przychodzić w języku: { $language }?
language-for-mails-yes = Tak, e-maile też
