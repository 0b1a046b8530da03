# Vead: probleemide pealkirjad (API ja lehed) ning teated iga veakoodi kohta.

problem-invalid-input = Mõned andmed puuduvad või on valed
problem-malformed = Päringut ei õnnestunud lugeda
problem-json-expected = Saada päringu sisu JSON-vormingus päisega Content-Type application/json.
problem-object-expected = Päringu sisu peab olema JSON-objekt.
problem-conflict = See on juba olemas
problem-unauthenticated = Palun logi sisse
problem-forbidden = Sul ei ole lubatud seda teha
problem-not-found = Ei leitud
problem-refused = See muudatus ei ole võimalik
problem-too-many-requests = Liiga palju katseid
problem-retry-after = Palun oota { $seconds ->
    [one] üks sekund
   *[other] { $seconds } sekundit
}, enne kui uuesti proovid.
problem-internal = Meie poolel läks midagi valesti

page-forbidden = Sinu roll sellel platvormil ei luba seda.
page-internal = Vabandame: meie poolel läks midagi valesti. Palun proovi hetke pärast uuesti.
page-form-expired = See vorm on aegunud. Palun mine tagasi, laadi leht uuesti ja proovi uuesti.

error-required = Palun täida see väli.
error-too-long = See on liiga pikk.
error-type = Selle väärtuse tüüp on vale: { $detail }
error-email-malformed = Sisesta e-posti aadress kujul name@example.org.
error-password-too-short = Paroolis peab olema vähemalt 10 märki.
error-password-wrong = See parool ei ole õige.
error-credentials-wrong = E-posti aadress või parool ei ole õige.
error-date-malformed = Sisesta kuupäev kujul 1990-04-23.
error-birth-date-implausible = Kontrolli sünniaega: see ei saa olla tulevikus ega enne 1900. aastat.
error-locale-unknown = See keel ei ole saadaval.
error-slug-length = Kasuta 2 kuni 40 märki.
error-slug-characters = Kasuta ainult väiketähti, numbreid ja sidekriipse; sidekriips ei tohi olla alguses ega lõpus.
error-latitude-out-of-range = Laiuskraad peab olema vahemikus -90 kuni 90.
error-longitude-out-of-range = Pikkuskraad peab olema vahemikus -180 kuni 180.
error-coordinates-malformed = Kirjuta punkt kujul laiuskraad,pikkuskraad, näiteks 50.85,4.35.
error-organisation-kind-unknown = Vali üks organisatsiooni liikidest.
error-role-unknown = Sellist rolli ei ole olemas.
error-account-unknown = Selle e-posti aadressiga pole veel kellelgi kontot.
error-platform-unknown = Selle aadressiga platvormi ei ole.
error-last-admin = Organisatsioonil peab olema vähemalt üks administraator. Lisa kõigepealt teine administraator.
error-taken-email = Selle e-posti aadressiga konto on juba olemas.
error-taken-slug = Seda aadressi kasutab juba teine platvorm.
error-taken-member = See inimene on juba liige.
error-unknown-platform = Sellist platvormi ei ole.
error-unknown-organisation = Sellist organisatsiooni ei ole.
error-unknown-account = Sellist kontot ei ole.
error-unknown-token = Sellist võtit ei ole.
error-unknown-member = See inimene ei ole liige.
error-unknown-page = Sellel aadressil pole midagi.
error-unknown-parent = Sellist ülemplatvormi ei ole.
error-time-zone-unknown = Sellist ajavööndit ei ole. Kasuta nime kujul Europe/Brussels.
