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

## Pagine dei crediti.

credits-page-mine-link = I miei crediti di tempo
credits-page-mine-title = I miei crediti di tempo
credits-page-mine-intro = Quando aiuti un vicino, guadagni il tempo che hai dato. Quando qualcuno aiuta te, dai del tempo.
credits-page-balances = Il mio saldo
credits-page-no-balance = Ancora nessun credito.
credits-page-entries = Cronologia
credits-page-no-entries = Ancora niente.
credits-page-unit-time = Tempo
credits-page-unit-barter = Crediti di baratto
credits-page-barter-amount = { $amount ->
    [one] { $amount } credito
   *[other] { $amount } crediti
}
credits-page-kind-help = Aiuto tra vicini
credits-page-kind-barter = Baratto
credits-page-kind-reversal = Correzione
credits-page-from = Da
credits-page-to = A
credits-page-organisation-title = Crediti di baratto
credits-page-organisation-intro = Le organizzazioni della piattaforma si pagano i servizi a vicenda con crediti di baratto.
credits-page-balance = Saldo
credits-page-csv = Scarica come foglio di calcolo (CSV)
credits-page-pay-title = Paga un'altra organizzazione
credits-page-pay-intro = I crediti lasciano subito il tuo saldo.
credits-page-field-to = Organizzazione da pagare
credits-page-choose-organisation = Scegli un'organizzazione
credits-page-field-amount = Crediti
credits-page-field-amount-hint = Un numero intero, per esempio 30
credits-page-field-memo = Per che cosa
credits-page-field-memo-hint = Per esempio: furgone per la fiera
credits-page-pay-submit = Paga
credits-page-notice-paid = I crediti sono stati inviati.
credits-page-link = Crediti di baratto
# Un saldo di tempo sotto zero, detto in modo neutro: $duration è per esempio «2 h 20 min».
credits-page-received-more = Hai ricevuto { $duration } in più di quanto hai dato
credits-page-how = Un'ora di aiuto vale un'ora, chiunque la dia. I crediti non sono denaro e un saldo sotto zero non è un debito: significa solo che finora i vicini ti hanno aiutato di più.
