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
error-term-kind-unknown = Vyberte zručnosť alebo oblasť.
error-term-code-invalid = Použite 2 až 40 malých písmen, číslic a spojovníkov, napríklad first-aid.
error-term-in-use = Túto položku ešte používa niektorá príležitosť.
error-status-unknown = Vyberte koncept, zverejnené alebo uzavreté.
error-min-age-out-of-range = Minimálny vek musí byť medzi 0 a 99.
error-datetime-malformed = Zadajte dátum a čas v tvare 2026-12-01T14:00:00+01:00.
error-time-malformed = Zadajte čas v tvare 14:00.
error-shift-ends-before-start = Koniec musí byť až po začiatku.
error-slots-out-of-range = Termín potrebuje 1 až 10000 miest.
error-frequency-unknown = Vyberte denne alebo týždenne.
error-series-without-end = Opakované termíny potrebujú posledný deň.
error-series-ends-before-start = Posledný deň musí byť až po prvom.
error-series-too-long = Opakovaním sa dá vytvoriť najviac 400 termínov.
error-series-empty = Po odpočítaní týchto dní a výnimiek nezostáva žiadny termín.
error-weekday-out-of-range = Dni v týždni sú od 1 (pondelok) do 7 (nedeľa).
error-birth-date-needed = Táto aktivita má minimálny vek: najprv si, prosím, do účtu doplňte dátum narodenia.
error-too-young = Nespĺňate minimálny vek pre túto aktivitu.
error-minutes-out-of-range = Zadajte 1 minútu až 24 hodín.
error-day-in-future = Tento deň ešte nenastal.
error-slots-below-taken = Potvrdených ľudí je už viac, než je tento počet miest.
error-shift-cancelled = Tento termín bol zrušený.
error-shift-past = Tento termín sa už začal; zápis je uzavretý.
error-shift-not-started = Účasť sa dá zaznamenať, až keď sa termín začne.
error-signup-ended = Táto prihláška sa už skončila.
error-signup-not-confirmed = Ako prítomných alebo neprítomných možno označiť len potvrdených ľudí.
error-report-decided = Tieto hodiny už boli potvrdené alebo zamietnuté.
error-opportunity-not-open = Táto príležitosť neprijíma prihlášky.
error-skill-unknown = Táto zručnosť nie je v zozname platformy.
error-cause-unknown = Táto oblasť nie je v zozname platformy.
error-taken-signup = Na tento termín ste už zapísaní.
error-unknown-term = Taká zručnosť ani oblasť neexistuje.
error-unknown-opportunity = Taká príležitosť neexistuje.
error-unknown-shift = Taký termín neexistuje.
error-unknown-signup = Taká prihláška neexistuje.
error-unknown-report = Také hlásenie hodín neexistuje.
error-term-code-taken = Tento kód už v zozname je. Premenujte radšej tamojšiu položku.
error-radius-out-of-range = Zadajte vzdialenosť od 0 do 500 km.
error-limit-out-of-range = Požiadajte o 1 až 100 výsledkov na stránku.
error-near-needed-for-distance = Ak chcete zoradiť podľa vzdialenosti, uveďte, v blízkosti ktorého miesta.
error-sort-unknown = Vyberte zoradenie od najbližšieho termínu alebo od najbližšieho miesta.
error-cursor-invalid = Tento odkaz na stránku už neplatí. Začnite hľadať znova.
