# Napake: naslovi težav (API in strani) in sporočila za vsako kodo napake.

problem-invalid-input = Nekateri podatki manjkajo ali so napačni
problem-malformed = Zahteve ni bilo mogoče prebrati
problem-json-expected = Pošljite telo v obliki JSON z glavo Content-Type application/json.
problem-object-expected = Telo mora biti objekt JSON.
problem-conflict = To že obstaja
problem-unauthenticated = Prijavite se
problem-forbidden = Tega ne smete storiti
problem-not-found = Ni najdeno
problem-refused = Ta sprememba ni mogoča
problem-too-many-requests = Preveč poskusov
problem-retry-after = Počakajte { $seconds ->
    [one] { $seconds } sekundo
    [two] { $seconds } sekundi
    [few] { $seconds } sekunde
   *[other] { $seconds } sekund
}, preden poskusite znova.
problem-internal = Pri nas je šlo nekaj narobe

page-forbidden = Vaša vloga na tej platformi tega ne dovoljuje.
page-internal = Opravičujemo se: pri nas je šlo nekaj narobe. Poskusite znova čez nekaj trenutkov.
page-form-expired = Ta obrazec je potekel. Vrnite se nazaj, znova naložite stran in poskusite še enkrat.

error-required = Izpolnite to polje.
error-too-long = To je predolgo.
error-type = Ta vrednost je napačnega tipa: { $detail }
error-email-malformed = Vnesite e-poštni naslov, na primer name@example.org.
error-password-too-short = Geslo mora imeti vsaj 10 znakov.
error-password-wrong = To geslo ni pravilno.
error-credentials-wrong = E-poštni naslov ali geslo ni pravilno.
error-date-malformed = Vnesite datum v obliki 1990-04-23.
error-birth-date-implausible = Preverite datum rojstva: ne sme biti v prihodnosti ali pred letom 1900.
error-locale-unknown = Ta jezik ni na voljo.
error-slug-length = Uporabite od 2 do 40 znakov.
error-slug-characters = Uporabite samo male črke (a–z), števke in vezaje; na začetku ali koncu ne sme biti vezaja.
error-latitude-out-of-range = Zemljepisna širina mora biti med -90 in 90.
error-longitude-out-of-range = Zemljepisna dolžina mora biti med -180 in 180.
error-coordinates-malformed = Točko zapišite kot širina,dolžina, na primer 50.85,4.35.
error-organisation-kind-unknown = Izberite eno od vrst organizacij.
error-role-unknown = Ta vloga ne obstaja.
error-account-unknown = S tem e-poštnim naslovom še nihče nima računa.
error-platform-unknown = Platforma s tem naslovom ne obstaja.
error-last-admin = Organizacija potrebuje vsaj enega skrbnika. Najprej dodajte drugega skrbnika.
error-taken-email = Račun s tem e-poštnim naslovom že obstaja.
error-taken-slug = Ta naslov že uporablja druga platforma.
error-taken-member = Ta oseba je že član.
error-unknown-platform = Take platforme ni.
error-unknown-organisation = Take organizacije ni.
error-unknown-account = Takega računa ni.
error-unknown-token = Takega ključa ni.
error-unknown-member = Ta oseba ni član.
error-unknown-page = Na tem naslovu ni ničesar.
error-unknown-parent = Take nadrejene platforme ni.
error-time-zone-unknown = Ta časovni pas ne obstaja. Uporabite ime v obliki Europe/Brussels.
error-term-kind-unknown = Izberite veščino ali področje.
error-term-code-invalid = Uporabite od 2 do 40 malih črk, števk in vezajev, na primer first-aid.
error-term-in-use = To postavko še uporablja ena od priložnosti.
error-status-unknown = Izberite osnutek, objavljeno ali zaprto.
error-min-age-out-of-range = Spodnja starostna meja mora biti med 0 in 99.
error-datetime-malformed = Vnesite datum in čas v obliki 2026-12-01T14:00:00+01:00.
error-time-malformed = Vnesite čas v obliki 14:00.
error-shift-ends-before-start = Konec mora biti po začetku.
error-slots-out-of-range = Izmena potrebuje od 1 do 10000 mest.
error-frequency-unknown = Izberite vsak dan ali vsak teden.
error-series-without-end = Ponavljajoči se termini potrebujejo zadnji dan.
error-series-ends-before-start = Zadnji dan mora biti po prvem.
error-series-too-long = S ponavljanjem lahko nastane največ 400 izmen.
error-series-empty = Po teh dnevih in izjemah ne ostane nobena izmena.
error-weekday-out-of-range = Dnevi v tednu so od 1 (ponedeljek) do 7 (nedelja).
error-birth-date-needed = Ta dejavnost ima spodnjo starostno mejo: najprej v svoj račun dodajte datum rojstva.
error-too-young = Ne dosegate spodnje starostne meje za to dejavnost.
error-minutes-out-of-range = Vnesite od 1 minute do 24 ur.
error-day-in-future = Ta dan še ni prišel.
error-slots-below-taken = Potrjenih oseb je že več, kot je to število mest.
error-shift-cancelled = Ta izmena je bila odpovedana.
error-shift-past = Ta izmena se je že začela; prijave so zaprte.
error-shift-not-started = Prisotnost lahko označite, ko se izmena začne.
error-signup-ended = Ta prijava se je že končala.
error-signup-not-confirmed = Kot prisotne ali odsotne lahko označite samo potrjene osebe.
error-report-decided = Te ure so bile že potrjene ali zavrnjene.
error-opportunity-not-open = Ta priložnost ne sprejema prijav.
error-skill-unknown = Te veščine ni na seznamu platforme.
error-cause-unknown = Tega področja ni na seznamu platforme.
error-taken-signup = Na to izmeno ste že prijavljeni.
error-unknown-term = Take veščine ali področja ni.
error-unknown-opportunity = Take priložnosti ni.
error-unknown-shift = Take izmene ni.
error-unknown-signup = Take prijave ni.
error-unknown-report = Takega poročila o urah ni.
error-term-code-taken = Ta koda je že na seznamu. Raje tam preimenujte obstoječo postavko.
error-radius-out-of-range = Vnesite razdaljo od 0 do 500 km.
error-limit-out-of-range = Zahtevajte od 1 do 100 rezultatov na stran.
error-near-needed-for-distance = Za razvrščanje po razdalji navedite, blizu katerega kraja.
error-sort-unknown = Izberite razvrščanje po najbližjem terminu ali po najbližjem kraju.
error-cursor-invalid = Ta povezava do strani ni več veljavna. Začnite iskanje znova.
