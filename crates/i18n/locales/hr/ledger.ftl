# Glavna knjiga: vremenski krediti i krediti za razmjenu, prijenosi, storniranja, kreditni limiti.

error-credit-limit = Time bi stanje palo ispod kreditnog limita.
error-already-reversed = Ova je stavka već stornirana.
error-is-reversal = Storno stavku nije moguće stornirati.
error-amount-out-of-range = Unesite cijeli broj od 1 do 1.000.000.
error-unit-unknown = Odaberite vrijeme ili razmjenu.
error-unknown-unit = Takva jedinica ne postoji; upotrijebite vrijeme ili razmjenu.
error-same-account = Platitelj i primatelj moraju biti različiti računi.
error-unknown-entry = Takva knjižna stavka ne postoji.
error-credit-limit-out-of-range = Unesite cijeli broj od 0 do 1.000.000.

## Stranice kredita.

credits-page-mine-link = Moji vremenski krediti
credits-page-mine-title = Moji vremenski krediti
credits-page-mine-intro = Kada pomognete susjedu, zaradite vrijeme koje ste dali. Kada netko pomogne vama, vi dajete vrijeme.
credits-page-balances = Moje stanje
credits-page-no-balance = Još nema kredita.
credits-page-entries = Povijest
credits-page-no-entries = Još ništa.
credits-page-unit-time = Vrijeme
credits-page-unit-barter = Krediti za razmjenu
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredit
    [few] { $amount } kredita
   *[other] { $amount } kredita
}
credits-page-kind-help = Susjedska pomoć
credits-page-kind-barter = Razmjena
credits-page-kind-reversal = Ispravak
credits-page-from = Od
credits-page-to = Za
credits-page-organisation-title = Krediti za razmjenu
credits-page-organisation-intro = Organizacije na platformi međusobno plaćaju usluge kreditima za razmjenu.
credits-page-balance = Stanje
credits-page-csv = Preuzmi kao tablicu (CSV)
credits-page-pay-title = Platite drugoj organizaciji
credits-page-pay-intro = Krediti se odmah skidaju s vašeg stanja.
credits-page-field-to = Organizacija kojoj plaćate
credits-page-choose-organisation = Odaberite organizaciju
credits-page-field-amount = Krediti
credits-page-field-amount-hint = Cijeli broj, na primjer 30
credits-page-field-memo = Za što
credits-page-field-memo-hint = Na primjer: kombi za sajam
credits-page-pay-submit = Plati
credits-page-notice-paid = Krediti su poslani.
credits-page-link = Krediti za razmjenu
# Vremensko stanje ispod nule, rečeno neutralno: $duration je npr. „2 h 20 min”.
credits-page-received-more = Primili ste { $duration } više nego što ste dali
credits-page-how = Sat pomoći vrijedi kao sat, tko god ga daje. Krediti nisu novac, a stanje ispod nule nije dug: to samo znači da su vam susjedi dosad više pomogli.
