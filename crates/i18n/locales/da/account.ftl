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
