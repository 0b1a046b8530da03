# E-Mails zu Anmeldungen und Einsätzen. Variablen: $name (wer die E-Mail bekommt), $title (das
# Angebot), $organisation, $when (Tag und Uhrzeit, schon so geschrieben, wie die Lesenden es gewohnt sind),
# $position (Platz auf der Warteliste), $platform (der Name der Plattform).

mail-greeting = Hallo { $name },
mail-when = { $start } – { $end }
mail-place = Wo: { $address }
mail-signature = Danke, dass du mithilfst!
mail-footer = Du bekommst diese E-Mail, weil du dich auf { $platform } für einen Einsatz eingetragen hast. Alle deine Benachrichtigungen findest du in deinem Konto.

mail-signup-confirmed-subject = Du hast einen Platz: { $title }
mail-signup-confirmed-body = Dein Platz bei { $title } von { $organisation } ist bestätigt: { $when }. Wenn du nicht mehr kommen kannst, storniere bitte deine Anmeldung, damit jemand anderes deinen Platz bekommen kann.

mail-signup-waitlisted-subject = Du stehst auf der Warteliste: { $title }
mail-signup-waitlisted-body = { $title } von { $organisation } ({ $when }) ist im Moment voll. Du bist Nummer { $position } auf der Warteliste, und wir schreiben dir, sobald ein Platz für dich frei ist.

mail-signup-promoted-subject = Ein Platz ist für dich frei geworden: { $title }
mail-signup-promoted-body = Gute Nachricht: Ein Platz ist frei geworden, und er gehört dir. Du bist jetzt für { $title } von { $organisation } bestätigt: { $when }.

mail-signup-removed-subject = Deine Anmeldung wurde entfernt: { $title }
mail-signup-removed-body = Die Koordinatoren von { $organisation } haben deine Anmeldung für { $title } ({ $when }) entfernt. Wenn du glaubst, dass das ein Irrtum ist, melde dich bitte bei ihnen.

mail-shift-changed-subject = Neue Zeit für { $title }
mail-shift-changed-body = Der Einsatz bei { $title } von { $organisation }, für den du dich eingetragen hast, hat sich geändert. Neue Zeit: { $when }. Wenn dir das nicht mehr passt, storniere bitte deine Anmeldung.

mail-shift-cancelled-subject = Abgesagt: { $title }
mail-shift-cancelled-body = { $organisation } hat den Einsatz bei { $title } ({ $when }) abgesagt. Du musst nicht kommen. Danke, dass du bereit warst zu helfen.

mail-shift-reminder-subject = Erinnerung: { $title }
mail-shift-reminder-body = Eine freundliche Erinnerung: Du wirst bei { $title } von { $organisation } erwartet, { $when }. Wenn du doch nicht kommen kannst, storniere bitte deine Anmeldung, damit jemand anderes deinen Platz bekommen kann.

## Nachbarschaftshilfe. Nie die Adresse: Eine E-Mail kann überall gelesen werden.
mail-help-signature = Danke, dass du eine gute Nachbarin oder ein guter Nachbar bist!
mail-help-footer = Du bekommst diese E-Mail, weil du auf { $platform } bei der Nachbarschaftshilfe mitmachst. Alle deine Benachrichtigungen findest du in deinem Konto.
mail-offer-received-subject = Jemand hat Hilfe angeboten: { $title }
mail-offer-received-body = Jemand aus der Nachbarschaft hat angeboten, bei deiner Anfrage „{ $title }“ zu helfen. Öffne die Anfrage, um die Nachricht zu lesen, und nimm das Angebot an, wenn es dir passt.
mail-offer-accepted-subject = Dein Angebot wurde angenommen: { $title }
mail-offer-accepted-body = Gute Nachricht: Dein Angebot, bei „{ $title }“ zu helfen, wurde angenommen ({ $when }). Du siehst jetzt die Adresse und kannst der Person im Gespräch zur Anfrage schreiben.
mail-offer-declined-subject = Danke für dein Angebot: { $title }
mail-offer-declined-body = Danke, dass du angeboten hast, bei „{ $title }“ zu helfen. Diesmal wurde die Anfrage auf andere Weise erledigt, deine Hilfe wird dafür also nicht gebraucht. Deine Freundlichkeit wird gesehen: Andere Nachbarn bitten um Hilfe, und wir hoffen, du findest eine Anfrage, bei der du helfen kannst.
mail-request-nearby-subject = Jemand in deiner Nähe braucht Hilfe: { $title }
mail-request-nearby-body = Eine neue Anfrage passt zu dem, was du tun kannst: „{ $title }“ ({ $when }). Öffne sie, um mehr zu sehen, und biete deine Hilfe an, wenn du kannst.
mail-help-thanked-subject = Ein Dankeschön für „{ $title }“
mail-help-thanked-body = Die Person, der du bei „{ $title }“ geholfen hast oder die dir geholfen hat, hat dir eine Nachricht hinterlassen. Öffne die Anfrage, um sie zu lesen.
mail-moderation-warning-subject = Eine Nachricht vom Team von { $platform }
mail-moderation-warning-body = Das Team, das { $platform } betreibt, hat gelesen, was du geschrieben hast, und bittet dich, dich anders zu beteiligen. Die Begründung: { $reason }. Wenn das noch einmal vorkommt, kann dein Konto gesperrt werden.
mail-open-this = Hier öffnen:
mail-message-received-subject = { $from } hat dir zu „{ $title }“ geschrieben
mail-message-received-body = { $count ->
    [one] { $from } hat dir eine Nachricht zu „{ $title }“ geschickt. Lies sie und antworte auf { $platform }.
   *[other] { $from } hat dir { $count } neue Nachrichten zu „{ $title }“ geschickt. Lies sie und antworte auf { $platform }.
}
