# Klaidos: problemų pavadinimai (API ir puslapiai) ir pranešimai kiekvienam klaidos kodui.

problem-invalid-input = Trūksta kai kurios informacijos arba ji neteisinga
problem-malformed = Užklausos nepavyko perskaityti
problem-json-expected = Siųskite užklausos turinį JSON formatu su Content-Type application/json.
problem-object-expected = Užklausos turinys turi būti JSON objektas.
problem-conflict = Tai jau yra
problem-unauthenticated = Prisijunkite
problem-forbidden = Jums neleidžiama to daryti
problem-not-found = Nerasta
problem-refused = Šio pakeitimo atlikti negalima
problem-too-many-requests = Per daug bandymų
problem-retry-after = Palaukite { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundes
    [many] { $seconds } sekundės
   *[other] { $seconds } sekundžių
} ir bandykite dar kartą.
problem-internal = Mūsų pusėje įvyko klaida

page-forbidden = Jūsų vaidmuo šioje platformoje to neleidžia.
page-internal = Atsiprašome: mūsų pusėje įvyko klaida. Po akimirkos bandykite dar kartą.
page-form-expired = Šios formos galiojimas baigėsi. Grįžkite atgal, iš naujo įkelkite puslapį ir bandykite dar kartą.

error-required = Užpildykite šį lauką.
error-too-long = Tekstas per ilgas.
error-type = Ši reikšmė yra netinkamo tipo: { $detail }
error-email-malformed = Įveskite el. pašto adresą, pavyzdžiui, name@example.org.
error-password-too-short = Slaptažodį turi sudaryti bent 10 simbolių.
error-password-wrong = Šis slaptažodis neteisingas.
error-credentials-wrong = Neteisingas el. pašto adresas arba slaptažodis.
error-date-malformed = Įveskite datą, pavyzdžiui, 1990-04-23.
error-birth-date-implausible = Patikrinkite gimimo datą: ji negali būti ateityje arba ankstesnė nei 1900 metai.
error-locale-unknown = Ši kalba nepasiekiama.
error-slug-length = Naudokite nuo 2 iki 40 simbolių.
error-slug-characters = Naudokite tik mažąsias raides, skaitmenis ir brūkšnelius; brūkšnelis negali būti pradžioje ar pabaigoje.
error-latitude-out-of-range = Platuma turi būti nuo -90 iki 90.
error-longitude-out-of-range = Ilguma turi būti nuo -180 iki 180.
error-coordinates-malformed = Nurodykite tašką kaip platuma,ilguma, pavyzdžiui, 50.85,4.35.
error-organisation-kind-unknown = Pasirinkite vieną iš organizacijų tipų.
error-role-unknown = Tokio vaidmens nėra.
error-account-unknown = Su šiuo el. pašto adresu dar niekas neturi paskyros.
error-platform-unknown = Šiuo adresu platformos nėra.
error-last-admin = Organizacija turi turėti bent vieną administratorių. Pirmiausia pridėkite kitą administratorių.
error-taken-email = Paskyra su šiuo el. pašto adresu jau yra.
error-taken-slug = Šį adresą jau naudoja kita platforma.
error-taken-member = Šis asmuo jau yra narys.
error-unknown-platform = Tokios platformos nėra.
error-unknown-organisation = Tokios organizacijos nėra.
error-unknown-account = Tokios paskyros nėra.
error-unknown-token = Tokio rakto nėra.
error-unknown-member = Šis asmuo nėra narys.
error-unknown-page = Šiuo adresu nieko nėra.
error-unknown-parent = Tokios aukštesnio lygio platformos nėra.
error-time-zone-unknown = Tokios laiko juostos nėra. Naudokite pavadinimą, pavyzdžiui, Europe/Brussels.
