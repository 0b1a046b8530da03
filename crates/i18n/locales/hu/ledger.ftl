# A főkönyv: időkreditek és barterkreditek, átutalások, sztornók, hitelkeretek.

error-credit-limit = Ezzel az egyenleg túllépné a hitelkeretet.
error-already-reversed = Ezt a tételt már sztornózták.
error-is-reversal = Sztornótételt nem lehet sztornózni.
error-amount-out-of-range = Adjon meg egy egész számot 1 és 1 000 000 között.
error-unit-unknown = Válasszon: idő vagy barter.
error-unknown-unit = Nincs ilyen egység; válasszon: idő vagy barter.
error-same-account = A fizető és a kedvezményezett számlája nem lehet ugyanaz.
error-unknown-entry = Nincs ilyen főkönyvi tétel.
error-credit-limit-out-of-range = Adjon meg egy egész számot 0 és 1 000 000 között.
