# Virheet: ongelmien otsikot (rajapinta ja sivut) ja viestit kullekin virhekoodille.

problem-invalid-input = Joitakin tietoja puuttuu tai ne ovat virheellisiä
problem-malformed = Pyyntöä ei voitu lukea
problem-json-expected = Lähetä pyynnön runko JSON-muodossa otsakkeella Content-Type application/json.
problem-object-expected = Pyynnön rungon on oltava JSON-objekti.
problem-conflict = Tämä on jo olemassa
problem-unauthenticated = Kirjaudu sisään
problem-forbidden = Sinulla ei ole oikeutta tehdä tätä
problem-not-found = Ei löytynyt
problem-refused = Tämä muutos ei ole mahdollinen
problem-too-many-requests = Liian monta yritystä
problem-retry-after = Odota { $seconds ->
    [one] yksi sekunti
   *[other] { $seconds } sekuntia
} ennen kuin yrität uudelleen.
problem-internal = Jokin meni vikaan meidän päässämme

page-forbidden = Roolisi tällä alustalla ei salli tätä.
page-internal = Olemme pahoillamme: jokin meni vikaan meidän päässämme. Yritä hetken kuluttua uudelleen.
page-form-expired = Tämä lomake on vanhentunut. Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.

error-required = Täytä tämä kenttä.
error-too-long = Tämä on liian pitkä.
error-type = Tämän arvon tyyppi on väärä: { $detail }
error-email-malformed = Anna sähköpostiosoite muodossa name@example.org.
error-password-too-short = Salasanassa on oltava vähintään 10 merkkiä.
error-password-wrong = Salasana ei ole oikein.
error-credentials-wrong = Sähköpostiosoite tai salasana ei ole oikein.
error-date-malformed = Anna päivämäärä muodossa 1990-04-23.
error-birth-date-implausible = Tarkista syntymäaika: se ei voi olla tulevaisuudessa eikä ennen vuotta 1900.
error-locale-unknown = Tämä kieli ei ole saatavilla.
error-slug-length = Käytä 2–40 merkkiä.
error-slug-characters = Käytä vain pieniä kirjaimia, numeroita ja yhdysmerkkejä. Alussa tai lopussa ei saa olla yhdysmerkkiä.
error-latitude-out-of-range = Leveysasteen on oltava -90:n ja 90:n välillä.
error-longitude-out-of-range = Pituusasteen on oltava -180:n ja 180:n välillä.
error-coordinates-malformed = Kirjoita piste muodossa leveysaste,pituusaste, esimerkiksi 50.85,4.35.
error-organisation-kind-unknown = Valitse jokin organisaatiotyypeistä.
error-role-unknown = Tätä roolia ei ole olemassa.
error-account-unknown = Kenelläkään ei ole vielä tiliä tällä sähköpostiosoitteella.
error-platform-unknown = Tällä osoitteella ei ole alustaa.
error-last-admin = Organisaatiolla on oltava vähintään yksi ylläpitäjä. Lisää ensin toinen ylläpitäjä.
error-taken-email = Tällä sähköpostiosoitteella on jo tili.
error-taken-slug = Toinen alusta käyttää jo tätä osoitetta.
error-taken-member = Tämä henkilö on jo jäsen.
error-unknown-platform = Tällaista alustaa ei ole.
error-unknown-organisation = Tällaista organisaatiota ei ole.
error-unknown-account = Tällaista tiliä ei ole.
error-unknown-token = Tällaista avainta ei ole.
error-unknown-member = Tämä henkilö ei ole jäsen.
error-unknown-page = Tässä osoitteessa ei ole mitään.
error-unknown-parent = Tällaista ylemmän tason alustaa ei ole.
error-time-zone-unknown = Tätä aikavyöhykettä ei ole olemassa. Käytä nimeä muodossa Europe/Brussels.
