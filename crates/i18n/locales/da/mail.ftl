# Mails om tilmeldinger og vagter. Variabler: $name (modtageren), $title (opgaven),
# $organisation, $when (dag og klokkeslæt, allerede skrevet på læserens måde),
# $position (plads på ventelisten), $platform (platformens navn).

mail-greeting = Hej { $name }
mail-when = { $start } – { $end }
mail-place = Hvor: { $address }
mail-signature = Tak, fordi du hjælper!
mail-footer = Du får denne mail, fordi du har tilmeldt dig en vagt på { $platform }. Alle dine notifikationer kan du finde på din konto.

mail-signup-confirmed-subject = Du har fået en plads: { $title }
mail-signup-confirmed-body = Din plads til { $title } hos { $organisation } er bekræftet: { $when }. Hvis du ikke længere kan komme, så afmeld dig venligst, så en anden kan få din plads.

mail-signup-waitlisted-subject = Du er på ventelisten: { $title }
mail-signup-waitlisted-body = { $title } hos { $organisation } ({ $when }) er fuldt booket lige nu. Du er nummer { $position } på ventelisten, og vi skriver til dig, så snart en plads er din.

mail-signup-promoted-subject = Der er blevet en plads ledig til dig: { $title }
mail-signup-promoted-body = Gode nyheder: Der er blevet en plads ledig, og den er din. Du er nu bekræftet til { $title } hos { $organisation }: { $when }.

mail-signup-removed-subject = Din tilmelding er fjernet: { $title }
mail-signup-removed-body = Koordinatorerne hos { $organisation } har fjernet din tilmelding til { $title } ({ $when }). Hvis du mener, at det er en fejl, så kontakt dem venligst.

mail-shift-changed-subject = Nyt tidspunkt for { $title }
mail-shift-changed-body = Den vagt, du har tilmeldt dig til { $title } hos { $organisation }, er blevet ændret. Den er nu: { $when }. Hvis det ikke længere passer dig, så afmeld dig venligst.

mail-shift-cancelled-subject = Aflyst: { $title }
mail-shift-cancelled-body = { $organisation } har aflyst vagten til { $title }, som var planlagt til { $when }. Du behøver ikke at komme. Tak, fordi du var klar til at hjælpe.

mail-shift-reminder-subject = Påmindelse: { $title }
mail-shift-reminder-body = En venlig påmindelse: Vi venter dig til { $title } hos { $organisation }, { $when }. Hvis du alligevel ikke kan komme, så afmeld dig venligst, så en anden kan få din plads.

## Nabohjælp. Aldrig adressen: En mail kan læses hvor som helst.
mail-help-signature = Tak, fordi du er en god nabo!
mail-help-footer = Du modtager denne mail, fordi du er med i nabohjælpen på { $platform }. Alle dine notifikationer finder du på din konto.
mail-offer-received-subject = Nogen har tilbudt at hjælpe: { $title }
mail-offer-received-body = En nabo har tilbudt at hjælpe med din anmodning »{ $title }«. Åbn anmodningen for at læse beskeden, og tag imod tilbuddet, hvis det passer dig.
mail-offer-accepted-subject = Dit tilbud er taget imod: { $title }
mail-offer-accepted-body = Gode nyheder: Dit tilbud om at hjælpe med »{ $title }« er taget imod ({ $when }). Du kan nu se adressen og skrive til personen i samtalen om anmodningen.
mail-offer-declined-subject = Tak for dit tilbud: { $title }
mail-offer-declined-body = Tak, fordi du tilbød at hjælpe med »{ $title }«. Denne gang blev anmodningen klaret på en anden måde, så der er ikke brug for din hjælp til den. Din venlighed bliver bemærket: Andre naboer beder om hjælp, og vi håber, du finder en, du kan hjælpe.
mail-request-nearby-subject = En nabo i nærheden har brug for hjælp: { $title }
mail-request-nearby-body = En ny anmodning passer til det, du har sagt, du kan: »{ $title }« ({ $when }). Åbn den for at se mere, og tilbyd din hjælp, hvis du kan.
mail-help-thanked-subject = En tak for »{ $title }«
mail-help-thanked-body = Den person, du hjalp, eller som hjalp dig, med »{ $title }« har skrevet en hilsen til dig. Åbn anmodningen for at læse den.
mail-moderation-warning-subject = En besked fra holdet bag { $platform }
mail-moderation-warning-body = Holdet, der driver { $platform }, har læst det, du skrev, og beder dig om at ændre den måde, du deltager på. Deres begrundelse: { $reason }. Hvis det sker igen, kan din konto blive suspenderet.
mail-open-this = Åbn her:
mail-message-received-subject = { $from } har skrevet til dig om »{ $title }«
mail-message-received-body = { $count ->
    [one] { $from } har sendt dig en besked om »{ $title }«. Læs den, og svar på { $platform }.
   *[other] { $from } har sendt dig { $count } nye beskeder om »{ $title }«. Læs dem, og svar på { $platform }.
}
