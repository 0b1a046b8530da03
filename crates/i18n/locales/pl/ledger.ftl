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
