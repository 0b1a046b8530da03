# Virsgrāmata: laika kredīti un bartera kredīti, pārskaitījumi, stornējumi, kredītlimiti.

error-credit-limit = Tādējādi atlikums noslīdētu zem kredītlimita.
error-already-reversed = Šis ieraksts jau ir stornēts.
error-is-reversal = Stornējumu nevar stornēt.
error-amount-out-of-range = Ievadiet veselu skaitli no 1 līdz 1 000 000.
error-unit-unknown = Izvēlieties laika vai bartera kredītus.
error-unknown-unit = Šādas vienības nav; izmantojiet laika vai bartera kredītus.
error-same-account = Maksātājam un saņēmējam jābūt dažādiem kontiem.
error-unknown-entry = Šāda virsgrāmatas ieraksta nav.
error-credit-limit-out-of-range = Ievadiet veselu skaitli no 0 līdz 1 000 000.

## Kredītu lapas.

credits-page-mine-link = Mani laika kredīti
credits-page-mine-title = Mani laika kredīti
credits-page-mine-intro = Kad palīdzat kaimiņam, jūs nopelnāt veltīto laiku. Kad kāds palīdz jums, jūs atdodat laiku.
credits-page-balances = Mans atlikums
credits-page-no-balance = Kredītu vēl nav.
credits-page-entries = Vēsture
credits-page-no-entries = Pagaidām nekā nav.
credits-page-unit-time = Laiks
credits-page-unit-barter = Bartera kredīti
credits-page-barter-amount = { $amount ->
    [zero] { $amount } kredītu
    [one] { $amount } kredīts
   *[other] { $amount } kredīti
}
credits-page-kind-help = Kaimiņu palīdzība
credits-page-kind-barter = Barters
credits-page-kind-reversal = Labojums
credits-page-from = No
credits-page-to = Kam
credits-page-organisation-title = Bartera kredīti
credits-page-organisation-intro = Platformas organizācijas cita citai maksā par pakalpojumiem bartera kredītos.
credits-page-balance = Atlikums
credits-page-csv = Lejupielādēt kā izklājlapu (CSV)
credits-page-pay-title = Samaksāt citai organizācijai
credits-page-pay-intro = Kredīti no jūsu atlikuma tiek noņemti uzreiz.
credits-page-field-to = Organizācija, kurai maksāt
credits-page-choose-organisation = Izvēlieties organizāciju
credits-page-field-amount = Kredīti
credits-page-field-amount-hint = Vesels skaitlis, piemēram, 30
credits-page-field-memo = Par ko
credits-page-field-memo-hint = Piemēram: furgons gadatirgum
credits-page-pay-submit = Samaksāt
credits-page-notice-paid = Kredīti ir nosūtīti.
credits-page-link = Bartera kredīti
# Laika atlikums zem nulles, pateikts neitrāli: $duration ir, piemēram, “2 st. 20 min.”.
credits-page-received-more = Saņemts par { $duration } vairāk, nekā dots
credits-page-how = Palīdzības stunda tiek skaitīta kā stunda, lai kurš to sniegtu. Kredīti nav nauda, un atlikums zem nulles nav parāds: tas tikai nozīmē, ka līdz šim kaimiņi jums ir palīdzējuši vairāk.
