# Knjiga vknjižb: časovni krediti in menjalni krediti, prenosi, stornacije, kreditni limiti.

error-credit-limit = S tem bi stanje padlo pod kreditni limit.
error-already-reversed = Ta vknjižba je že stornirana.
error-is-reversal = Stornacije ni mogoče stornirati.
error-amount-out-of-range = Vnesite celo število od 1 do 1.000.000.
error-unit-unknown = Izberite čas ali menjavo.
error-unknown-unit = Take enote ni; uporabite čas ali menjavo.
error-same-account = Plačnik in prejemnik morata biti različna računa.
error-unknown-entry = Take vknjižbe ni.
error-credit-limit-out-of-range = Vnesite celo število od 0 do 1.000.000.

## Strani kreditov.

credits-page-mine-link = Moji časovni krediti
credits-page-mine-title = Moji časovni krediti
credits-page-mine-intro = Ko pomagate sosedu, dobite čas, ki ste mu ga namenili. Ko nekdo pomaga vam, čas daste.
credits-page-balances = Moje stanje
credits-page-no-balance = Kreditov še ni.
credits-page-entries = Zgodovina
credits-page-no-entries = Še nič.
credits-page-unit-time = Čas
credits-page-unit-barter = Menjalni krediti
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredit
    [two] { $amount } kredita
    [few] { $amount } krediti
   *[other] { $amount } kreditov
}
credits-page-kind-help = Sosedska pomoč
credits-page-kind-barter = Menjava
credits-page-kind-reversal = Popravek
credits-page-from = Od
credits-page-to = Komu
credits-page-organisation-title = Menjalni krediti
credits-page-organisation-intro = Organizacije na platformi si storitve med seboj plačujejo z menjalnimi krediti.
credits-page-balance = Stanje
credits-page-csv = Prenesi kot preglednico (CSV)
credits-page-pay-title = Plačajte drugi organizaciji
credits-page-pay-intro = Krediti se takoj odštejejo od vašega stanja.
credits-page-field-to = Organizacija, ki ji plačate
credits-page-choose-organisation = Izberite organizacijo
credits-page-field-amount = Krediti
credits-page-field-amount-hint = Celo število, na primer 30
credits-page-field-memo = Za kaj
credits-page-field-memo-hint = Na primer: kombi za sejem
credits-page-pay-submit = Plačaj
credits-page-notice-paid = Krediti so poslani.
credits-page-link = Menjalni krediti
# Časovno stanje pod ničlo, povedano nevtralno: $duration je na primer »2 h 20 min«.
credits-page-received-more = Prejeli ste { $duration } več, kot ste dali
credits-page-how = Ura pomoči šteje kot ura, kdorkoli jo da. Krediti niso denar in stanje pod ničlo ni dolg: pomeni le, da so vam sosedje doslej pomagali več.
