# Vælg en ny adgangskode, når du har glemt den gamle: siderne og mailen.

password-forgot-link = Har du glemt din adgangskode?
password-forgot-title = Har du glemt din adgangskode?
password-forgot-intro = Skriv e-mailadressen til din konto. Vi sender dig et link, så du kan vælge en ny adgangskode.
password-forgot-submit = Send mig et link
password-have-code = Jeg har en kode fra mailen
password-sent-title = Tjek din mail
password-sent-text = Hvis en konto bruger { $email }, er en mail med et link til at vælge en ny adgangskode på vej. Linket virker i en time.
password-sent-nothing = Ingen mail efter et par minutter? Kig i din spammappe, tjek adressen, eller spørg igen.
password-ask-again = Spørg igen
password-back-to-sign-in = Tilbage til log ind
password-reset-title = Vælg en ny adgangskode
password-reset-for = Til kontoen { $email }.
password-reset-submit = Gem min nye adgangskode
field-reset-code = Kode fra mailen
field-reset-code-hint = Indsæt den lange kode fra den mail, vi har sendt dig.
password-expired-title = Dette link virker ikke længere
password-expired-text = Et link til at vælge en ny adgangskode virker i en time og kun én gang. Bed om et nyt: Det tager et minut.
password-expired-ask = Bed om et nyt link
error-reset-link-expired = Denne kode virker ikke længere: Den er allerede brugt, eller den er mere end en time gammel. Bed om et nyt link.
notice-password-reset = Din nye adgangskode er gemt, og du er logget ind. Du er blevet logget ud alle andre steder.

mail-password-reset-subject = Vælg en ny adgangskode
mail-password-reset-body = Nogen, sikkert dig, har bedt om at vælge en ny adgangskode til din konto.
mail-password-reset-link = Åbn dette link inden for en time for at vælge den (det virker én gang):
mail-password-reset-code = For at vælge den skal du gå til log ind-siden på webstedet, vælge »Har du glemt din adgangskode?«, derefter »Jeg har en kode fra mailen« og indsætte denne kode inden for en time:
mail-password-reset-ignore = Hvis du ikke har bedt om det, kan du se bort fra denne mail: Din adgangskode forbliver, som den er.
mail-password-reset-footer = Du får denne mail, fordi der er bedt om en ny adgangskode til kontoen med denne adresse.
