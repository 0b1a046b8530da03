# Registrering, inloggning och utloggning; kontosidan.

sign-up-title = Skapa ditt konto
sign-up-intro = Det tar en minut. Vi frågar bara efter det vi behöver.
sign-up-submit = Skapa mitt konto
sign-up-have-account = Har du redan ett konto?
sign-in-title = Logga in
sign-in-submit = Logga in
sign-in-no-account = Ny här?

field-display-name = Ditt namn
field-display-name-hint = Namnet som andra ser.
field-email = E-postadress
field-password = Lösenord
field-password-hint = Minst 10 tecken. Några ord som du kommer ihåg fungerar bra.
field-birth-date = Födelsedatum (valfritt)
field-birth-date-hint = Vissa aktiviteter har en lägsta ålder. Vi använder det bara för att kontrollera det.
field-language = Språk
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
field-password-confirm = Ditt lösenord, för att bekräfta

account-title = Mitt konto
account-platforms = Mina plattformar
account-no-platforms = Du har inte gått med i någon plattform än.
account-language = Språk
account-language-submit = Spara språk
account-password = Byt lösenord
account-password-submit = Byt lösenord
account-tokens = Åtkomst för appar
account-tokens-intro = Appar och skript som agerar åt dig använder de här nycklarna. Återkalla dem som du inte längre använder.
account-no-tokens = Ingen app har åtkomst.
account-token-revoked = återkallad
account-token-revoke = Återkalla
account-calendar = Kalender
account-calendar-intro = Dina bekräftade pass kan visas i kalenderappen som du redan använder, i mobilen eller datorn. Prenumerera där på din privata kalenderlänk (”lägg till kalender från en webbadress”): appen kontrollerar den själv och visar nya pass, ändringar och inställda pass.
account-calendar-link = Din privata kalenderlänk
account-calendar-link-hint = Kopiera den till din kalenderapp nu. För din säkerhet sparar vi den inte, så vi kan inte visa den igen.
account-calendar-active = Du har en privat kalenderlänk. Om du har tappat bort den kan du skapa en ny.
account-calendar-none = Du har ingen privat kalenderlänk än.
account-calendar-secret = Alla som har länken kan se dina pass, så behåll den för dig själv. Om någon annan har fått tag på den, skapa en ny: den gamla länken slutar fungera direkt.
account-calendar-create = Skapa min privata länk
account-calendar-replace = Skapa en ny länk
account-calendar-revoke = Stäng av min länk
account-calendar-download = Ladda ner mina pass som kalenderfil
account-data = Mina uppgifter
account-data-intro = Ladda ner allt som den här plattformen lagrar om dig, i en fil som andra program kan läsa.
account-data-download = Ladda ner mina uppgifter
account-delete = Radera mitt konto
account-delete-intro = Ditt namn, din e-postadress och ditt födelsedatum raderas och du kan inte längre logga in. Det du har gjort för andra finns kvar i historiken, utan ditt namn. Det går inte att ångra.
account-delete-submit = Radera mitt konto för gott

notice-welcome = Välkommen! Ditt konto är klart.
notice-signed-out = Du är utloggad. Vi ses snart!
notice-account-deleted = Ditt konto har raderats.
notice-password-changed = Ditt lösenord har ändrats. Du har loggats ut på alla andra ställen.
notice-language-changed = Ditt språk har sparats.
notice-token-revoked = Nyckeln har återkallats.
notice-calendar-created = Din privata kalenderlänk är klar: kopiera den nu från avsnittet Kalender.
notice-calendar-revoked = Din privata kalenderlänk är avstängd. Kalenderappar som använde den får inte längre dina pass.

# Det privata kalenderflödet, som läses av kalenderappar.
error-unknown-calendar-feed = Det finns ingen kalender på den här adressen. Länken kan ha stängts av eller ersatts.
problem-host-missing = Begäran anger inte vilken webbplats den gäller (Host-huvudet saknas eller är felaktigt).
account-birth-date = Födelsedatum
account-birth-date-submit = Spara födelsedatum
notice-birth-date-saved = Ditt födelsedatum har sparats.

