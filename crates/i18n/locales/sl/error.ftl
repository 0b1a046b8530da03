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
