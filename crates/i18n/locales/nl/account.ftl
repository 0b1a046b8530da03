# Registreren, inloggen en uitloggen; de accountpagina.

sign-up-title = Maak je account aan
sign-up-intro = Het duurt maar een minuutje. We vragen alleen wat we nodig hebben.
sign-up-submit = Mijn account aanmaken
sign-up-have-account = Heb je al een account?
sign-in-title = Inloggen
sign-in-submit = Inloggen
sign-in-no-account = Nieuw hier?

field-display-name = Je naam
field-display-name-hint = De naam die anderen te zien krijgen.
field-email = E-mailadres
field-password = Wachtwoord
field-password-hint = Minstens 10 tekens. Een paar woorden die je goed kunt onthouden, werken prima.
field-birth-date = Geboortedatum (optioneel)
field-birth-date-hint = Voor sommige activiteiten geldt een minimumleeftijd. We gebruiken je geboortedatum alleen om dat te controleren.
field-language = Taal
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
field-password-confirm = Je wachtwoord, ter bevestiging

account-title = Mijn account
account-platforms = Mijn platforms
account-no-platforms = Je bent nog geen lid van een platform.
account-language = Taal
account-language-submit = Taal opslaan
account-password = Wachtwoord wijzigen
account-password-submit = Wachtwoord wijzigen
account-tokens = Toegang voor apps
account-tokens-intro = Apps en scripts die namens jou handelen, gebruiken deze sleutels. Trek de sleutels in die je niet meer gebruikt.
account-no-tokens = Geen enkele app heeft toegang.
account-token-revoked = ingetrokken
account-token-revoke = Intrekken
account-data = Mijn gegevens
account-data-intro = Download alles wat dit platform over jou bewaart, in een bestand dat andere programma's kunnen lezen.
account-data-download = Mijn gegevens downloaden
account-delete = Mijn account verwijderen
account-delete-intro = Je naam, e-mailadres en geboortedatum worden gewist en je kunt niet meer inloggen. Wat je voor anderen hebt gedaan, blijft in de geschiedenis staan, zonder je naam. Dit kan niet ongedaan worden gemaakt.
account-delete-submit = Mijn account definitief verwijderen

notice-welcome = Welkom! Je account is klaar.
notice-signed-out = Je bent uitgelogd. Tot snel!
notice-account-deleted = Je account is verwijderd.
notice-password-changed = Je wachtwoord is gewijzigd. Je bent overal elders uitgelogd.
notice-language-changed = Je taal is opgeslagen.
notice-token-revoked = De sleutel is ingetrokken.
