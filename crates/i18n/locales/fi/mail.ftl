# Sähköpostit ilmoittautumisista ja vuoroista. Muuttujat: $name (vastaanottaja), $title
# (tehtävä), $organisation, $when (päivä ja kellonajat, valmiiksi lukijan tavalla kirjoitettuina),
# $position (sija jonotuslistalla), $platform (alustan nimi).

mail-greeting = Hei { $name },
mail-when = { $start } – { $end }
mail-place = Paikka: { $address }
mail-signature = Kiitos, että autat!
mail-footer = Saat tämän viestin, koska ilmoittauduit vuoroon alustalla { $platform }. Kaikki ilmoituksesi löytyvät tililtäsi.

mail-signup-confirmed-subject = Sinulla on paikka: { $title }
mail-signup-confirmed-body = Paikkasi on vahvistettu: { $title } ({ $organisation }), { $when }. Jos et pääsekään tulemaan, peru ilmoittautumisesi, jotta joku muu voi ottaa paikkasi.

mail-signup-waitlisted-subject = Olet jonotuslistalla: { $title }
mail-signup-waitlisted-body = { $title } ({ $organisation }, { $when }) on tällä hetkellä täynnä. Olet jonotuslistalla sijalla { $position }, ja kirjoitamme sinulle heti, kun saat paikan.

mail-signup-promoted-subject = Sinulle vapautui paikka: { $title }
mail-signup-promoted-body = Hyviä uutisia: paikka vapautui, ja se on sinun. Osallistumisesi on nyt vahvistettu: { $title } ({ $organisation }), { $when }.

mail-signup-removed-subject = Ilmoittautumisesi poistettiin: { $title }
mail-signup-removed-body = Organisaation { $organisation } koordinaattorit poistivat ilmoittautumisesi: { $title } ({ $when }). Jos tämä on mielestäsi virhe, ota heihin yhteyttä.

mail-shift-changed-subject = Uusi aika: { $title }
mail-shift-changed-body = Vuoro, johon ilmoittauduit ({ $title }, { $organisation }), on muuttunut. Uusi aika on: { $when }. Jos se ei enää sovi sinulle, peru ilmoittautumisesi.

mail-shift-cancelled-subject = Peruttu: { $title }
mail-shift-cancelled-body = { $organisation } perui vuoron: { $title }, { $when }. Sinun ei tarvitse tulla. Kiitos, että olit valmis auttamaan.

mail-shift-reminder-subject = Muistutus: { $title }
mail-shift-reminder-body = Ystävällinen muistutus: sinua odotetaan paikalle – { $title } ({ $organisation }), { $when }. Jos et sittenkään pääse tulemaan, peru ilmoittautumisesi, jotta joku muu voi ottaa paikkasi.

## Naapuriapu. Ei koskaan osoitetta: sähköpostia voidaan lukea missä tahansa.
mail-help-signature = Kiitos, että olet hyvä naapuri!
mail-help-footer = Saat tämän sähköpostin, koska osallistut naapuriapuun alustalla { $platform }. Kaikki ilmoituksesi ovat tililläsi.
mail-offer-received-subject = Joku tarjoutui auttamaan: { $title }
mail-offer-received-body = Naapuri tarjoutui auttamaan avunpyynnössäsi ”{ $title }”. Avaa avunpyyntö, lue hänen viestinsä ja hyväksy tarjous, jos se sopii sinulle.
mail-offer-accepted-subject = Tarjouksesi hyväksyttiin: { $title }
mail-offer-accepted-body = Hyviä uutisia: tarjouksesi auttaa avunpyynnössä ”{ $title }” hyväksyttiin ({ $when }). Näet nyt osoitteen ja voit kirjoittaa henkilölle avunpyynnön keskustelussa.
mail-offer-declined-subject = Kiitos tarjouksestasi: { $title }
mail-offer-declined-body = Kiitos, että tarjouduit auttamaan avunpyynnössä ”{ $title }”. Tällä kertaa asia hoitui toisella tavalla, joten apuasi ei siihen tarvita. Ystävällisyytesi huomataan: muutkin naapurit pyytävät apua, ja toivomme, että löydät jonkun, jota voit auttaa.
mail-request-nearby-subject = Lähelläsi asuva naapuri tarvitsee apua: { $title }
mail-request-nearby-body = Uusi avunpyyntö sopii siihen, mitä kerroit voivasi tehdä: ”{ $title }” ({ $when }). Avaa se nähdäksesi lisää ja tarjoa apuasi, jos voit.
mail-help-thanked-subject = Kiitos avunpyynnöstä ”{ $title }”
mail-help-thanked-body = Henkilö, jota autoit tai joka auttoi sinua avunpyynnössä ”{ $title }”, jätti sinulle viestin. Avaa avunpyyntö lukeaksesi sen.
mail-moderation-warning-subject = Viesti alustan { $platform } tiimiltä
mail-moderation-warning-body = Alustaa { $platform } ylläpitävä tiimi luki, mitä kirjoitit, ja pyytää sinua muuttamaan tapaasi osallistua. Heidän perustelunsa: { $reason }. Jos tämä toistuu, tilisi voidaan jäädyttää.
mail-open-this = Avaa se tästä:
mail-message-received-subject = { $from } kirjoitti sinulle avunpyynnöstä ”{ $title }”
mail-message-received-body = { $count ->
    [one] { $from } lähetti sinulle viestin avunpyynnöstä ”{ $title }”. Lue se ja vastaa alustalla { $platform }.
   *[other] { $from } lähetti sinulle { $count } uutta viestiä avunpyynnöstä ”{ $title }”. Lue ne ja vastaa alustalla { $platform }.
}
