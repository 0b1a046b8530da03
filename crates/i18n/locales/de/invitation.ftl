## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Eine Einladung: { $title }
mail-shift-invitation-body = { $organisation } meint, dass du bei { $title } ({ $when }) eine große Hilfe wärst, und lädt dich herzlich ein. Wenn du kannst, trag dich auf { $platform } auf der Seite dieses Einsatzes ein. Wenn nicht, musst du nichts tun.
notification-shift-invitation = { $organisation } lädt dich zu { $title } ein ({ $when }).
mail-cover-needed-subject = Ein Platz ist frei: { $title }
mail-cover-needed-body = Jemand hat kurzfristig für { $title } ({ $when }) abgesagt, und auf der Warteliste steht niemand. Auf der Seite mit den vorgeschlagenen Personen für diesen Einsatz kannst du passende Personen mit einem Klick einladen.
notification-cover-needed = Durch eine kurzfristige Absage ist bei { $title } ({ $when }) ein Platz frei: Sieh nach, wen du einladen könntest.
mail-open-link = Öffnen: { $link }
suggestion-invite = Einladen
suggestion-notice-invited = Deine Einladung ist unterwegs. Eingeladene Personen werden hier nicht mehr angezeigt.
error-taken-invitation = Diese Person ist zu diesem Einsatz schon eingeladen.
