# Grannhjälp: förfrågningar, erbjudanden, privata trådar och avslut.

error-category-unknown = Välj en av den här plattformens hjälpkategorier.
error-window-ends-before-start = Tidsfönstrets slut måste ligga efter dess början.
error-phone-malformed = Ange ett telefonnummer med 6 till 15 siffror, till exempel +32 470 12 34 56.
error-within-km-out-of-range = Avståndet måste vara mer än 0 och högst 25 km.
error-help-minutes-out-of-range = Antalet minuter måste vara minst 1 och får inte överstiga förfrågans tidsfönster.
error-request-closed = Den här förfrågan är redan avslutad.
error-request-not-open = Den här förfrågan tar inte längre emot erbjudanden.
error-request-not-accepted = Inget erbjudande har godtagits för den här förfrågan än.
error-taken-offer = Du har redan erbjudit dig att hjälpa till med den här förfrågan.
error-taken-completed = Den här förfrågan är redan markerad som klar.
error-unknown-request = Den förfrågan finns inte.
error-unknown-offer = Det erbjudandet finns inte, eller så är det inte längre öppet.
error-unknown-category = Den hjälpkategorin finns inte.

## Sidor för grannhjälp.

help-page-nav = Grannhjälp
help-page-platform-link = Grannhjälp
help-page-list-title = Grannhjälp
help-page-list-intro = Grannar hjälper varandra med små saker. Be om hjälp, eller erbjud din.
help-page-ask-button = Be om hjälp
help-page-mine-link = Mina förfrågningar och erbjudanden
help-page-filters = Välj vilka förfrågningar som ska visas
help-page-field-category-filter = Slags hjälp
help-page-any-category = All slags hjälp
help-page-field-distance = Hur långt bort
help-page-within = Inom { $distance }
help-page-show = Visa
help-page-results = Förfrågningar
help-page-none = Just nu är det ingen som ber om den här sortens hjälp.
help-page-fix-filters = Ändra dina val ovan för att se förfrågningar.
help-page-next-page = Fler förfrågningar
help-page-distance = ungefär { $distance } bort
help-page-area = Området kring { $lat }, { $lon }
help-page-area-unknown = Okänt område
help-page-asked-on = Förfrågan gjord den { $date }

help-page-status-open = Väntar på en hjälpare
help-page-status-accepted = En hjälpare har valts
help-page-status-completed = Klar
help-page-status-cancelled = Avbruten
help-page-offer-open = Du har erbjudit dig att hjälpa till. Väntar på svar.
help-page-offer-accepted = Ditt erbjudande har antagits.
help-page-offer-declined = Någon annan hjälper till den här gången.
help-page-offer-line-open = Väntar på ditt svar
help-page-offer-line-accepted = Antaget
help-page-offer-line-declined = Inte valt

help-page-when = När
help-page-where = Var
help-page-address-private = Den exakta adressen visas bara för den hjälpare som väljs.
help-page-exact-point = Punkt på kartan: { $point }
help-page-requester = Förfrågan från
help-page-on-behalf = För
help-page-consent = Godkänt av { $by } den { $date } ({ $how })
help-page-helper = Hjälpare
help-page-time-given = Given tid
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}
help-page-erased-name = Tidigare medlem
help-page-messages-link = Meddelanden
help-page-sign-in-to-offer = Logga in för att erbjuda hjälp
help-page-join-first = Gå med i den här plattformen för att erbjuda hjälp.
help-page-offer-title = Erbjud hjälp
help-page-field-offer-message = Ett kort meddelande (du kan lämna det tomt)
help-page-field-offer-message-hint = Till exempel: när du kan komma.
help-page-offer-submit = Erbjud hjälp
help-page-offers-title = De som har erbjudit hjälp
help-page-no-offers = Inga erbjudanden än. Vi säger till när någon erbjuder sig.
help-page-accept = Anta
help-page-done-title = Markera som klar
help-page-done-intro = Har du fått hjälpen? Ange hur lång tid det tog. Din hjälpare får tiden som kredit.
help-page-field-minutes = Hur många minuter tog det?
help-page-field-minutes-hint = Från 1 till { $max } minuter. 60 minuter är en timme.
help-page-done-submit = Markera som klar
help-page-cancel-link = Avbryt min förfrågan
help-page-cancel-title = Avbryt min förfrågan
help-page-cancel-question = Vill du avbryta ”{ $title }”?
help-page-cancel-hint = De som har erbjudit hjälp kommer att se att du inte längre behöver den.
help-page-cancel-confirm = Ja, avbryt den
help-page-cancel-keep = Nej, behåll den

