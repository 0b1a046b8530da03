# Fouten: titels van problemen (API en pagina's) en meldingen per foutcode.

problem-invalid-input = Er ontbreekt informatie of er klopt iets niet
problem-malformed = Het verzoek kon niet worden gelezen
problem-json-expected = Stuur de inhoud als JSON, met het Content-Type application/json.
problem-object-expected = De inhoud moet een JSON-object zijn.
problem-conflict = Dit bestaat al
problem-unauthenticated = Log eerst in
problem-forbidden = Je mag dit niet doen
problem-not-found = Niet gevonden
problem-refused = Deze wijziging is niet mogelijk
problem-too-many-requests = Te veel pogingen
problem-retry-after = Wacht { $seconds ->
    [one] één seconde
   *[other] { $seconds } seconden
} voordat je het opnieuw probeert.
problem-internal = Er ging bij ons iets mis

page-forbidden = Met je rol op dit platform kan dit niet.
page-internal = Sorry, er ging bij ons iets mis. Probeer het zo meteen opnieuw.
page-form-expired = Dit formulier is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.

error-required = Vul dit in.
error-too-long = Dit is te lang.
error-type = Deze waarde heeft het verkeerde type: { $detail }
error-email-malformed = Vul een e-mailadres in zoals name@example.org.
error-password-too-short = Het wachtwoord moet minstens 10 tekens hebben.
error-password-wrong = Dit wachtwoord is niet juist.
error-credentials-wrong = Het e-mailadres of het wachtwoord is niet juist.
error-date-malformed = Vul een datum in zoals 1990-04-23.
error-birth-date-implausible = Controleer de geboortedatum: die kan niet in de toekomst of vóór 1900 liggen.
error-locale-unknown = Deze taal is niet beschikbaar.
error-slug-length = Gebruik tussen 2 en 40 tekens.
error-slug-characters = Gebruik alleen kleine letters, cijfers en koppeltekens, en begin of eindig niet met een koppelteken.
error-latitude-out-of-range = De breedtegraad moet tussen -90 en 90 liggen.
error-longitude-out-of-range = De lengtegraad moet tussen -180 en 180 liggen.
error-coordinates-malformed = Schrijf het punt als breedtegraad,lengtegraad, bijvoorbeeld 50.85,4.35.
error-organisation-kind-unknown = Kies een van de soorten organisaties.
error-role-unknown = Deze rol bestaat niet.
error-account-unknown = Niemand heeft nog een account met dit e-mailadres.
error-platform-unknown = Er is geen platform met dit adres.
error-last-admin = Een organisatie heeft minstens één beheerder nodig. Voeg eerst een andere beheerder toe.
error-taken-email = Er bestaat al een account met dit e-mailadres.
error-taken-slug = Een ander platform gebruikt dit adres al.
error-taken-member = Deze persoon is al lid.
error-unknown-platform = Dit platform bestaat niet.
error-unknown-organisation = Deze organisatie bestaat niet.
error-unknown-account = Dit account bestaat niet.
error-unknown-token = Deze sleutel bestaat niet.
error-unknown-member = Deze persoon is geen lid.
error-unknown-page = Er staat niets op dit adres.
error-unknown-parent = Dit bovenliggende platform bestaat niet.
error-time-zone-unknown = Deze tijdzone bestaat niet. Gebruik een naam zoals Europe/Brussels.
