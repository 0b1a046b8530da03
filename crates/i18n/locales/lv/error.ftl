# Kļūdas: problēmu virsraksti (API un lapas) un ziņojumi katram kļūdas kodam.

problem-invalid-input = Daļa informācijas trūkst vai ir nepareiza
problem-malformed = Pieprasījumu nevarēja nolasīt
problem-json-expected = Sūtiet pieprasījuma saturu JSON formātā ar Content-Type application/json.
problem-object-expected = Pieprasījuma saturam jābūt JSON objektam.
problem-conflict = Tas jau pastāv
problem-unauthenticated = Lūdzu, piesakieties
problem-forbidden = Jums nav atļauts to darīt
problem-not-found = Nav atrasts
problem-refused = Šīs izmaiņas nav iespējamas
problem-too-many-requests = Pārāk daudz mēģinājumu
problem-retry-after = Lūdzu, uzgaidiet { $seconds ->
    [zero] { $seconds } sekundes
    [one] { $seconds } sekundi
   *[other] { $seconds } sekundes
} un tad mēģiniet vēlreiz.
problem-internal = Mūsu pusē radās kļūda

page-forbidden = Jūsu loma šajā platformā to neatļauj.
page-internal = Atvainojiet: mūsu pusē radās kļūda. Lūdzu, pēc brīža mēģiniet vēlreiz.
page-form-expired = Šīs veidlapas derīgums ir beidzies. Lūdzu, atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz.

error-required = Lūdzu, aizpildiet šo lauku.
error-too-long = Tas ir pārāk garš.
error-type = Šai vērtībai ir nepareizs tips: { $detail }
error-email-malformed = Ievadiet e-pasta adresi, piemēram, name@example.org.
error-password-too-short = Parolē jābūt vismaz 10 rakstzīmēm.
error-password-wrong = Šī parole nav pareiza.
error-credentials-wrong = E-pasta adrese vai parole nav pareiza.
error-date-malformed = Ievadiet datumu, piemēram, 1990-04-23.
error-birth-date-implausible = Pārbaudiet dzimšanas datumu: tas nevar būt nākotnē vai pirms 1900. gada.
error-locale-unknown = Šī valoda nav pieejama.
error-slug-length = Izmantojiet no 2 līdz 40 rakstzīmēm.
error-slug-characters = Izmantojiet tikai mazos burtus, ciparus un defises; sākumā un beigās nedrīkst būt defise.
error-latitude-out-of-range = Platumam jābūt no -90 līdz 90.
error-longitude-out-of-range = Garumam jābūt no -180 līdz 180.
error-coordinates-malformed = Ierakstiet punktu formā platums,garums, piemēram, 50.85,4.35.
error-organisation-kind-unknown = Izvēlieties kādu no organizāciju veidiem.
error-role-unknown = Šāda loma nepastāv.
error-account-unknown = Ar šo e-pasta adresi vēl nevienam nav konta.
error-platform-unknown = Ar šo adresi nav nevienas platformas.
error-last-admin = Organizācijai vajag vismaz vienu administratoru. Vispirms pievienojiet vēl vienu administratoru.
error-taken-email = Konts ar šo e-pasta adresi jau pastāv.
error-taken-slug = Šo adresi jau izmanto cita platforma.
error-taken-member = Šī persona jau ir dalībnieks.
error-unknown-platform = Šādas platformas nav.
error-unknown-organisation = Šādas organizācijas nav.
error-unknown-account = Šāda konta nav.
error-unknown-token = Šādas atslēgas nav.
error-unknown-member = Šī persona nav dalībnieks.
error-unknown-page = Šajā adresē nekā nav.
error-unknown-parent = Šādas augstāka līmeņa platformas nav.
error-time-zone-unknown = Šāda laika josla nepastāv. Izmantojiet nosaukumu, piemēram, Europe/Brussels.
