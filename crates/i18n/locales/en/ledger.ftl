# The ledger: time credits and barter credits, transfers, reversals, credit limits.

error-credit-limit = This would take the balance below the credit limit.
error-already-reversed = This entry has already been reversed.
error-is-reversal = A reversal cannot itself be reversed.
error-amount-out-of-range = Enter a whole number from 1 to 1,000,000.
error-unit-unknown = Choose time or barter.
error-unknown-unit = There is no such unit; use time or barter.
error-same-account = Payer and payee must be different accounts.
error-unknown-entry = There is no such ledger entry.
error-credit-limit-out-of-range = Enter a whole number from 0 to 1,000,000.

## Pages for credits.

credits-page-mine-link = My time credits
credits-page-mine-title = My time credits
credits-page-mine-intro = When you help a neighbour, you earn the time you gave. When someone helps you, you give time.
credits-page-balances = My balance
credits-page-no-balance = No credits yet.
credits-page-entries = History
credits-page-no-entries = Nothing yet.
credits-page-unit-time = Time
credits-page-unit-barter = Barter credits
credits-page-barter-amount = { $amount ->
    [one] { $amount } credit
   *[other] { $amount } credits
}
credits-page-kind-help = Neighbour help
credits-page-kind-barter = Barter
credits-page-kind-reversal = Correction
credits-page-from = From
credits-page-to = To
credits-page-organisation-title = Barter credits
credits-page-organisation-intro = Organisations of the platform pay each other for services in barter credits.
credits-page-balance = Balance
credits-page-csv = Download as a spreadsheet (CSV)
credits-page-pay-title = Pay another organisation
credits-page-pay-intro = The credits leave your balance at once.
credits-page-field-to = Organisation to pay
credits-page-choose-organisation = Choose an organisation
credits-page-field-amount = Credits
credits-page-field-amount-hint = A whole number, for example 30
credits-page-field-memo = What for
credits-page-field-memo-hint = For example: van for the fair
credits-page-pay-submit = Pay
credits-page-notice-paid = The credits were sent.
credits-page-link = Barter credits
# A time balance below zero, said neutrally: $duration is "2 h 20 min".
credits-page-received-more = Received { $duration } more than given
credits-page-how = An hour of help counts as an hour, whoever gives it. Credits are not money, and a balance below zero is not a debt: it only means neighbours have helped you more so far.
