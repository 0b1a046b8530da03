# Meldingen in de app, en de pagina met uitgaande e-mails voor wie een platform beheert.

nav-notifications = Meldingen
nav-notifications-unread = { $count ->
    [one] 1 ongelezen
   *[other] { $count } ongelezen
}

notifications-title = Meldingen
notifications-intro = Wat er met je inschrijvingen en diensten is gebeurd, het nieuwste eerst.
notifications-empty = Nog niets. Als er iets verandert aan je inschrijvingen, vind je het hier.
notifications-new = Nieuw

notification-signup-confirmed = Je plek bij { $title } ({ $when }) is bevestigd.
notification-signup-waitlisted = Je staat op plaats { $position } van de wachtlijst voor { $title } ({ $when }).
notification-signup-promoted = Er is een plek vrijgekomen: je bent nu bevestigd voor { $title } ({ $when }).
notification-signup-removed = De coördinatoren hebben je inschrijving voor { $title } ({ $when }) verwijderd.
notification-shift-changed = De dienst van { $title } is gewijzigd. Nieuw tijdstip: { $when }.
notification-shift-cancelled = De dienst van { $title } ({ $when }) is geannuleerd.
notification-shift-reminder = Herinnering: we verwachten je bij { $title }, { $when }.
notification-other = Er is iets veranderd aan je inschrijvingen.

outbox-title = Uitgaande e-mails
outbox-intro = Elke e-mail die { $platform } verstuurt, wordt hier bewaard. E-mails met de vermelding “niet verzonden” wachten omdat er geen mailserver is ingesteld: lees ze hier en stuur ze zo nodig door.
outbox-empty = Nog geen e-mails.
outbox-to = Aan
outbox-written = Geschreven
outbox-status = Status
outbox-sent = Verzonden
outbox-not-sent = Niet verzonden
outbox-read = De e-mail lezen
notification-offer-received = Iemand biedt aan om te helpen met “{ $title }”.
notification-offer-accepted = Je aanbod om te helpen met “{ $title }” is aanvaard.
notification-offer-declined = Bedankt dat je aanbood om te helpen met “{ $title }”: deze keer is het op een andere manier opgelost.
notification-request-nearby = Een buur in je buurt heeft hulp nodig: “{ $title }”.
notification-help-thanked = Je hebt een bedankje gekregen voor “{ $title }”.
notification-moderation-warning = Het team van { $platform } heeft je een waarschuwing gestuurd: { $reason }
outbox-filter-recipient = Adres van de ontvanger
outbox-filter-submit = Tonen
outbox-state-all = Alle e-mails
outbox-none-match = Geen enkele e-mail past. Probeer een deel van het adres, of alle e-mails.
outbox-older = Oudere e-mails
outbox-site-title = E-mails over accounts
outbox-site-intro = E-mails over de accounts van mensen zelf, zoals een link om een nieuw wachtwoord te kiezen, horen bij geen enkel platform. Zonder mailserver wachten ze hier. Een link in zo'n e-mail opent het account waarvoor die geschreven is: geef hem alleen door aan de eigenaar van dat account.
error-outbox-state-unknown = Kies alle e-mails, verzonden of niet verzonden.
outbox-filters = Een e-mail zoeken
notification-message-received = { $count ->
    [one] { $from } heeft je een bericht gestuurd over “{ $title }”.
   *[other] { $from } heeft je { $count } nieuwe berichten gestuurd over “{ $title }”.
}
