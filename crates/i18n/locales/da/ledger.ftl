# Hovedbogen: tidskreditter og byttekreditter, overførsler, tilbageførsler, kreditgrænser.

error-credit-limit = Saldoen ville dermed komme under kreditgrænsen.
error-already-reversed = Denne postering er allerede tilbageført.
error-is-reversal = En tilbageførsel kan ikke selv tilbageføres.
error-amount-out-of-range = Indtast et helt tal fra 1 til 1.000.000.
error-unit-unknown = Vælg tid eller byttehandel.
error-unknown-unit = Denne enhed findes ikke; brug tid eller byttehandel.
error-same-account = Betaler og modtager skal være forskellige konti.
error-unknown-entry = Denne postering findes ikke.
error-credit-limit-out-of-range = Indtast et helt tal fra 0 til 1.000.000.

## Sider for kreditter.

credits-page-mine-link = Mine tidskreditter
credits-page-mine-title = Mine tidskreditter
credits-page-mine-intro = Når du hjælper en nabo, optjener du den tid, du har givet. Når nogen hjælper dig, giver du tid.
credits-page-balances = Min saldo
credits-page-no-balance = Ingen kreditter endnu.
credits-page-entries = Historik
credits-page-no-entries = Intet endnu.
credits-page-unit-time = Tid
credits-page-unit-barter = Byttekreditter
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredit
   *[other] { $amount } kreditter
}
credits-page-kind-help = Nabohjælp
credits-page-kind-barter = Byttehandel
credits-page-kind-reversal = Rettelse
credits-page-from = Fra
credits-page-to = Til
credits-page-organisation-title = Byttekreditter
credits-page-organisation-intro = Platformens organisationer betaler hinanden for ydelser med byttekreditter.
credits-page-balance = Saldo
credits-page-csv = Download som regneark (CSV)
credits-page-pay-title = Betal en anden organisation
credits-page-pay-intro = Kreditterne trækkes straks fra din saldo.
credits-page-field-to = Organisation, der skal betales
credits-page-choose-organisation = Vælg en organisation
credits-page-field-amount = Kreditter
credits-page-field-amount-hint = Et helt tal, for eksempel 30
credits-page-field-memo = Formål
credits-page-field-memo-hint = For eksempel: varevogn til markedet
credits-page-pay-submit = Betal
credits-page-notice-paid = Kreditterne er sendt.
credits-page-link = Byttekreditter
# En tidssaldo under nul, sagt neutralt: $duration er f.eks. "2 t. 20 min.".
credits-page-received-more = Du har fået { $duration } mere, end du har givet
credits-page-how = En times hjælp tæller som en time, uanset hvem der giver den. Tidskreditter er ikke penge, og en saldo under nul er ikke en gæld: den betyder bare, at naboerne indtil nu har hjulpet dig mere.
