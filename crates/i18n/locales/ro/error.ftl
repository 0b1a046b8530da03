# Erori: titluri de probleme (API și pagini) și mesaje pentru fiecare cod de eroare.

problem-invalid-input = Unele informații lipsesc sau sunt greșite
problem-malformed = Cererea nu a putut fi citită
problem-json-expected = Trimiteți un corp JSON cu Content-Type application/json.
problem-object-expected = Corpul trebuie să fie un obiect JSON.
problem-conflict = Există deja
problem-unauthenticated = Vă rugăm să vă conectați
problem-forbidden = Nu aveți permisiunea să faceți acest lucru
problem-not-found = Nu a fost găsit
problem-refused = Această modificare nu este posibilă
problem-too-many-requests = Prea multe încercări
problem-retry-after = Vă rugăm să așteptați { $seconds ->
    [one] o secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
} înainte de a încerca din nou.
problem-internal = Ceva nu a funcționat de partea noastră

page-forbidden = Rolul dumneavoastră pe această platformă nu permite acest lucru.
page-internal = Ne pare rău: ceva nu a funcționat de partea noastră. Încercați din nou peste câteva momente.
page-form-expired = Acest formular a expirat. Reveniți, reîncărcați pagina și încercați din nou.

error-required = Vă rugăm să completați acest câmp.
error-too-long = Este prea lung.
error-type = Această valoare are un tip greșit: { $detail }
error-email-malformed = Introduceți o adresă de e-mail de forma name@example.org.
error-password-too-short = Parola trebuie să aibă cel puțin 10 caractere.
error-password-wrong = Această parolă nu este corectă.
error-credentials-wrong = Adresa de e-mail sau parola nu este corectă.
error-date-malformed = Introduceți o dată de forma 1990-04-23.
error-birth-date-implausible = Verificați data nașterii: nu poate fi în viitor sau înainte de 1900.
error-locale-unknown = Această limbă nu este disponibilă.
error-slug-length = Folosiți între 2 și 40 de caractere.
error-slug-characters = Folosiți doar litere mici (a–z), cifre și cratime, fără cratimă la început sau la sfârșit.
error-latitude-out-of-range = Latitudinea trebuie să fie între -90 și 90.
error-longitude-out-of-range = Longitudinea trebuie să fie între -180 și 180.
error-coordinates-malformed = Scrieți punctul sub forma latitudine,longitudine, de exemplu 50.85,4.35.
error-organisation-kind-unknown = Alegeți unul dintre tipurile de organizații.
error-role-unknown = Acest rol nu există.
error-account-unknown = Nimeni nu are încă un cont cu această adresă de e-mail.
error-platform-unknown = Nu există nicio platformă cu această adresă.
error-last-admin = O organizație are nevoie de cel puțin un administrator. Adăugați mai întâi un alt administrator.
error-taken-email = Există deja un cont cu această adresă de e-mail.
error-taken-slug = O altă platformă folosește deja această adresă.
error-taken-member = Această persoană este deja membră.
error-unknown-platform = Această platformă nu există.
error-unknown-organisation = Această organizație nu există.
error-unknown-account = Acest cont nu există.
error-unknown-token = Această cheie nu există.
error-unknown-member = Această persoană nu este membră.
error-unknown-page = Nu există nimic la această adresă.
error-unknown-parent = Nu există o astfel de platformă de nivel superior.
error-time-zone-unknown = Acest fus orar nu există. Folosiți un nume de forma Europe/Brussels.
