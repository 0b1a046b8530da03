# Oprettelse, log ind og log ud; kontosiden.

sign-up-title = Opret din konto
sign-up-intro = Det tager et minut. Vi spørger kun om det, vi har brug for.
sign-up-submit = Opret min konto
sign-up-have-account = Har du allerede en konto?
sign-in-title = Log ind
sign-in-submit = Log ind
sign-in-no-account = Ny her?

field-display-name = Dit navn
field-display-name-hint = Det navn, som andre kan se.
field-email = E-mailadresse
field-password = Adgangskode
field-password-hint = Mindst 10 tegn. Et par ord, du kan huske, fungerer godt.
field-birth-date = Fødselsdato (valgfri)
field-birth-date-hint = Nogle aktiviteter har en minimumsalder. Vi bruger den kun til at tjekke det.
field-language = Sprog
field-current-password = Nuværende adgangskode
field-new-password = Ny adgangskode
field-password-confirm = Din adgangskode, til bekræftelse

account-title = Min konto
account-platforms = Mine platforme
account-no-platforms = Du er ikke med på nogen platform endnu.
account-language = Sprog
account-language-submit = Gem sprog
account-password = Skift adgangskode
account-password-submit = Skift adgangskode
account-tokens = Adgang for apps
account-tokens-intro = Apps og programmer, der handler på dine vegne, bruger disse nøgler. Tilbagekald dem, du ikke længere bruger.
account-no-tokens = Ingen app har adgang.
account-token-revoked = tilbagekaldt
account-token-revoke = Tilbagekald
account-calendar = Kalender
account-calendar-intro = Dine bekræftede vagter kan vises i den kalenderapp, du allerede bruger, på din telefon eller computer. Abonner dér på dit private kalenderlink (»tilføj kalender fra en webadresse«): Appen tjekker det selv og viser nye vagter, ændringer og aflysninger.
account-calendar-link = Dit private kalenderlink
account-calendar-link-hint = Kopiér det ind i din kalenderapp nu. Af hensyn til din sikkerhed gemmer vi det ikke, så vi kan ikke vise det igen.
account-calendar-active = Du har et privat kalenderlink. Hvis du har mistet det, så lav et nyt.
account-calendar-none = Du har endnu ikke et privat kalenderlink.
account-calendar-secret = Alle, der har linket, kan se dine vagter, så hold det for dig selv. Hvis en anden har fået fat i det, så lav et nyt: Det gamle link holder straks op med at virke.
account-calendar-create = Lav mit private link
account-calendar-replace = Lav et nyt link
account-calendar-revoke = Slå mit link fra
account-calendar-download = Hent mine vagter som kalenderfil
account-data = Mine data
account-data-intro = Hent alt, hvad denne platform gemmer om dig, i en fil, som andre programmer kan læse.
account-data-download = Hent mine data
account-delete = Slet min konto
account-delete-intro = Dit navn, din e-mailadresse og din fødselsdato slettes, og du kan ikke længere logge ind. Det, du har gjort for andre, bliver i historikken, uden dit navn. Det kan ikke fortrydes.
account-delete-submit = Slet min konto for altid

notice-welcome = Velkommen! Din konto er klar.
notice-signed-out = Du er logget ud. Vi ses snart!
notice-account-deleted = Din konto er blevet slettet.
notice-password-changed = Din adgangskode er blevet ændret. Du er blevet logget ud alle andre steder.
notice-language-changed = Dit sprog er blevet gemt.
notice-token-revoked = Nøglen er blevet tilbagekaldt.
notice-calendar-created = Dit private kalenderlink er klar: Kopiér det nu fra afsnittet Kalender.
notice-calendar-revoked = Dit private kalenderlink er slået fra. Kalenderapps, der brugte det, får ikke længere dine vagter.

# Det private kalenderfeed, som kalenderapps læser.
error-unknown-calendar-feed = Der er ingen kalender på denne adresse. Linket er måske blevet slået fra eller erstattet.
problem-host-missing = Forespørgslen angiver ikke, hvilket websted den er til (Host-headeren mangler eller er forkert udformet).
account-birth-date = Fødselsdato
account-birth-date-submit = Gem fødselsdato
notice-birth-date-saved = Din fødselsdato er blevet gemt.

