# Kirjanpito: aikapisteet ja vaihtopisteet, siirrot, peruutukset, luottorajat.

error-credit-limit = Tämä veisi saldon alle luottorajan.
error-already-reversed = Tämä kirjaus on jo peruttu.
error-is-reversal = Peruutuskirjausta ei voi itseään perua.
error-amount-out-of-range = Anna kokonaisluku väliltä 1–1 000 000.
error-unit-unknown = Valitse aikapisteet tai vaihtopisteet.
error-unknown-unit = Tällaista yksikköä ei ole; käytä aikapisteitä tai vaihtopisteitä.
error-same-account = Maksajan ja saajan on oltava eri tilejä.
error-unknown-entry = Tällaista kirjausta ei ole.
error-credit-limit-out-of-range = Anna kokonaisluku väliltä 0–1 000 000.

## Pisteiden sivut.

credits-page-mine-link = Omat aikapisteeni
credits-page-mine-title = Omat aikapisteeni
credits-page-mine-intro = Kun autat naapuria, ansaitset antamasi ajan. Kun joku auttaa sinua, annat aikaa.
credits-page-balances = Saldoni
credits-page-no-balance = Ei vielä pisteitä.
credits-page-entries = Historia
credits-page-no-entries = Ei vielä mitään.
credits-page-unit-time = Aika
credits-page-unit-barter = Vaihtopisteet
credits-page-barter-amount = { $amount ->
    [one] { $amount } piste
   *[other] { $amount } pistettä
}
credits-page-kind-help = Naapuriapu
credits-page-kind-barter = Vaihtokauppa
credits-page-kind-reversal = Korjaus
credits-page-from = Keneltä
credits-page-to = Kenelle
credits-page-organisation-title = Vaihtopisteet
credits-page-organisation-intro = Alustan organisaatiot maksavat toisilleen palveluista vaihtopisteillä.
credits-page-balance = Saldo
credits-page-csv = Lataa taulukkona (CSV)
credits-page-pay-title = Maksa toiselle organisaatiolle
credits-page-pay-intro = Pisteet lähtevät saldostasi heti.
credits-page-field-to = Organisaatio, jolle maksat
credits-page-choose-organisation = Valitse organisaatio
credits-page-field-amount = Pisteet
credits-page-field-amount-hint = Kokonaisluku, esimerkiksi 30
credits-page-field-memo = Mitä varten
credits-page-field-memo-hint = Esimerkiksi: pakettiauto myyjäisiin
credits-page-pay-submit = Maksa
credits-page-notice-paid = Pisteet on lähetetty.
credits-page-link = Vaihtopisteet
# Nollan alapuolella oleva aikasaldo neutraalisti sanottuna: $duration on esimerkiksi ”2 h 20 min”.
credits-page-received-more = Olet saanut { $duration } enemmän kuin antanut
credits-page-how = Tunnin apu lasketaan tunniksi, antoi sen kuka tahansa. Aikapisteet eivät ole rahaa, eikä nollan alapuolella oleva saldo ole velkaa: se tarkoittaa vain, että naapurit ovat tähän mennessä auttaneet sinua enemmän.
