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
