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

## Neighbour help. Never the address: a mail may be read anywhere.
mail-help-signature = Thank you for being a good neighbour!
mail-help-footer = You receive this mail because you take part in neighbour help on { $platform }. All your notifications are in your account.
mail-offer-received-subject = Someone offered to help: { $title }
mail-offer-received-body = A neighbour offered to help with your request “{ $title }”. Open the request to read their message and accept their offer if it suits you.
mail-offer-accepted-subject = Your offer was accepted: { $title }
mail-offer-accepted-body = Good news: your offer to help with “{ $title }” was accepted ({ $when }). You can now see the address and write to the person in the request’s conversation.
mail-offer-declined-subject = Thank you for your offer: { $title }
mail-offer-declined-body = Thank you for offering to help with “{ $title }”. This time the request was taken care of in another way, so your help is not needed for it. Your kindness is noticed: other neighbours are asking for help, and we hope you will see one you can help.
mail-request-nearby-subject = A neighbour near you needs help: { $title }
mail-request-nearby-body = A new request fits what you said you can do: “{ $title }” ({ $when }). Open it to see more and offer your help if you can.
mail-help-thanked-subject = A thank-you for “{ $title }”
mail-help-thanked-body = The person you helped, or who helped you, with “{ $title }” left you a note. Open the request to read it.
mail-moderation-warning-subject = A message from the team of { $platform }
mail-moderation-warning-body = The team that runs { $platform } read what you wrote and asks you to change how you take part. Their reason: { $reason }. If this happens again, your account may be suspended.
mail-open-this = Open it here:
mail-message-received-subject = { $from } wrote to you about “{ $title }”
mail-message-received-body = { $count ->
    [one] { $from } sent you a message about “{ $title }”. Read it and answer on { $platform }.
   *[other] { $from } sent you { $count } new messages about “{ $title }”. Read them and answer on { $platform }.
}
