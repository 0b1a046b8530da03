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
