# Notifikationer i appen og udbakken for dem, der driver en platform.

nav-notifications = Notifikationer
nav-notifications-unread = { $count ->
    [one] 1 ulæst
   *[other] { $count } ulæste
}

notifications-title = Notifikationer
notifications-intro = Hvad der er sket med dine tilmeldinger og vagter, nyeste først.
notifications-empty = Intet endnu. Når der sker noget med dine tilmeldinger, kan du se det her.
notifications-new = Ny

notification-signup-confirmed = Din plads til { $title } ({ $when }) er bekræftet.
notification-signup-waitlisted = Du er nummer { $position } på ventelisten til { $title } ({ $when }).
notification-signup-promoted = Der er blevet en plads ledig: Du er nu bekræftet til { $title } ({ $when }).
notification-signup-removed = Koordinatorerne har fjernet din tilmelding til { $title } ({ $when }).
notification-shift-changed = Vagten til { $title } er ændret. Den er nu: { $when }.
notification-shift-cancelled = Vagten til { $title } ({ $when }) er aflyst.
notification-shift-reminder = Påmindelse: Vi venter dig til { $title }, { $when }.
notification-other = Der er sket en ændring i dine tilmeldinger.

outbox-title = Udbakke
outbox-intro = Alle mails, som { $platform } sender, gemmes her. Mails markeret »ikke sendt« venter, fordi der ikke er sat nogen mailserver op: Læs dem her, og send dem videre, hvis det er nødvendigt.
outbox-empty = Ingen mails endnu.
outbox-to = Til
outbox-written = Skrevet
outbox-status = Status
outbox-sent = Sendt
outbox-not-sent = Ikke sendt
outbox-read = Læs mailen
notification-offer-received = Nogen har tilbudt at hjælpe med »{ $title }«.
notification-offer-accepted = Dit tilbud om at hjælpe med »{ $title }« er taget imod.
notification-offer-declined = Tak, fordi du tilbød at hjælpe med »{ $title }«: Denne gang blev det klaret på en anden måde.
notification-request-nearby = En nabo i nærheden har brug for hjælp: »{ $title }«.
notification-help-thanked = Du har fået en tak for »{ $title }«.
notification-moderation-warning = Holdet bag { $platform } har sendt dig en advarsel: { $reason }
outbox-filter-recipient = Modtagerens adresse
outbox-filter-submit = Vis
outbox-state-all = Alle mails
outbox-none-match = Ingen mails passer. Prøv en del af adressen eller alle mails.
outbox-older = Ældre mails
outbox-site-title = Mails om konti
outbox-site-intro = Mails om selve folks konti, som et link til at vælge en ny adgangskode, hører ikke til nogen platform. Uden en mailserver venter de her. Et link i sådan en mail åbner den konto, mailen er skrevet til: Giv det kun videre til kontoens ejer.
error-outbox-state-unknown = Vælg alle mails, sendte eller ikke sendte.
outbox-filters = Find en mail
notification-message-received = { $count ->
    [one] { $from } har sendt dig en besked om »{ $title }«.
   *[other] { $from } har sendt dig { $count } nye beskeder om »{ $title }«.
}
