# Rejestr: kredyty czasu i kredyty barterowe, przelewy, cofnięcia, limity kredytowe.

error-credit-limit = Saldo spadłoby wtedy poniżej limitu kredytowego.
error-already-reversed = Ten wpis został już cofnięty.
error-is-reversal = Cofnięcia nie można cofnąć.
error-amount-out-of-range = Wpisz liczbę całkowitą od 1 do 1 000 000.
error-unit-unknown = Wybierz: czas lub barter.
error-unknown-unit = Nie ma takiej jednostki; użyj: czas lub barter.
error-same-account = Konto płacącego i konto odbiorcy muszą być różne.
error-unknown-entry = Nie ma takiego wpisu w rejestrze.
error-credit-limit-out-of-range = Wpisz liczbę całkowitą od 0 do 1 000 000.

## Strony kredytów.

credits-page-mine-link = Moje kredyty czasu
credits-page-mine-title = Moje kredyty czasu
credits-page-mine-intro = Gdy pomagasz sąsiadowi, zyskujesz czas, który mu poświęcasz. Gdy ktoś pomaga Tobie, oddajesz czas.
credits-page-balances = Moje saldo
credits-page-no-balance = Na razie brak kredytów.
credits-page-entries = Historia
credits-page-no-entries = Na razie nic tu nie ma.
credits-page-unit-time = Czas
credits-page-unit-barter = Kredyty barterowe
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredyt
    [few] { $amount } kredyty
    [many] { $amount } kredytów
   *[other] { $amount } kredytu
}
credits-page-kind-help = Pomoc sąsiedzka
credits-page-kind-barter = Barter
credits-page-kind-reversal = Korekta
credits-page-from = Od
credits-page-to = Do
credits-page-organisation-title = Kredyty barterowe
credits-page-organisation-intro = Organizacje tej platformy płacą sobie nawzajem za usługi kredytami barterowymi.
credits-page-balance = Saldo
credits-page-csv = Pobierz jako arkusz kalkulacyjny (CSV)
credits-page-pay-title = Zapłać innej organizacji
credits-page-pay-intro = Kredyty zostaną od razu pobrane z Twojego salda.
credits-page-field-to = Organizacja, której płacisz
credits-page-choose-organisation = Wybierz organizację
credits-page-field-amount = Kredyty
credits-page-field-amount-hint = Liczba całkowita, na przykład 30
credits-page-field-memo = Za co
credits-page-field-memo-hint = Na przykład: furgonetka na kiermasz
credits-page-pay-submit = Zapłać
credits-page-notice-paid = Kredyty zostały wysłane.
credits-page-link = Kredyty barterowe
# Saldo czasu poniżej zera, powiedziane neutralnie: $duration to na przykład „2 godz. 20 min”.
credits-page-received-more = Otrzymano o { $duration } więcej, niż dano
credits-page-how = Godzina pomocy liczy się jako godzina, niezależnie od tego, kto jej udziela. Kredyty to nie pieniądze, a saldo poniżej zera to nie dług: oznacza tylko, że jak dotąd sąsiedzi pomogli Ci więcej.
