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

## Burenhulp. Nooit het adres: een e-mail kan overal gelezen worden.
mail-help-signature = Bedankt dat je een goede buur bent!
mail-help-footer = Je krijgt deze e-mail omdat je meedoet aan burenhulp op { $platform }. Al je meldingen vind je in je account.
mail-offer-received-subject = Iemand biedt hulp aan: { $title }
mail-offer-received-body = Een buur biedt aan om te helpen met je hulpvraag “{ $title }”. Open de hulpvraag om het bericht te lezen, en aanvaard het aanbod als het je past.
mail-offer-accepted-subject = Je aanbod is aanvaard: { $title }
mail-offer-accepted-body = Goed nieuws: je aanbod om te helpen met “{ $title }” is aanvaard ({ $when }). Je kunt nu het adres zien en de persoon schrijven in het gesprek bij de hulpvraag.
mail-offer-declined-subject = Bedankt voor je aanbod: { $title }
mail-offer-declined-body = Bedankt dat je aanbood om te helpen met “{ $title }”. Deze keer is de hulpvraag op een andere manier opgelost, dus je hulp is er niet nodig. Je vriendelijkheid wordt gezien: andere buren vragen om hulp, en we hopen dat je er een ziet waarbij je kunt helpen.
mail-request-nearby-subject = Een buur in je buurt heeft hulp nodig: { $title }
mail-request-nearby-body = Een nieuwe hulpvraag past bij wat je zei te kunnen doen: “{ $title }” ({ $when }). Open ze om meer te zien, en bied je hulp aan als je kunt.
mail-help-thanked-subject = Een bedankje voor “{ $title }”
mail-help-thanked-body = De persoon die je hielp, of die jou hielp, met “{ $title }” heeft een berichtje voor je achtergelaten. Open de hulpvraag om het te lezen.
mail-moderation-warning-subject = Een bericht van het team van { $platform }
mail-moderation-warning-body = Het team dat { $platform } beheert, heeft gelezen wat je schreef en vraagt je om anders mee te doen. Hun reden: { $reason }. Als dit opnieuw gebeurt, kan je account geschorst worden.
mail-open-this = Open het hier:
mail-message-received-subject = { $from } heeft je geschreven over “{ $title }”
mail-message-received-body = { $count ->
    [one] { $from } heeft je een bericht gestuurd over “{ $title }”. Lees het en antwoord op { $platform }.
   *[other] { $from } heeft je { $count } nieuwe berichten gestuurd over “{ $title }”. Lees ze en antwoord op { $platform }.
}
