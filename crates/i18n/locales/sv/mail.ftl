# E-post om anmälningar och pass. Variabler: $name (mottagaren), $title (uppdraget),
# $organisation, $when (dag och tider, redan skrivna på läsarens sätt),
# $position (plats på väntelistan), $platform (plattformens namn).

mail-greeting = Hej { $name }!
mail-when = { $start } – { $end }
mail-place = Var: { $address }
mail-signature = Tack för att du hjälper till!
mail-footer = Du får det här meddelandet eftersom du har anmält dig till ett pass på { $platform }. Alla dina aviseringar finns i ditt konto.

mail-signup-confirmed-subject = Du har fått en plats: { $title }
mail-signup-confirmed-body = Din plats på { $title } hos { $organisation } är bekräftad: { $when }. Om du inte längre kan komma, avboka din anmälan så att någon annan kan ta din plats.

mail-signup-waitlisted-subject = Du står på väntelistan: { $title }
mail-signup-waitlisted-body = { $title } hos { $organisation } ({ $when }) är fullt just nu. Du är nummer { $position } på väntelistan, och vi skriver till dig så snart en plats är din.

mail-signup-promoted-subject = En plats har blivit ledig för dig: { $title }
mail-signup-promoted-body = Goda nyheter: en plats har blivit ledig, och den är din. Du är nu bekräftad för { $title } hos { $organisation }: { $when }.

mail-signup-removed-subject = Din anmälan har tagits bort: { $title }
mail-signup-removed-body = Samordnarna på { $organisation } har tagit bort din anmälan till { $title } ({ $when }). Om du tror att det är ett misstag, hör av dig till dem.

mail-shift-changed-subject = Ny tid för { $title }
mail-shift-changed-body = Passet som du har anmält dig till på { $title } hos { $organisation } har ändrats. Det är nu: { $when }. Om det inte längre passar dig, avboka din anmälan.

mail-shift-cancelled-subject = Inställt: { $title }
mail-shift-cancelled-body = { $organisation } har ställt in passet på { $title } som var planerat till { $when }. Du behöver inte komma. Tack för att du var redo att hjälpa till.

mail-shift-reminder-subject = Påminnelse: { $title }
mail-shift-reminder-body = En vänlig påminnelse: vi räknar med dig på { $title } hos { $organisation }, { $when }. Om du ändå inte kan komma, avboka din anmälan så att någon annan kan ta din plats.

## Grannhjälp. Aldrig adressen: ett meddelande kan läsas var som helst.
mail-help-signature = Tack för att du är en god granne!
mail-help-footer = Du får det här meddelandet eftersom du deltar i grannhjälpen på { $platform }. Alla dina aviseringar finns i ditt konto.
mail-offer-received-subject = Någon har erbjudit sig att hjälpa: { $title }
mail-offer-received-body = En granne har erbjudit sig att hjälpa till med din förfrågan ”{ $title }”. Öppna förfrågan för att läsa meddelandet och anta erbjudandet om det passar dig.
mail-offer-accepted-subject = Ditt erbjudande har antagits: { $title }
mail-offer-accepted-body = Goda nyheter: ditt erbjudande att hjälpa till med ”{ $title }” har antagits ({ $when }). Nu kan du se adressen och skriva till personen i förfrågans konversation.
mail-offer-declined-subject = Tack för ditt erbjudande: { $title }
mail-offer-declined-body = Tack för att du erbjöd dig att hjälpa till med ”{ $title }”. Den här gången löstes förfrågan på annat sätt, så din hjälp behövs inte för den. Din vänlighet märks: andra grannar ber om hjälp, och vi hoppas att du hittar någon du kan hjälpa.
mail-request-nearby-subject = En granne nära dig behöver hjälp: { $title }
mail-request-nearby-body = En ny förfrågan passar det du sa att du kan göra: ”{ $title }” ({ $when }). Öppna den för att se mer och erbjud din hjälp om du kan.
mail-help-thanked-subject = Ett tack för ”{ $title }”
mail-help-thanked-body = Personen du hjälpte, eller som hjälpte dig, med ”{ $title }” har lämnat en hälsning till dig. Öppna förfrågan för att läsa den.
mail-moderation-warning-subject = Ett meddelande från teamet på { $platform }
mail-moderation-warning-body = Teamet som driver { $platform } har läst det du skrev och ber dig ändra hur du deltar. Deras skäl: { $reason }. Om det händer igen kan ditt konto stängas av.
mail-open-this = Öppna här:
mail-message-received-subject = { $from } har skrivit till dig om ”{ $title }”
mail-message-received-body = { $count ->
    [one] { $from } har skickat ett meddelande till dig om ”{ $title }”. Läs det och svara på { $platform }.
   *[other] { $from } har skickat { $count } nya meddelanden till dig om ”{ $title }”. Läs dem och svara på { $platform }.
}
