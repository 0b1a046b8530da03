## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = An invitation: { $title }
mail-shift-invitation-body = { $organisation } thinks you would be a great help at { $title }, { $when }, and invites you to come. If you can, sign up for this shift on its page on { $platform }. If you cannot, there is nothing to do.
notification-shift-invitation = { $organisation } invites you to { $title } ({ $when }).
mail-cover-needed-subject = A place to fill: { $title }
mail-cover-needed-body = Someone cancelled late for { $title }, { $when }, and nobody is on the waiting list. On the shift's page of suggested people you can invite people who fit, in one click.
notification-cover-needed = A late cancellation left a place open at { $title } ({ $when }): see whom you could invite.
mail-open-link = Open: { $link }
suggestion-invite = Invite
suggestion-notice-invited = Your invitation is on its way. Invited people are no longer listed here.
error-taken-invitation = This person is already invited to this shift.
