# Pogreške: naslovi problema (API i stranice) i poruke za svaki kôd pogreške.

problem-invalid-input = Neki podaci nedostaju ili su pogrešni
problem-malformed = Zahtjev nije moguće pročitati
problem-json-expected = Pošaljite tijelo u formatu JSON sa zaglavljem Content-Type application/json.
problem-object-expected = Tijelo mora biti JSON objekt.
problem-conflict = Ovo već postoji
problem-unauthenticated = Prijavite se
problem-forbidden = Nemate dopuštenje za ovo
problem-not-found = Nije pronađeno
problem-refused = Ova promjena nije moguća
problem-too-many-requests = Previše pokušaja
problem-retry-after = Pričekajte { $seconds ->
    [one] { $seconds } sekundu
    [few] { $seconds } sekunde
   *[other] { $seconds } sekundi
} prije ponovnog pokušaja.
problem-internal = Nešto je pošlo po zlu kod nas

page-forbidden = Vaša uloga na ovoj platformi to ne dopušta.
page-internal = Žao nam je: nešto je pošlo po zlu kod nas. Pokušajte ponovno za trenutak.
page-form-expired = Ovaj je obrazac istekao. Vratite se, ponovno učitajte stranicu i pokušajte opet.

error-required = Ispunite ovo polje.
error-too-long = Ovo je predugačko.
error-type = Ova vrijednost je pogrešnog tipa: { $detail }
error-email-malformed = Unesite adresu e-pošte poput name@example.org.
error-password-too-short = Lozinka mora imati najmanje 10 znakova.
error-password-wrong = Ova lozinka nije točna.
error-credentials-wrong = Adresa e-pošte ili lozinka nije točna.
error-date-malformed = Unesite datum poput 1990-04-23.
error-birth-date-implausible = Provjerite datum rođenja: ne može biti u budućnosti ni prije 1900. godine.
error-locale-unknown = Ovaj jezik nije dostupan.
error-slug-length = Upotrijebite od 2 do 40 znakova.
error-slug-characters = Koristite samo mala slova (a–z), znamenke i crtice, bez crtice na početku ili na kraju.
error-latitude-out-of-range = Geografska širina mora biti između -90 i 90.
error-longitude-out-of-range = Geografska dužina mora biti između -180 i 180.
error-coordinates-malformed = Upišite točku kao širina,dužina, na primjer 50.85,4.35.
error-organisation-kind-unknown = Odaberite jednu od vrsta organizacije.
error-role-unknown = Ova uloga ne postoji.
error-account-unknown = Još nitko nema račun s ovom adresom e-pošte.
error-platform-unknown = Ne postoji platforma s ovom adresom.
error-last-admin = Organizacija treba barem jednog administratora. Najprije dodajte drugog administratora.
error-taken-email = Račun s ovom adresom e-pošte već postoji.
error-taken-slug = Ovu adresu već koristi druga platforma.
error-taken-member = Ova je osoba već član.
error-unknown-platform = Takva platforma ne postoji.
error-unknown-organisation = Takva organizacija ne postoji.
error-unknown-account = Takav račun ne postoji.
error-unknown-token = Takav ključ ne postoji.
error-unknown-member = Ova osoba nije član.
error-unknown-page = Na ovoj adresi nema ničega.
error-unknown-parent = Takva nadređena platforma ne postoji.
error-time-zone-unknown = Ova vremenska zona ne postoji. Upotrijebite naziv poput Europe/Brussels.
