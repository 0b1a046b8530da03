# Apskaitos knyga: laiko kreditai ir mainų kreditai, pervedimai, atšaukimai, kredito limitai.

error-credit-limit = Tada likutis nukristų žemiau kredito limito.
error-already-reversed = Šis įrašas jau atšauktas.
error-is-reversal = Atšaukimo įrašo atšaukti negalima.
error-amount-out-of-range = Įveskite sveikąjį skaičių nuo 1 iki 1 000 000.
error-unit-unknown = Pasirinkite laiko arba mainų kreditus.
error-unknown-unit = Tokio vieneto nėra; naudokite laiko arba mainų kreditus.
error-same-account = Mokėtojas ir gavėjas turi būti skirtingos paskyros.
error-unknown-entry = Tokio apskaitos įrašo nėra.
error-credit-limit-out-of-range = Įveskite sveikąjį skaičių nuo 0 iki 1 000 000.