## Namn, telefon och e-postadress på kontosidan
account-details = Ditt namn och telefonnummer
account-details-submit = Spara namn och telefon
field-phone = Telefonnummer (valfritt)
field-phone-hint = Bara samordnarna för de pass du anmäler dig till ser det, så att de kan nå dig om ett pass.
notice-details-saved = Ditt namn och telefonnummer har sparats.
account-email = E-postadress
account-email-current = Du loggar in med { $email }.
account-email-unconfirmed = Den här adressen är inte bekräftad än. Öppna länken som vi skickade dit: tills dess kan vi inte skicka någon e-post till dig.
account-email-pending = Du har bett att få använda { $email } i stället. Öppna länken som vi skickade dit; tills dess loggar du fortfarande in med din nuvarande adress.
account-email-resend = Skicka länken igen
account-email-have-code = Jag har en kod från mejlet
account-email-change = Byt min e-postadress
account-email-how = Vi skickar en länk till den nya adressen. Den ersätter den nuvarande först när du öppnar länken.
field-new-email = Ny e-postadress
field-email-password = Ditt lösenord, för att bekräfta
account-email-submit = Skicka länken
notice-email-link-sent = Vi har skickat en länk till dig. Öppna den från din inkorg för att bekräfta adressen.
notice-email-confirmed = Din e-postadress är bekräftad.
banner-email-unconfirmed = Bekräfta din e-postadress { $email }: öppna länken som vi skickade till dig. Tills dess kan vi inte skicka någon e-post till dig.
banner-email-unconfirmed-link = Har du inte fått den?

## Bekräfta en adress med länken i mejlet
email-confirm-title = Bekräfta din e-postadress
email-confirm-text = Är { $email } din adress? Tryck på knappen för att bekräfta den: ditt konto använder den för inloggning och för e-post.
email-confirm-submit = Ja, bekräfta min adress
field-confirm-code = Kod från mejlet
field-confirm-code-hint = Klistra in den långa koden från mejlet som vi skickade till dig.
email-confirmed-title = Din adress är bekräftad
email-confirmed-text = Från och med nu skickar vi din e-post till { $email }, och du loggar in med den.
email-confirmed-continue = Fortsätt
email-confirm-expired-title = Den här länken fungerar inte längre
email-confirm-expired-text = En länk för att bekräfta en adress fungerar en gång, i { $days } dagar. Be om en ny från din kontosida: det tar en minut.
email-confirm-ask-again = Be om en ny länk
email-confirm-taken-title = Den här adressen används redan
email-confirm-taken-text = Ett annat konto använder nu { $email }, så den kan inte vara din också. Ditt konto behåller den adress det hade.

## Mejlet med länken
mail-confirm-subject = Bekräfta din e-postadress
mail-confirm-body = Välkommen till Entraide! Bekräfta att den här adressen är din, så får du nyheter om dina pass och dina grannars förfrågningar via e-post.
mail-confirm-new-body = Du har bett att få använda den här adressen för ditt Entraide-konto. Bekräfta den för att logga in med den och få din e-post hit.
mail-confirm-link = Öppna den här länken inom 7 dagar för att bekräfta den:
mail-confirm-code = För att bekräfta den: logga in på webbplatsen, öppna ”Mitt konto”, välj ”Jag har en kod från mejlet” och klistra in den här koden inom 7 dagar:
mail-confirm-ignore = Om du inte har bett om det här kan du strunta i det här mejlet: ingenting ändras.
mail-confirm-footer = Du får det här mejlet eftersom den här adressen angavs för ett konto på Entraide.

## Mejlet till en adress som ett konto inte längre använder
mail-email-changed-subject = Din e-postadress har ändrats
mail-email-changed-body = Ditt Entraide-konto använder inte längre { $previous }: från och med nu loggar du in med { $email }, och din e-post skickas dit.
mail-email-changed-not-you = Om det inte var du som gjorde det här kanske någon annan använder ditt konto. Skriv genast till teamet på din plattform: de kan hjälpa dig att få tillbaka det.
mail-email-changed-footer = Du får det här mejlet eftersom den här adressen hörde till ett konto på Entraide.
