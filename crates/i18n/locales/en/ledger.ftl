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
