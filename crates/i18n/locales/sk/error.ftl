# Chyby: názvy problémov (API a stránky) a správy pre jednotlivé kódy chýb.

problem-invalid-input = Niektoré údaje chýbajú alebo sú nesprávne
problem-malformed = Požiadavku nebolo možné prečítať
problem-json-expected = Pošlite telo vo formáte JSON s hlavičkou Content-Type application/json.
problem-object-expected = Telo musí byť objekt JSON.
problem-conflict = Toto už existuje
problem-unauthenticated = Prihláste sa, prosím
problem-forbidden = Na túto akciu nemáte oprávnenie
problem-not-found = Nenašlo sa
problem-refused = Táto zmena nie je možná
problem-too-many-requests = Príliš veľa pokusov
problem-retry-after = Počkajte, prosím, { $seconds ->
    [one] jednu sekundu
    [few] { $seconds } sekundy
    [many] { $seconds } sekundy
   *[other] { $seconds } sekúnd
} a potom to skúste znova.
problem-internal = Na našej strane sa niečo pokazilo

page-forbidden = Vaša rola na tejto platforme to neumožňuje.
page-internal = Ospravedlňujeme sa: na našej strane sa niečo pokazilo. Skúste to, prosím, o chvíľu znova.
page-form-expired = Platnosť formulára vypršala. Vráťte sa späť, znova načítajte stránku a skúste to ešte raz.

error-required = Vyplňte, prosím, toto pole.
error-too-long = Toto je príliš dlhé.
error-type = Táto hodnota má nesprávny typ: { $detail }
error-email-malformed = Zadajte e-mailovú adresu v tvare name@example.org.
error-password-too-short = Heslo musí mať aspoň 10 znakov.
error-password-wrong = Toto heslo nie je správne.
error-credentials-wrong = E-mailová adresa alebo heslo nie sú správne.
error-date-malformed = Zadajte dátum v tvare 1990-04-23.
error-birth-date-implausible = Skontrolujte dátum narodenia: nemôže byť v budúcnosti ani pred rokom 1900.
error-locale-unknown = Tento jazyk nie je k dispozícii.
error-slug-length = Použite 2 až 40 znakov.
error-slug-characters = Použite len malé písmená (a–z), číslice a spojovníky; na začiatku ani na konci nesmie byť spojovník.
error-latitude-out-of-range = Zemepisná šírka musí byť medzi -90 a 90.
error-longitude-out-of-range = Zemepisná dĺžka musí byť medzi -180 a 180.
error-coordinates-malformed = Zapíšte bod ako šírka,dĺžka, napríklad 50.85,4.35.
error-organisation-kind-unknown = Vyberte jeden z typov organizácie.
error-role-unknown = Táto rola neexistuje.
error-account-unknown = S touto e-mailovou adresou zatiaľ nikto nemá účet.
error-platform-unknown = Platforma s touto adresou neexistuje.
error-last-admin = Organizácia potrebuje aspoň jedného správcu. Najprv pridajte ďalšieho správcu.
error-taken-email = Účet s touto e-mailovou adresou už existuje.
error-taken-slug = Túto adresu už používa iná platforma.
error-taken-member = Táto osoba už je členom.
error-unknown-platform = Taká platforma neexistuje.
error-unknown-organisation = Taká organizácia neexistuje.
error-unknown-account = Taký účet neexistuje.
error-unknown-token = Taký kľúč neexistuje.
error-unknown-member = Táto osoba nie je členom.
error-unknown-page = Na tejto adrese nič nie je.
error-unknown-parent = Taká nadradená platforma neexistuje.
error-time-zone-unknown = Toto časové pásmo neexistuje. Použite názov v tvare Europe/Brussels.
