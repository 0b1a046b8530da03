# Etusivu ja alustan sivu.

home-title = Apua läheltä
home-my-platforms = Omat alustat
home-all-platforms = Kaikki alustat
home-no-platforms = Täällä ei ole vielä yhtään alustaa.

platform-you-member = Olet tämän alustan jäsen.
platform-you-admin = Kuulut tiimiin, joka ylläpitää tätä alustaa.
platform-join = Liity tähän alustaan
platform-sign-up-to-join = Luo tili liittyäksesi
platform-my-organisations = Omat organisaatiot
platform-organisations = Organisaatiot
platform-no-organisations = Yksikään organisaatio ei ole vielä liittynyt.
platform-new-organisation = Rekisteröi organisaatio
home-part-of = Kuuluu alustaan { $platform }
home-figure-opportunities = { $count ->
    [one] Yksi tehtävä, jolla on tulevia aikoja
   *[other] { $count } tehtävää, joilla on tulevia aikoja
}
home-figure-requests = { $count ->
    [one] yksi apua pyytävä naapuri
   *[other] { $count } apua pyytävää naapuria
}
home-figure-members = { $count ->
    [one] yksi jäsen
   *[other] { $count } jäsentä
}
home-what = Entraide on paikka, jossa kaupunki tai kaupunginosa pyörittää itse vapaaehtoistoimintaansa ja naapuriapuaan: löydä tekemistä läheltäsi tai pyydä apua.
