# In-app notifications, and the outbox page for the people who run a platform.

nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] 1 unread
   *[other] { $count } unread
}

notifications-title = Notifications
notifications-intro = What happened to your sign-ups and shifts, newest first.
notifications-empty = Nothing yet. When something changes in your sign-ups, you will find it here.
notifications-new = New

notification-signup-confirmed = Your place at { $title } ({ $when }) is confirmed.
notification-signup-waitlisted = You are number { $position } on the waiting list for { $title } ({ $when }).
notification-signup-promoted = A place opened up: you are now confirmed for { $title } ({ $when }).
notification-signup-removed = The coordinators removed your sign-up for { $title } ({ $when }).
notification-shift-changed = The shift of { $title } has changed. It is now: { $when }.
notification-shift-cancelled = The shift of { $title } ({ $when }) was cancelled.
notification-shift-reminder = Reminder: you are expected at { $title }, { $when }.
notification-other = Something changed in your sign-ups.

outbox-title = Outbox
outbox-intro = Every mail { $platform } sends is kept here. Mails marked “not sent” are waiting because no mail server is configured: read them here and pass them on if needed.
outbox-empty = No mail yet.
outbox-to = To
outbox-written = Written
outbox-status = Status
outbox-sent = Sent
outbox-not-sent = Not sent
outbox-read = Read the mail
notification-offer-received = Someone offered to help with “{ $title }”.
notification-offer-accepted = Your offer to help with “{ $title }” was accepted.
notification-offer-declined = Thank you for offering to help with “{ $title }”: this time it was taken care of another way.
notification-request-nearby = A neighbour near you needs help: “{ $title }”.
notification-help-thanked = You received a thank-you for “{ $title }”.
notification-moderation-warning = The team of { $platform } sent you a warning: { $reason }
outbox-filter-recipient = Recipient’s address
outbox-filter-submit = Show
outbox-state-all = All mails
outbox-none-match = No mail matches. Try part of the address, or all mails.
outbox-older = Older mails
outbox-site-title = Mails about accounts
outbox-site-intro = Mails about people’s accounts themselves, such as a link to choose a new password, belong to no platform. Without a mail server they wait here. A link in such a mail opens the account it was written for: pass it on only to its owner.
error-outbox-state-unknown = Choose all mails, sent or not sent.
outbox-filters = Find a mail
notification-message-received = { $count ->
    [one] { $from } sent you a message about “{ $title }”.
   *[other] { $from } sent you { $count } new messages about “{ $title }”.
}
