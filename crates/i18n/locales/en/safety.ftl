## Standing offers, thanks, blocks, reports and moderation.

error-blocked = One of you has blocked the other: you cannot send offers or messages to this person.
error-account-suspended = This account is suspended. Please contact the people who run this site if you think this is a mistake.
error-platform-suspended = The team of this platform has suspended you here: you can still read, but not ask, offer, sign up or write. Please contact them if you think this is a mistake.
error-moderate-admin = Admins of the platform cannot be warned or suspended here. The people who run the site can help.
error-block-self = You cannot block yourself.
error-report-kind-unknown = Choose what you are reporting: a request, an offer or a message.
error-report-target-unknown = There is nothing to report here, or you cannot see it.
error-moderation-action-unknown = Choose one of the actions: hide, warn, suspend, reinstate or dismiss.
error-moderate-self = You cannot warn or suspend yourself.
error-standing-km-out-of-range = Choose a distance from 1 to 10 km.
error-request-not-completed = You can say thank you once the help is marked as done.
error-taken-thanks = You have already left a thank-you for this request.
error-unknown-standing-offer = There is no such standing offer.
error-unknown-block = You have not blocked this person.
error-category-in-use = Requests or standing offers use this category, so it cannot be removed. Rename it instead.

## Standing offers
standing-title = What I can do for my neighbours
standing-intro = Say once what you can help with, where and on which days. When a neighbour asks for help that fits, we tell you. Nobody sees where you start from.
standing-mine = My standing offers
standing-none = You have no standing offer yet.
standing-withdraw = Stop this offer
standing-new = A new standing offer
standing-what = What can you help with?
standing-any-help = Any kind of help
standing-every-day = Every day
standing-within = within { $distance }
standing-days = On which days?
standing-days-hint = Tick none for every day.
standing-km = How far will you go, in km?
standing-km-hint = Up to 10 km. 1 km is about a 15-minute walk.
standing-point-hint = Where you start from, for example your home. Only you see it.
standing-note = A few words (optional)
standing-note-hint = For example: I have a car, or I can carry heavy bags.
standing-publish = Publish my offer
standing-notice-published = Your standing offer is published. We will tell you about requests that fit.
standing-notice-withdrawn = Your standing offer is withdrawn.
help-page-standing-link = What I can do for my neighbours

## Thanks
thanks-title = Say thank you
thanks-intro = The help is done. You can leave a short private note for the other person.
thanks-label = Your note
thanks-submit = Send my thanks
thanks-received = Notes of thanks

## Reports
report-title = Report a problem
report-intro = You are reporting { $what } to the team that runs this platform.
report-what-request = a request
report-what-offer = an offer
report-what-message = a message
report-reason = What is wrong?
report-reason-hint = The team reads every report. The person you report does not see your name.
report-submit = Send the report
report-sent = Thank you. The team will look at your report. If this person bothers you, you can also block them.
report-link = Report a problem

## Blocks
block-title = Block a person
block-question = Block { $name }?
block-explained = Once blocked, this person cannot offer to help you or write to you, and you cannot offer to help them or write to them. They are not told.
block-submit = Yes, block this person
block-cancel = No, go back
block-link = Block this person
blocks-title = People I blocked
blocks-intro = People you blocked cannot offer to help you or write to you.
blocks-none = You have not blocked anyone.
blocks-unblock = Unblock
blocks-notice-blocked = This person is blocked.
blocks-notice-unblocked = This person is no longer blocked.

## Moderation
moderation-title = Moderation
moderation-intro = Reports from members, oldest first. Each action is logged with your name and your reason.
moderation-reports = Reports to look at
moderation-empty = There is no report to look at.
moderation-suspended = suspended
moderation-hidden = hidden
moderation-open-request = Open the request
moderation-reported-by = Reported by { $name }
moderation-reason = Reason
moderation-hide = Hide it
moderation-warn = Warn the author
moderation-suspend = Suspend the author
moderation-dismiss = Nothing wrong
moderation-reinstate = Lift the suspension
moderation-log = What the team did
moderation-log-empty = Nothing yet.
moderation-log-when = When
moderation-log-who = Who
moderation-log-what = What
moderation-log-person = Person
moderation-log-undo = Undo
moderation-done-hide = hid content
moderation-done-warn = warned
moderation-done-suspend = suspended
moderation-done-reinstate = lifted a suspension
moderation-done-dismiss = closed a report
moderation-notice-hide = The content is hidden.
moderation-notice-warn = The author is warned.
moderation-notice-suspend = The account is suspended and signed out.
moderation-notice-reinstate = The suspension is lifted.
moderation-notice-dismiss = The report is closed.
moderation-link = Moderation
# Leaves the report form for the page the person was reading.
report-cancel = Back
