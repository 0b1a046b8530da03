# Naapuriapu: avunpyynnöt, tarjoukset, yksityiset keskustelut ja valmistuminen.
error-category-unknown = Valitse jokin tämän alustan avun luokista.
error-window-ends-before-start = Aikaikkunan lopun on oltava sen alun jälkeen.
error-phone-malformed = Anna puhelinnumero, jossa on 6–15 numeroa, esimerkiksi +32 470 12 34 56.
error-within-km-out-of-range = Etäisyyden on oltava yli 0 ja enintään 25 km.
error-help-minutes-out-of-range = Minuutteja on oltava vähintään 1, eikä niitä saa olla enempää kuin avunpyynnön aikaikkunassa.
error-request-closed = Tämä avunpyyntö on jo päättynyt.
error-request-not-open = Tähän avunpyyntöön ei enää oteta vastaan tarjouksia.
error-request-not-accepted = Tähän avunpyyntöön ei ole vielä hyväksytty yhtään tarjousta.
error-taken-offer = Olet jo tarjoutunut auttamaan tässä avunpyynnössä.
error-taken-completed = Tämä avunpyyntö on jo merkitty tehdyksi.
error-unknown-request = Tällaista avunpyyntöä ei ole.
error-unknown-offer = Tällaista tarjousta ei ole, tai se ei ole enää avoinna.
error-unknown-category = Tällaista avun luokkaa ei ole.
