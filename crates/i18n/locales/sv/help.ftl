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
