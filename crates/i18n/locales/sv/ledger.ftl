# Huvudboken: tidskrediter och byteskrediter, överföringar, återföringar, kreditgränser.

error-credit-limit = Saldot skulle då hamna under kreditgränsen.
error-already-reversed = Den här posten har redan återförts.
error-is-reversal = En återföring kan inte själv återföras.
error-amount-out-of-range = Ange ett heltal från 1 till 1 000 000.
error-unit-unknown = Välj tid eller byteshandel.
error-unknown-unit = Den enheten finns inte; använd tid eller byteshandel.
error-same-account = Betalare och mottagare måste vara olika konton.
error-unknown-entry = Den posten finns inte.
error-credit-limit-out-of-range = Ange ett heltal från 0 till 1 000 000.

## Sidor för krediter.

credits-page-mine-link = Mina tidskrediter
credits-page-mine-title = Mina tidskrediter
credits-page-mine-intro = När du hjälper en granne tjänar du den tid du gav. När någon hjälper dig ger du tid.
credits-page-balances = Mitt saldo
credits-page-no-balance = Inga krediter än.
credits-page-entries = Historik
credits-page-no-entries = Ingenting än.
credits-page-unit-time = Tid
credits-page-unit-barter = Byteskrediter
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredit
   *[other] { $amount } krediter
}
credits-page-kind-help = Grannhjälp
credits-page-kind-barter = Byteshandel
credits-page-kind-reversal = Rättelse
credits-page-from = Från
credits-page-to = Till
credits-page-organisation-title = Byteskrediter
credits-page-organisation-intro = Plattformens organisationer betalar varandra för tjänster med byteskrediter.
credits-page-balance = Saldo
credits-page-csv = Ladda ner som kalkylark (CSV)
credits-page-pay-title = Betala en annan organisation
credits-page-pay-intro = Krediterna dras från ditt saldo direkt.
credits-page-field-to = Organisation att betala
credits-page-choose-organisation = Välj en organisation
credits-page-field-amount = Krediter
credits-page-field-amount-hint = Ett heltal, till exempel 30
credits-page-field-memo = Vad gäller det
credits-page-field-memo-hint = Till exempel: skåpbil till marknaden
credits-page-pay-submit = Betala
credits-page-notice-paid = Krediterna har skickats.
credits-page-link = Byteskrediter
# Ett tidssaldo under noll, sagt neutralt: $duration är till exempel ”2 tim 20 min”.
credits-page-received-more = Du har fått { $duration } mer än du har gett
credits-page-how = En timmes hjälp räknas som en timme, vem som än ger den. Krediter är inte pengar, och ett saldo under noll är ingen skuld: det betyder bara att grannarna hittills har hjälpt dig mer.
