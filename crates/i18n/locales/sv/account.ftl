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
sign-up-join = Gå också med i { $platform } för att kunna anmäla dig till dess aktiviteter
