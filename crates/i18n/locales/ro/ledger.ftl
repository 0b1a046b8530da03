# Registrul: credite de timp și credite de troc, transferuri, stornări, limite de credit.

error-credit-limit = Astfel soldul ar scădea sub limita de credit.
error-already-reversed = Această înregistrare a fost deja stornată.
error-is-reversal = O stornare nu poate fi ea însăși stornată.
error-amount-out-of-range = Introduceți un număr întreg de la 1 la 1.000.000.
error-unit-unknown = Alegeți timp sau troc.
error-unknown-unit = Această unitate nu există; folosiți timp sau troc.
error-same-account = Plătitorul și beneficiarul trebuie să fie conturi diferite.
error-unknown-entry = Această înregistrare nu există.
error-credit-limit-out-of-range = Introduceți un număr întreg de la 0 la 1.000.000.
