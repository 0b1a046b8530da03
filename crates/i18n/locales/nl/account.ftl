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
account-calendar = Agenda
account-calendar-intro = Je bevestigde diensten kunnen verschijnen in de agenda-app die je al gebruikt, op je telefoon of computer. Abonneer je daar op je privé-agendalink (“agenda toevoegen via een webadres”): de app controleert die zelf en toont nieuwe diensten, wijzigingen en annuleringen.
account-calendar-link = Je privé-agendalink
account-calendar-link-hint = Kopieer hem nu naar je agenda-app. Voor je veiligheid bewaren we hem niet, dus we kunnen hem niet opnieuw tonen.
account-calendar-active = Je hebt een privé-agendalink. Ben je hem kwijt, maak dan een nieuwe aan.
account-calendar-none = Je hebt nog geen privé-agendalink.
account-calendar-secret = Iedereen die de link heeft, kan je diensten zien, dus houd hem voor jezelf. Heeft iemand anders hem gekregen, maak dan een nieuwe aan: de oude link werkt dan meteen niet meer.
account-calendar-create = Mijn privélink aanmaken
account-calendar-replace = Een nieuwe link aanmaken
account-calendar-revoke = Mijn link uitschakelen
account-calendar-download = Mijn diensten downloaden als agendabestand
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
notice-calendar-created = Je privé-agendalink is klaar: kopieer hem nu in het onderdeel Agenda.
notice-calendar-revoked = Je privé-agendalink is uitgeschakeld. Agenda-apps die hem gebruikten, krijgen je diensten niet meer.

# De privé-agendafeed, die agenda-apps uitlezen.
error-unknown-calendar-feed = Op dit adres staat geen agenda. De link is misschien uitgeschakeld of vervangen.
problem-host-missing = Het verzoek vermeldt niet voor welke site het bedoeld is (de Host-header ontbreekt of is ongeldig).
account-birth-date = Geboortedatum
account-birth-date-submit = Geboortedatum opslaan
notice-birth-date-saved = Je geboortedatum is opgeslagen.
sign-up-join = Word ook lid van { $platform }, om je daar voor activiteiten in te schrijven
