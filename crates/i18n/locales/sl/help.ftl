# Sosedska pomoč: prošnje, ponudbe, zasebne niti in zaključek.

error-category-unknown = Izberite eno od kategorij pomoči te platforme.
error-window-ends-before-start = Konec časovnega okna mora biti po njegovem začetku.
error-phone-malformed = Vnesite telefonsko številko s 6 do 15 števkami, na primer +32 470 12 34 56.
error-within-km-out-of-range = Razdalja mora biti večja od 0 in največ 25 km.
error-help-minutes-out-of-range = Število minut mora biti vsaj 1 in ne sme preseči časovnega okna prošnje.
error-request-closed = Ta prošnja je že končana.
error-request-not-open = Ta prošnja ne sprejema več ponudb.
error-request-not-accepted = Za to prošnjo še ni bila sprejeta nobena ponudba.
error-taken-offer = Pri tej prošnji ste pomoč že ponudili.
error-taken-completed = Ta prošnja je že označena kot opravljena.
error-unknown-request = Take prošnje ni.
error-unknown-offer = Take ponudbe ni ali pa ni več odprta.
error-unknown-category = Take kategorije pomoči ni.
