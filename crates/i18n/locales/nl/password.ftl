# Een nieuw wachtwoord kiezen als je het oude vergeten bent: de pagina's en de e-mail.

password-forgot-link = Wachtwoord vergeten?
password-forgot-title = Wachtwoord vergeten?
password-forgot-intro = Vul het e-mailadres van je account in. We sturen je een link om een nieuw wachtwoord te kiezen.
password-forgot-submit = Stuur me een link
password-have-code = Ik heb een code uit de e-mail
password-sent-title = Kijk in je mailbox
password-sent-text = Als er een account is met { $email }, is er een e-mail onderweg met een link om een nieuw wachtwoord te kiezen. De link werkt een uur lang.
password-sent-nothing = Na een paar minuten nog geen e-mail? Kijk in je spammap, controleer het adres of vraag het opnieuw.
password-ask-again = Opnieuw vragen
password-back-to-sign-in = Terug naar inloggen
password-reset-title = Kies een nieuw wachtwoord
password-reset-for = Voor het account { $email }.
password-reset-submit = Mijn nieuwe wachtwoord opslaan
field-reset-code = Code uit de e-mail
field-reset-code-hint = Plak de lange code uit de e-mail die we je hebben gestuurd.
password-expired-title = Deze link werkt niet meer
password-expired-text = Een link om een nieuw wachtwoord te kiezen werkt een uur lang, en maar één keer. Vraag een nieuwe aan: dat duurt maar een minuutje.
password-expired-ask = Een nieuwe link aanvragen
error-reset-link-expired = Deze code werkt niet meer: hij is al gebruikt of is ouder dan een uur. Vraag een nieuwe link aan.
notice-password-reset = Je nieuwe wachtwoord is opgeslagen en je bent ingelogd. Je bent overal elders uitgelogd.

mail-password-reset-subject = Kies een nieuw wachtwoord
mail-password-reset-body = Iemand, waarschijnlijk jij, heeft gevraagd om een nieuw wachtwoord te kiezen voor je account.
mail-password-reset-link = Open daarvoor binnen een uur deze link (hij werkt één keer):
mail-password-reset-code = Ga daarvoor naar de inlogpagina van de site, kies “Wachtwoord vergeten?”, dan “Ik heb een code uit de e-mail”, en plak binnen een uur deze code:
mail-password-reset-ignore = Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.
mail-password-reset-footer = Je krijgt deze e-mail omdat er een nieuw wachtwoord is gevraagd voor het account met dit adres.
