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
