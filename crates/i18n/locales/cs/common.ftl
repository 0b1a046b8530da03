# Všude: navigace, zápatí, formuláře, role a typy.

nav-skip-to-content = Přejít na obsah
nav-label = Hlavní menu
nav-home = Zpět na úvodní stránku
nav-my-account = Můj účet
nav-sign-in = Přihlásit se
nav-sign-up = Vytvořit účet
nav-sign-out = Odhlásit se
nav-languages = Jazyky
footer-free-software = Entraide je svobodný software, který provozuje jeho komunita pro sebe.

form-has-errors = Opravte prosím následující:

role-admin = Správce
role-coordinator = Koordinátor
role-platform-admin = Tým platformy

kind-nonprofit = Nezisková organizace
kind-school = Škola
kind-company = Firma
kind-municipality = Obecní služba
kind-group = Neformální skupina
form-error-line = { $field }: { $message }
nav-platform = { $platform }: sekce
language-for-mails-question = Stránky teď čtete v jazyce: { $language }. Chcete dostávat i e-maily v jazyce: { $language }?
language-for-mails-yes = Ano, i e-maily
