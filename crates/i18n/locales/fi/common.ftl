# Kaikkialla: navigointi, alatunniste, lomakkeet, roolit ja tyypit.

nav-skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-home = Takaisin etusivulle
nav-my-account = Oma tili
nav-sign-in = Kirjaudu sisään
nav-sign-up = Luo tili
nav-sign-out = Kirjaudu ulos
nav-languages = Kielet
footer-free-software = Entraide on vapaa ohjelmisto, jota sen yhteisö ylläpitää omaksi hyödykseen.

form-has-errors = Korjaa seuraavat kohdat:

role-admin = Ylläpitäjä
role-coordinator = Koordinaattori
role-platform-admin = Alustan tiimi

kind-nonprofit = Yleishyödyllinen järjestö
kind-school = Koulu
kind-company = Yritys
kind-municipality = Kunnallinen palvelu
kind-group = Epävirallinen ryhmä
form-error-line = { $field }: { $message }
nav-platform = { $platform }: osiot
language-for-mails-question = Luet nyt sivustoa kielellä: { $language }. Haluatko saada myös sähköpostisi kielellä: { $language }?
language-for-mails-yes = Kyllä, myös sähköpostini
