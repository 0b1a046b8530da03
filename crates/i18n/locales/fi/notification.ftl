# Sovelluksen sisäiset ilmoitukset sekä lähtevien viestien sivu alustaa ylläpitäville.

nav-notifications = Ilmoitukset
nav-notifications-unread = { $count ->
    [one] 1 lukematon
   *[other] { $count } lukematonta
}

notifications-title = Ilmoitukset
notifications-intro = Mitä ilmoittautumisillesi ja vuoroillesi on tapahtunut, uusimmat ensin.
notifications-empty = Ei vielä mitään. Kun ilmoittautumisissasi muuttuu jotain, näet sen täällä.
notifications-new = Uusi

notification-signup-confirmed = Paikkasi on vahvistettu: { $title } ({ $when }).
notification-signup-waitlisted = Olet jonotuslistalla sijalla { $position }: { $title } ({ $when }).
notification-signup-promoted = Paikka vapautui, ja osallistumisesi on nyt vahvistettu: { $title } ({ $when }).
notification-signup-removed = Koordinaattorit poistivat ilmoittautumisesi: { $title } ({ $when }).
notification-shift-changed = Vuoro on muuttunut: { $title }. Uusi aika: { $when }.
notification-shift-cancelled = Vuoro peruttiin: { $title } ({ $when }).
notification-shift-reminder = Muistutus: sinua odotetaan paikalle – { $title }, { $when }.
notification-other = Ilmoittautumisissasi muuttui jotain.

outbox-title = Lähtevät viestit
outbox-intro = Kaikki sähköpostit, jotka { $platform } lähettää, säilytetään täällä. ”Ei lähetetty” -merkityt viestit odottavat, koska sähköpostipalvelinta ei ole määritetty: lue ne täällä ja välitä ne tarvittaessa eteenpäin.
outbox-empty = Ei vielä viestejä.
outbox-to = Vastaanottaja
outbox-written = Kirjoitettu
outbox-status = Tila
outbox-sent = Lähetetty
outbox-not-sent = Ei lähetetty
outbox-read = Lue viesti
notification-offer-received = Joku tarjoutui auttamaan avunpyynnössä ”{ $title }”.
notification-offer-accepted = Tarjouksesi auttaa avunpyynnössä ”{ $title }” hyväksyttiin.
notification-offer-declined = Kiitos, että tarjouduit auttamaan avunpyynnössä ”{ $title }”: tällä kertaa asia hoitui toisella tavalla.
notification-request-nearby = Lähelläsi asuva naapuri tarvitsee apua: ”{ $title }”.
notification-help-thanked = Sait kiitoksen avunpyynnöstä ”{ $title }”.
notification-moderation-warning = Alustan { $platform } tiimi lähetti sinulle varoituksen: { $reason }
outbox-filter-recipient = Vastaanottajan osoite
outbox-filter-submit = Näytä
outbox-state-all = Kaikki viestit
outbox-none-match = Mikään viesti ei täsmää. Kokeile osaa osoitteesta tai kaikkia viestejä.
outbox-older = Vanhemmat viestit
outbox-site-title = Tilejä koskevat viestit
outbox-site-intro = Ihmisten tilejä itseään koskevat viestit, kuten linkki uuden salasanan valitsemiseen, eivät kuulu millekään alustalle. Ilman sähköpostipalvelinta ne odottavat täällä. Tällaisen viestin linkki avaa sen tilin, jolle viesti on kirjoitettu: välitä se vain tilin omistajalle.
error-outbox-state-unknown = Valitse kaikki viestit, lähetetyt tai lähettämättömät.
outbox-filters = Etsi viesti
notification-message-received = { $count ->
    [one] { $from } lähetti sinulle viestin avunpyynnöstä ”{ $title }”.
   *[other] { $from } lähetti sinulle { $count } uutta viestiä avunpyynnöstä ”{ $title }”.
}
