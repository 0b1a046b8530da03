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

## Naam, telefoon en e-mailadres op de accountpagina
account-details = Je naam en telefoon
account-details-submit = Naam en telefoon opslaan
field-phone = Telefoonnummer (optioneel)
field-phone-hint = Alleen de coördinatoren van de diensten waarvoor je je inschrijft, zien het, om je over een dienst te kunnen bereiken.
notice-details-saved = Je naam en telefoonnummer zijn opgeslagen.
account-email = E-mailadres
account-email-current = Je logt in met { $email }.
account-email-unconfirmed = Dit adres is nog niet bevestigd. Open de link die we ernaartoe hebben gestuurd: tot dan kunnen we je geen e-mail sturen.
account-email-pending = Je hebt gevraagd om voortaan { $email } te gebruiken. Open de link die we daarheen hebben gestuurd; tot dan log je nog in met je huidige adres.
account-email-resend = De link opnieuw sturen
account-email-have-code = Ik heb een code uit de e-mail
account-email-change = Mijn e-mailadres wijzigen
account-email-how = We sturen een link naar het nieuwe adres. Dat vervangt je huidige adres pas als je die link opent.
field-new-email = Nieuw e-mailadres
field-email-password = Je wachtwoord, ter bevestiging
account-email-submit = De link sturen
notice-email-link-sent = We hebben je een link gestuurd. Open hem vanuit je mailbox om het adres te bevestigen.
notice-email-confirmed = Je e-mailadres is bevestigd.
banner-email-unconfirmed = Bevestig je e-mailadres { $email }: open de link die we je hebben gestuurd. Tot dan kunnen we je geen e-mail sturen.
banner-email-unconfirmed-link = Niet ontvangen?

## Een adres bevestigen met de gemailde link
email-confirm-title = Bevestig je e-mailadres
email-confirm-text = Is { $email } jouw adres? Druk op de knop om het te bevestigen: je account gebruikt het om in te loggen en voor e-mail.
email-confirm-submit = Ja, mijn adres bevestigen
field-confirm-code = Code uit de e-mail
field-confirm-code-hint = Plak de lange code uit de e-mail die we je hebben gestuurd.
email-confirmed-title = Je adres is bevestigd
email-confirmed-text = Vanaf nu sturen we je e-mail naar { $email }, en log je daarmee in.
email-confirmed-continue = Verder
email-confirm-expired-title = Deze link werkt niet meer
email-confirm-expired-text = Een link om een adres te bevestigen werkt één keer, { $days } dagen lang. Vraag een nieuwe aan op je accountpagina: dat duurt maar een minuutje.
email-confirm-ask-again = Een nieuwe link aanvragen
email-confirm-taken-title = Dit adres wordt al gebruikt
email-confirm-taken-text = Een ander account gebruikt nu { $email }, dus het kan niet ook van jou zijn. Je account houdt het adres dat het had.

## De e-mail met de link
mail-confirm-subject = Bevestig je e-mailadres
mail-confirm-body = Welkom bij Entraide! Bevestig dat dit adres van jou is, dan krijg je per e-mail nieuws over je diensten en over de hulpvragen van je buren.
mail-confirm-new-body = Je hebt gevraagd om dit adres te gebruiken voor je Entraide-account. Bevestig het om ermee in te loggen en je e-mail hier te ontvangen.
mail-confirm-link = Open deze link binnen 7 dagen om het te bevestigen:
mail-confirm-code = Om het te bevestigen: log in op de site, open “Mijn account”, kies “Ik heb een code uit de e-mail” en plak deze code binnen 7 dagen:
mail-confirm-ignore = Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren: er verandert niets.
mail-confirm-footer = Je krijgt deze e-mail omdat dit adres is opgegeven voor een account op Entraide.

## De e-mail naar een adres dat een account niet meer gebruikt
mail-email-changed-subject = Je e-mailadres is gewijzigd
mail-email-changed-body = Je Entraide-account gebruikt { $previous } niet meer: vanaf nu log je in met { $email }, en je e-mail gaat daarheen.
mail-email-changed-not-you = Heb je dit niet zelf gedaan? Dan gebruikt misschien iemand anders je account. Schrijf meteen naar het team van je platform: zij kunnen je helpen het terug te krijgen.
mail-email-changed-footer = Je krijgt deze e-mail omdat dit adres bij een account op Entraide hoorde.
