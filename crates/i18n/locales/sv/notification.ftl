# Aviseringar i appen och utkorgen för dem som driver en plattform.

nav-notifications = Aviseringar
nav-notifications-unread = { $count ->
    [one] 1 oläst
   *[other] { $count } olästa
}

notifications-title = Aviseringar
notifications-intro = Vad som har hänt med dina anmälningar och pass, nyaste först.
notifications-empty = Inget än. När något ändras i dina anmälningar hittar du det här.
notifications-new = Ny

notification-signup-confirmed = Din plats på { $title } ({ $when }) är bekräftad.
notification-signup-waitlisted = Du är nummer { $position } på väntelistan för { $title } ({ $when }).
notification-signup-promoted = En plats har blivit ledig: du är nu bekräftad för { $title } ({ $when }).
notification-signup-removed = Samordnarna har tagit bort din anmälan till { $title } ({ $when }).
notification-shift-changed = Passet på { $title } har ändrats. Det är nu: { $when }.
notification-shift-cancelled = Passet på { $title } ({ $when }) har ställts in.
notification-shift-reminder = Påminnelse: vi räknar med dig på { $title }, { $when }.
notification-other = Något har ändrats i dina anmälningar.

outbox-title = Utkorg
outbox-intro = Alla meddelanden som { $platform } skickar sparas här. Meddelanden markerade ”inte skickat” väntar eftersom ingen e-postserver är konfigurerad: läs dem här och skicka dem vidare vid behov.
outbox-empty = Inga meddelanden än.
outbox-to = Till
outbox-written = Skrivet
outbox-status = Status
outbox-sent = Skickat
outbox-not-sent = Inte skickat
outbox-read = Läs meddelandet
notification-offer-received = Någon har erbjudit sig att hjälpa till med ”{ $title }”.
notification-offer-accepted = Ditt erbjudande att hjälpa till med ”{ $title }” har antagits.
notification-offer-declined = Tack för att du erbjöd dig att hjälpa till med ”{ $title }”: den här gången löstes det på annat sätt.
notification-request-nearby = En granne nära dig behöver hjälp: ”{ $title }”.
notification-help-thanked = Du har fått ett tack för ”{ $title }”.
notification-moderation-warning = Teamet på { $platform } har skickat en varning till dig: { $reason }
outbox-filter-recipient = Mottagarens adress
outbox-filter-submit = Visa
outbox-state-all = Alla meddelanden
outbox-none-match = Inget meddelande matchar. Prova en del av adressen, eller alla meddelanden.
outbox-older = Äldre meddelanden
outbox-site-title = Meddelanden om konton
outbox-site-intro = Meddelanden om själva kontona, till exempel en länk för att välja ett nytt lösenord, hör inte till någon plattform. Utan e-postserver väntar de här. En länk i ett sådant meddelande öppnar kontot som meddelandet skrevs för: skicka den bara vidare till kontots ägare.
error-outbox-state-unknown = Välj alla meddelanden, skickade eller inte skickade.
outbox-filters = Hitta ett meddelande
notification-message-received = { $count ->
    [one] { $from } har skickat ett meddelande till dig om ”{ $title }”.
   *[other] { $from } har skickat { $count } nya meddelanden till dig om ”{ $title }”.
}
