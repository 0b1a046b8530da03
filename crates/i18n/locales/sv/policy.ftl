## En plattforms integritetspolicy och villkor
policy-title = Integritetspolicy och villkor
policy-of = Integritetspolicy och villkor för { $platform }
policy-version = Version { $version }, publicerad { $date }.
policy-standard-note = Det här är standardtexten: plattformens team har inte skrivit en egen än.
policy-accept = Jag har läst och godkänner integritetspolicyn och villkoren för { $platform }
policy-read = Läs integritetspolicyn och villkoren
sign-up-privacy = Vi sparar ditt namn och din e-postadress för att sköta ditt konto och delar dem aldrig med någon. Varje plattform visar dig sin integritetspolicy och sina villkor innan du går med i den.
sign-up-join-accept = Gå också med i { $platform } för att kunna anmäla dig till dess aktiviteter. Jag godkänner dess integritetspolicy och villkor.
policy-edit-link = Redigera integritetspolicyn och villkoren
policy-edit-title = Redigera integritetspolicyn och villkoren
policy-edit-intro = Skriv texten som människor godkänner när de går med i { $platform }, på alla språk du vill. Där ett språk saknar text får läsarna texten på plattformens språk. När du sparar publiceras en ny version: de som går med från och med då godkänner den.
policy-edit-written = Skriven på: { $languages }.
policy-edit-choose = Skriv på det här språket
field-policy-language = Språk
field-policy-body = Text
field-policy-body-hint = Skilj stycken åt med en tom rad. Lämna fältet tomt för att ta bort det här språket.
policy-edit-save = Publicera den här versionen
notice-policy-published = Den nya versionen är publicerad.
error-policy-not-accepted = Kryssa i den här rutan för att gå med: den betyder att du godkänner integritetspolicyn och villkoren.
error-taken-policy = En annan version publicerades i samma ögonblick. Försök igen.

## Standardtexten, tills en plattform skriver en egen
policy-standard-who = { $platform } driver den här webbplatsen så att grannar kan hjälpa varandra och göra frivilliga insatser för lokala organisationer. Här står vad vi sparar om dig, vem som ser det och de få regler som gör det här till en trygg plats.
policy-standard-kept = Vad vi sparar: ditt namn, din e-postadress, ditt lösenord (bara i en form som ingen kan läsa tillbaka) och det du själv väljer att lägga till: ett telefonnummer, ditt födelsedatum, din volontärprofil, dina anmälningar och timmar, dina förfrågningar, erbjudanden och meddelanden.
policy-standard-seen = Vem som ser det: andra ser ditt namn. Samordnarna för ett pass du anmäler dig till ser din e-postadress och ditt telefonnummer. Den exakta adressen i en förfrågan om hjälp visas bara för den hjälpare som den som bad om hjälp har tackat ja till. Ett samtal läses bara av de två som deltar i det, och av plattformens team om någon av dem anmäler det.
policy-standard-never = Vad vi aldrig gör: säljer eller lämnar ut dina uppgifter, visar reklam eller skickar din adress till andra tjänster. Vi skickar bara e-post till dig om det du gör här.
policy-standard-rights = Dina rättigheter: på din kontosida kan du när som helst ladda ner allt vi sparar om dig, rätta det eller radera ditt konto. Det du har gjort fram till dess finns kvar i historiken, utan ditt namn.
policy-standard-rules = Reglerna: var vänlig och ärlig, respektera andras integritet och be aldrig om pengar för hjälp som ges här. Teamet kan dölja det som bryter mot reglerna och stänga av konton som gör det.
policy-standard-questions = Frågor? Fråga teamet som driver { $platform }.
