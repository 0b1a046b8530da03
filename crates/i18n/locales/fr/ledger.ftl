# Le registre : crédits de temps et crédits de troc, virements, annulations, limites de crédit.

error-credit-limit = Le solde passerait sous la limite de crédit.
error-already-reversed = Cette écriture a déjà été annulée.
error-is-reversal = Une annulation ne peut pas être elle-même annulée.
error-amount-out-of-range = Saisissez un nombre entier de 1 à 1 000 000.
error-unit-unknown = Choisissez temps ou troc.
error-unknown-unit = Cette unité n'existe pas ; utilisez temps ou troc.
error-same-account = Le payeur et le bénéficiaire doivent être des comptes différents.
error-unknown-entry = Cette écriture n'existe pas.
error-credit-limit-out-of-range = Saisissez un nombre entier de 0 à 1 000 000.
