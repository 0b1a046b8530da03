# Il registro: crediti di tempo e di baratto, trasferimenti, storni, limiti di credito.

error-credit-limit = Così il saldo scenderebbe sotto il limite di credito.
error-already-reversed = Questa registrazione è già stata stornata.
error-is-reversal = Uno storno non può essere stornato a sua volta.
error-amount-out-of-range = Inserisci un numero intero da 1 a 1.000.000.
error-unit-unknown = Scegli tempo o baratto.
error-unknown-unit = Questa unità non esiste; usa tempo o baratto.
error-same-account = Chi paga e chi riceve devono essere account diversi.
error-unknown-entry = Questa registrazione non esiste.
error-credit-limit-out-of-range = Inserisci un numero intero da 0 a 1.000.000.
