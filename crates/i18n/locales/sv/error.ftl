# Fel: problemrubriker (API och sidor) och meddelanden för varje felkod.

problem-invalid-input = Vissa uppgifter saknas eller är felaktiga
problem-malformed = Begäran kunde inte läsas
problem-json-expected = Skicka JSON i begärans innehåll med Content-Type application/json.
problem-object-expected = Innehållet måste vara ett JSON-objekt.
problem-conflict = Det här finns redan
problem-unauthenticated = Logga in
problem-forbidden = Du har inte behörighet att göra det här
problem-not-found = Hittades inte
problem-refused = Den här ändringen är inte möjlig
problem-too-many-requests = För många försök
problem-retry-after = Vänta { $seconds ->
    [one] en sekund
   *[other] { $seconds } sekunder
} innan du försöker igen.
problem-internal = Något gick fel hos oss

page-forbidden = Din roll på den här plattformen tillåter inte detta.
page-internal = Vi ber om ursäkt: något gick fel hos oss. Försök igen om en stund.
page-form-expired = Formuläret har gått ut. Gå tillbaka, ladda om sidan och försök igen.

error-required = Fyll i det här.
error-too-long = Det här är för långt.
error-type = Värdet har fel typ: { $detail }
error-email-malformed = Ange en e-postadress som name@example.org.
error-password-too-short = Lösenordet måste ha minst 10 tecken.
error-password-wrong = Lösenordet är inte rätt.
error-credentials-wrong = E-postadressen eller lösenordet är inte rätt.
error-date-malformed = Ange ett datum som 1990-04-23.
error-birth-date-implausible = Kontrollera födelsedatumet: det kan inte ligga i framtiden eller före 1900.
error-locale-unknown = Det här språket är inte tillgängligt.
error-slug-length = Använd mellan 2 och 40 tecken.
error-slug-characters = Använd bara små bokstäver, siffror och bindestreck, och börja eller sluta inte med ett bindestreck.
error-latitude-out-of-range = Latituden måste vara mellan -90 och 90.
error-longitude-out-of-range = Longituden måste vara mellan -180 och 180.
error-coordinates-malformed = Skriv punkten som latitud,longitud, till exempel 50.85,4.35.
error-organisation-kind-unknown = Välj en av organisationstyperna.
error-role-unknown = Den här rollen finns inte.
error-account-unknown = Ingen har ett konto med den här e-postadressen än.
error-platform-unknown = Det finns ingen plattform med den här adressen.
error-last-admin = En organisation behöver minst en administratör. Lägg först till en annan administratör.
error-taken-email = Det finns redan ett konto med den här e-postadressen.
error-taken-slug = En annan plattform använder redan den här adressen.
error-taken-member = Den här personen är redan medlem.
error-unknown-platform = Den plattformen finns inte.
error-unknown-organisation = Den organisationen finns inte.
error-unknown-account = Det kontot finns inte.
error-unknown-token = Den nyckeln finns inte.
error-unknown-member = Den här personen är inte medlem.
error-unknown-page = Det finns inget på den här adressen.
error-unknown-parent = Den överordnade plattformen finns inte.
error-time-zone-unknown = Den här tidszonen finns inte. Använd ett namn som Europe/Brussels.