## Navn, telefon og e-mailadresse på kontosiden
account-details = Dit navn og telefonnummer
account-details-submit = Gem navn og telefonnummer
field-phone = Telefonnummer (valgfri)
field-phone-hint = Kun koordinatorerne for de vagter, du tilmelder dig, kan se det, så de kan kontakte dig om en vagt.
notice-details-saved = Dit navn og telefonnummer er blevet gemt.
account-email = E-mailadresse
account-email-current = Du logger ind med { $email }.
account-email-unconfirmed = Denne adresse er ikke bekræftet endnu. Åbn det link, vi har sendt til den: Indtil da kan vi ikke sende dig nogen mails.
account-email-pending = Du har bedt om at bruge { $email } i stedet. Åbn det link, vi har sendt dertil; indtil da logger du fortsat ind med din nuværende adresse.
account-email-resend = Send linket igen
account-email-have-code = Jeg har en kode fra mailen
account-email-change = Skift min e-mailadresse
account-email-how = Vi sender et link til den nye adresse. Den erstatter først den nuværende, når du åbner linket.
field-new-email = Ny e-mailadresse
field-email-password = Din adgangskode, til bekræftelse
account-email-submit = Send linket
notice-email-link-sent = Vi har sendt dig et link. Åbn det fra din indbakke for at bekræfte adressen.
notice-email-confirmed = Din e-mailadresse er bekræftet.
banner-email-unconfirmed = Bekræft venligst din e-mailadresse { $email }: Åbn det link, vi har sendt dig. Indtil da kan vi ikke sende dig nogen mails.
banner-email-unconfirmed-link = Har du ikke fået det?

## Bekræft en adresse med det tilsendte link
email-confirm-title = Bekræft din e-mailadresse
email-confirm-text = Er { $email } din adresse? Tryk på knappen for at bekræfte den: Din konto bruger den til at logge ind og til mails.
email-confirm-submit = Ja, bekræft min adresse
field-confirm-code = Kode fra mailen
field-confirm-code-hint = Indsæt den lange kode fra den mail, vi har sendt dig.
email-confirmed-title = Din adresse er bekræftet
email-confirmed-text = Fra nu af sender vi dine mails til { $email }, og du logger ind med den.
email-confirmed-continue = Fortsæt
email-confirm-expired-title = Dette link virker ikke længere
email-confirm-expired-text = Et link til at bekræfte en adresse virker én gang og i { $days } dage. Bed om et nyt fra din kontoside: Det tager et minut.
email-confirm-ask-again = Bed om et nyt link
email-confirm-taken-title = Denne adresse er allerede i brug
email-confirm-taken-text = En anden konto bruger nu { $email }, så den kan ikke også være din. Din konto beholder den adresse, den havde.

## Mailen med linket
mail-confirm-subject = Bekræft din e-mailadresse
mail-confirm-body = Velkommen til Entraide! Bekræft, at denne adresse er din, så du kan få nyt om dine vagter og dine naboers anmodninger på mail.
mail-confirm-new-body = Du har bedt om at bruge denne adresse til din konto på Entraide. Bekræft den for at logge ind med den og få dine mails her.
mail-confirm-link = Åbn dette link inden for 7 dage for at bekræfte den:
mail-confirm-code = For at bekræfte den skal du logge ind på webstedet, åbne »Min konto«, vælge »Jeg har en kode fra mailen« og indsætte denne kode inden for 7 dage:
mail-confirm-ignore = Hvis du ikke har bedt om det, kan du se bort fra denne mail: Intet ændres.
mail-confirm-footer = Du får denne mail, fordi denne adresse er blevet angivet til en konto på Entraide.

## Mailen til en adresse, som en konto ikke længere bruger
mail-email-changed-subject = Din e-mailadresse er blevet ændret
mail-email-changed-body = Din konto på Entraide bruger ikke længere { $previous }: Fra nu af logger du ind med { $email }, og dine mails sendes dertil.
mail-email-changed-not-you = Hvis det ikke var dig, bruger en anden måske din konto. Skriv straks til holdet bag din platform, som kan hjælpe dig med at få den tilbage.
mail-email-changed-footer = Du får denne mail, fordi denne adresse tilhørte en konto på Entraide.
