# Etusivu ja alustan sivu.

home-title = Apua läheltä
home-intro = Löydä paikallinen alusta vapaaehtoistyölle ja naapuriavulle tai liity oman asuinalueesi alustaan.
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
