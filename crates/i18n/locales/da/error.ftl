# Fejl: problemtitler (API og sider) og beskeder for hver fejlkode.

problem-invalid-input = Nogle oplysninger mangler eller er forkerte
problem-malformed = Forespørgslen kunne ikke læses
problem-json-expected = Send JSON i forespørgslens indhold med Content-Type application/json.
problem-object-expected = Indholdet skal være et JSON-objekt.
problem-conflict = Dette findes allerede
problem-unauthenticated = Log venligst ind
problem-forbidden = Du har ikke lov til at gøre dette
problem-not-found = Ikke fundet
problem-refused = Denne ændring er ikke mulig
problem-too-many-requests = For mange forsøg
problem-retry-after = Vent venligst { $seconds ->
    [one] et sekund
   *[other] { $seconds } sekunder
}, før du prøver igen.
problem-internal = Noget gik galt hos os

page-forbidden = Din rolle på denne platform tillader ikke dette.
page-internal = Vi beklager: Noget gik galt hos os. Prøv igen om et øjeblik.
page-form-expired = Denne formular er udløbet. Gå tilbage, genindlæs siden, og prøv igen.

error-required = Udfyld venligst dette felt.
error-too-long = Dette er for langt.
error-type = Denne værdi har den forkerte type: { $detail }
error-email-malformed = Indtast en e-mailadresse som name@example.org.
error-password-too-short = Adgangskoden skal have mindst 10 tegn.
error-password-wrong = Adgangskoden er ikke korrekt.
error-credentials-wrong = E-mailadressen eller adgangskoden er ikke korrekt.
error-date-malformed = Indtast en dato som 1990-04-23.
error-birth-date-implausible = Tjek fødselsdatoen: Den kan ikke ligge i fremtiden eller før 1900.
error-locale-unknown = Dette sprog er ikke tilgængeligt.
error-slug-length = Brug mellem 2 og 40 tegn.
error-slug-characters = Brug kun små bogstaver, tal og bindestreger, og start eller slut ikke med en bindestreg.
error-latitude-out-of-range = Breddegraden skal være mellem -90 og 90.
error-longitude-out-of-range = Længdegraden skal være mellem -180 og 180.
error-coordinates-malformed = Skriv punktet som breddegrad,længdegrad, for eksempel 50.85,4.35.
error-organisation-kind-unknown = Vælg en af organisationstyperne.
error-role-unknown = Denne rolle findes ikke.
error-account-unknown = Der er endnu ingen, der har en konto med denne e-mailadresse.
error-platform-unknown = Der er ingen platform med denne adresse.
error-last-admin = En organisation skal have mindst én administrator. Tilføj først en anden administrator.
error-taken-email = Der findes allerede en konto med denne e-mailadresse.
error-taken-slug = En anden platform bruger allerede denne adresse.
error-taken-member = Denne person er allerede medlem.
error-unknown-platform = Denne platform findes ikke.
error-unknown-organisation = Denne organisation findes ikke.
error-unknown-account = Denne konto findes ikke.
error-unknown-token = Denne nøgle findes ikke.
error-unknown-member = Denne person er ikke medlem.
error-unknown-page = Der er intet på denne adresse.
error-unknown-parent = Den overordnede platform findes ikke.
error-time-zone-unknown = Denne tidszone findes ikke. Brug et navn som Europe/Brussels.
