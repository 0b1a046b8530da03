# Everywhere: navigation, footer, forms, roles and kinds.

nav-skip-to-content = Skip to content
nav-label = Main
nav-home = Back to the home page
nav-my-account = My account
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-sign-out = Sign out
nav-languages = Languages
footer-free-software = Entraide is free software, run by and for its community.

form-has-errors = Please correct the following:

role-admin = Admin
role-coordinator = Coordinator
role-platform-admin = Platform team

kind-nonprofit = Non-profit
kind-school = School
kind-company = Company
kind-municipality = Municipal service
kind-group = Informal group
form-error-line = { $field }: { $message }
nav-platform = { $platform }: its places
language-for-mails-question = You now read the site in { $language }. Should your mails come in { $language } too?
language-for-mails-yes = Yes, my mails too
