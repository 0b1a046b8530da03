# E-mails over inschrijvingen en diensten. Variabelen: $name (de ontvanger), $title (de
# vacature), $organisation, $when (dag en uren, al geschreven zoals de lezer gewend is),
# $position (plaats op de wachtlijst), $platform (de naam van het platform).

mail-greeting = Hallo { $name },
mail-when = { $start } – { $end }
mail-place = Waar: { $address }
mail-signature = Bedankt dat je een handje helpt!
mail-footer = Je krijgt deze e-mail omdat je je hebt ingeschreven voor een dienst op { $platform }. Al je meldingen vind je in je account.

mail-signup-confirmed-subject = Je hebt een plek: { $title }
mail-signup-confirmed-body = Je plek bij { $title } van { $organisation } is bevestigd: { $when }. Kun je niet meer komen? Annuleer dan je inschrijving, zodat iemand anders je plek kan innemen.

mail-signup-waitlisted-subject = Je staat op de wachtlijst: { $title }
mail-signup-waitlisted-body = { $title } van { $organisation } ({ $when }) is voorlopig vol. Je staat op plaats { $position } van de wachtlijst, en we laten het je weten zodra er een plek voor je is.

mail-signup-promoted-subject = Er is een plek voor je vrijgekomen: { $title }
mail-signup-promoted-body = Goed nieuws: er is een plek vrijgekomen, en die is voor jou. Je bent nu bevestigd voor { $title } van { $organisation }: { $when }.

mail-signup-removed-subject = Je inschrijving is verwijderd: { $title }
mail-signup-removed-body = De coördinatoren van { $organisation } hebben je inschrijving voor { $title } ({ $when }) verwijderd. Denk je dat dit een vergissing is? Neem dan contact met hen op.

mail-shift-changed-subject = Nieuw tijdstip voor { $title }
mail-shift-changed-body = De dienst bij { $title } van { $organisation } waarvoor je je hebt ingeschreven, is gewijzigd. Nieuw tijdstip: { $when }. Past dat niet meer? Annuleer dan je inschrijving.

mail-shift-cancelled-subject = Geannuleerd: { $title }
mail-shift-cancelled-body = { $organisation } heeft de dienst van { $title } ({ $when }) geannuleerd. Je hoeft niet te komen. Bedankt dat je klaarstond om te helpen.

mail-shift-reminder-subject = Herinnering: { $title }
mail-shift-reminder-body = Een vriendelijke herinnering: we verwachten je bij { $title } van { $organisation }, { $when }. Kun je toch niet komen? Annuleer dan je inschrijving, zodat iemand anders je plek kan innemen.
