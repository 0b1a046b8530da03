# Överallt: navigering, sidfot, formulär, roller och typer.

nav-skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-home = Tillbaka till startsidan
nav-my-account = Mitt konto
nav-sign-in = Logga in
nav-sign-up = Skapa ett konto
nav-sign-out = Logga ut
nav-languages = Språk
footer-free-software = Entraide är fri programvara som drivs av och för sin gemenskap.

form-has-errors = Rätta följande:

role-admin = Administratör
role-coordinator = Samordnare
role-platform-admin = Plattformens team

kind-nonprofit = Ideell organisation
kind-school = Skola
kind-company = Företag
kind-municipality = Kommunal verksamhet
kind-group = Informell grupp
form-error-line = { $field }: { $message }
nav-platform = { $platform }: sektioner
language-for-mails-question = Du läser nu webbplatsen på { $language }. Vill du också få din e-post på { $language }?
language-for-mails-yes = Ja, min e-post också
