# Hovedbogen: tidskreditter og byttekreditter, overførsler, tilbageførsler, kreditgrænser.

error-credit-limit = Saldoen ville dermed komme under kreditgrænsen.
error-already-reversed = Denne postering er allerede tilbageført.
error-is-reversal = En tilbageførsel kan ikke selv tilbageføres.
error-amount-out-of-range = Indtast et helt tal fra 1 til 1.000.000.
error-unit-unknown = Vælg tid eller byttehandel.
error-unknown-unit = Denne enhed findes ikke; brug tid eller byttehandel.
error-same-account = Betaler og modtager skal være forskellige konti.
error-unknown-entry = Denne postering findes ikke.
error-credit-limit-out-of-range = Indtast et helt tal fra 0 til 1.000.000.