help-page-ask-title = Be om hjälp
help-page-join-to-ask = Gå med i den här plattformen för att be om hjälp.
help-page-question-category = Vad behöver du hjälp med?
help-page-next = Nästa
help-page-chosen-category = Du ber om: { $category }
help-page-change-category = Ändra
help-page-section-what = Vad
help-page-field-title = Med några ord
help-page-field-title-hint = Till exempel: Handla i affären på hörnet
help-page-field-description = Berätta mer
help-page-field-description-hint = Vad som behövs, och sådant som hjälparen bör veta.
help-page-section-where = Var
help-page-where-private = Bara hjälparen du väljer ser adressen. Andra ser bara området.
help-page-field-address = Adress
help-page-place-hint = Platsen på kartan hjälper grannar i närheten att hitta din förfrågan. Du kan kopiera de två talen från en kartapp.
help-page-use-my-position = Använd min nuvarande position
help-page-position-failed = Din position kunde inte hittas. Skriv in talen själv i stället.
help-page-section-when = När
help-page-field-from-day = Från (dag)
help-page-field-from-time = Från (klockslag)
help-page-field-until-day = Till (dag)
help-page-field-until-time = Till (klockslag)
help-page-on-behalf-summary = Jag ber om hjälp åt någon annan
help-page-on-behalf-intro = Fyll bara i detta om du ber om hjälp åt en annan person, och har personens godkännande.
help-page-field-on-behalf-name = Personens namn
help-page-field-on-behalf-phone = Personens telefonnummer
help-page-field-on-behalf-phone-hint = Till exempel +32 470 12 34 56
help-page-field-consent-given-by = Vem godkände?
help-page-field-consent-given-by-hint = Personen själv, eller någon som får bestämma åt personen.
help-page-field-consent-day = När godkände de?
help-page-field-consent-how = Hur godkände de?
help-page-field-consent-how-hint = Till exempel: per telefon, personligen, skriftligt.
help-page-ask-submit = Be om hjälp
help-page-ask-cancel = Tillbaka

help-page-messages-title = Meddelanden
help-page-messages-with = Med { $name }
help-page-messages-private = Bara ni två kan läsa de här meddelandena.
help-page-no-messages = Inga meddelanden än.
help-page-message-erased = (meddelandet har tagits bort)
help-page-write-title = Skriv ett meddelande
help-page-field-message = Ditt meddelande
help-page-send = Skicka
help-page-back-to-request = Tillbaka till förfrågan

help-page-mine-title = Mina förfrågningar och erbjudanden
help-page-mine-requests = Det jag har bett om
help-page-mine-no-requests = Du har inte bett om hjälp än.
help-page-mine-offers = Där jag har erbjudit hjälp
help-page-mine-no-offers = Du har inte erbjudit hjälp än.
help-page-mine-see-offers = Se vem som har erbjudit hjälp
help-page-mine-talk-and-finish = Skriv till din hjälpare, eller markera som klar
help-page-mine-talk = Skriv ett meddelande
help-page-mine-offer-done = Du hjälpte till. Tack!

help-page-notice-asked = Din förfrågan är publicerad. Vi säger till när någon erbjuder hjälp.
help-page-notice-offered = Tack! Personen kommer att se ditt erbjudande.
help-page-notice-accepted = Du har antagit erbjudandet. Din hjälpare ser nu adressen.
help-page-notice-cancelled = Din förfrågan är avbruten.
help-page-notice-completed = Klart! Din hjälpare har fått tiden som kredit.
help-page-notice-sent = Ditt meddelande har skickats.
