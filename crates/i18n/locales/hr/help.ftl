# Susjedska pomoć: zahtjevi, ponude, privatni razgovori i završetak.

error-category-unknown = Odaberite jednu od kategorija pomoći ove platforme.
error-window-ends-before-start = Završetak vremenskog okvira mora biti nakon njegova početka.
error-phone-malformed = Unesite broj telefona od 6 do 15 znamenki, na primjer +32 470 12 34 56.
error-within-km-out-of-range = Udaljenost mora biti veća od 0 i najviše 25 km.
error-help-minutes-out-of-range = Broj minuta mora biti najmanje 1 i ne smije premašiti vremenski okvir zahtjeva.
error-request-closed = Ovaj je zahtjev već završen.
error-request-not-open = Ovaj zahtjev više ne prima ponude.
error-request-not-accepted = Za ovaj zahtjev još nije prihvaćena nijedna ponuda.
error-taken-offer = Već ste ponudili pomoć za ovaj zahtjev.
error-taken-completed = Ovaj je zahtjev već označen kao obavljen.
error-unknown-request = Takav zahtjev ne postoji.
error-unknown-offer = Takva ponuda ne postoji ili više nije otvorena.
error-unknown-category = Takva kategorija pomoći ne postoji.
