# Mails about sign-ups and shifts. Variables: $name (the recipient), $title (the
# opportunity), $organisation, $when (day and hours, already written the reader's way),
# $position (place on the waiting list), $platform (the platform's name).

mail-greeting = Hello { $name },
mail-when = { $start } – { $end }
mail-place = Where: { $address }
mail-signature = Thank you for helping out!
mail-footer = You receive this mail because you signed up for a shift on { $platform }. All your notifications are in your account.

mail-signup-confirmed-subject = You have a place: { $title }
mail-signup-confirmed-body = Your place at { $title } with { $organisation } is confirmed: { $when }. If you can no longer come, please cancel your sign-up, so that someone else can take your place.

mail-signup-waitlisted-subject = You are on the waiting list: { $title }
mail-signup-waitlisted-body = { $title } with { $organisation } ({ $when }) is full for now. You are number { $position } on the waiting list, and we will write to you as soon as a place is yours.

mail-signup-promoted-subject = A place opened up for you: { $title }
mail-signup-promoted-body = Good news: a place opened up, and it is yours. You are now confirmed for { $title } with { $organisation }: { $when }.

mail-signup-removed-subject = Your sign-up was removed: { $title }
mail-signup-removed-body = The coordinators of { $organisation } removed your sign-up for { $title } ({ $when }). If you think this is a mistake, please get in touch with them.

mail-shift-changed-subject = New time for { $title }
mail-shift-changed-body = The shift you signed up for at { $title } with { $organisation } has changed. It is now: { $when }. If that no longer suits you, please cancel your sign-up.

mail-shift-cancelled-subject = Cancelled: { $title }
mail-shift-cancelled-body = { $organisation } cancelled the shift of { $title } planned for { $when }. You do not need to come. Thank you for being ready to help.

mail-shift-reminder-subject = Reminder: { $title }
mail-shift-reminder-body = A friendly reminder: you are expected at { $title } with { $organisation }, { $when }. If you cannot come after all, please cancel your sign-up so that someone else can take your place.
