# Všade: navigácia, päta stránky, formuláre, roly a typy.

nav-skip-to-content = Prejsť na obsah
nav-label = Hlavné menu
nav-home = Späť na úvodnú stránku
nav-my-account = Môj účet
nav-sign-in = Prihlásiť sa
nav-sign-up = Vytvoriť účet
nav-sign-out = Odhlásiť sa
nav-languages = Jazyky
footer-free-software = Entraide je slobodný softvér, ktorý prevádzkuje jeho komunita pre seba.

form-has-errors = Opravte, prosím, nasledujúce:

role-admin = Správca
role-coordinator = Koordinátor
role-platform-admin = Tím platformy

kind-nonprofit = Nezisková organizácia
kind-school = Škola
kind-company = Firma
kind-municipality = Služba samosprávy
kind-group = Neformálna skupina
form-error-line = { $field }: { $message }
nav-platform = { $platform }: sekcie
language-for-mails-question = Stránku teraz čítate v jazyku: { $language }. Chcete dostávať aj e-maily v jazyku: { $language }?
language-for-mails-yes = Áno, aj e-maily
