# Neighbour help: requests, offers, private threads and completion.

error-category-unknown = Choose one of this platform's help categories.
error-window-ends-before-start = The end of the time window must come after its start.
error-phone-malformed = Enter a phone number of 6 to 15 digits, for example +32 470 12 34 56.
error-within-km-out-of-range = The distance must be more than 0 and at most 25 km.
error-help-minutes-out-of-range = The minutes must be at least 1 and no more than the time window of the request.
error-request-closed = This request is already over.
error-request-not-open = This request no longer takes offers.
error-request-not-accepted = No offer has been accepted for this request yet.
error-taken-offer = You have already offered to help with this request.
error-taken-completed = This request has already been marked as done.
error-unknown-request = This request does not exist.
error-unknown-offer = This offer does not exist, or it is no longer open.
error-unknown-category = This help category does not exist.

## Pages for neighbour help.

help-page-nav = Neighbour help
help-page-platform-link = Neighbour help
help-page-list-title = Neighbour help
help-page-list-intro = Neighbours help each other with small things. Ask for help, or offer yours.
help-page-ask-button = Ask for help
help-page-mine-link = My requests and offers
help-page-filters = Choose which requests to show
help-page-field-category-filter = Kind of help
help-page-any-category = Any kind of help
help-page-field-distance = How far
help-page-within = Within { $distance }
help-page-show = Show
help-page-results = Requests
help-page-none = No one is asking for this kind of help right now.
help-page-fix-filters = Change your choices above to see requests.
help-page-next-page = More requests
help-page-distance = about { $distance } away
help-page-area = Area around { $lat }, { $lon }
help-page-area-unknown = Area not known
help-page-asked-on = Asked on { $date }

help-page-status-open = Waiting for a helper
help-page-status-accepted = A helper has been chosen
help-page-status-completed = Done
help-page-status-cancelled = Cancelled
help-page-offer-open = You offered to help. Waiting for an answer.
help-page-offer-accepted = Your offer was accepted.
help-page-offer-declined = Someone else is helping this time.
help-page-offer-line-open = Waiting for your answer
help-page-offer-line-accepted = Accepted
help-page-offer-line-declined = Not chosen

help-page-when = When
help-page-where = Where
help-page-address-private = The exact address is shared only with the helper who is chosen.
help-page-exact-point = Point on the map: { $point }
help-page-requester = Asked by
help-page-on-behalf = For
help-page-consent = Agreed by { $by } on { $date } ({ $how })
help-page-helper = Helper
help-page-time-given = Time given
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
help-page-erased-name = Former member
help-page-messages-link = Messages
help-page-sign-in-to-offer = Sign in to offer help
help-page-join-first = Join this platform to offer help.
help-page-offer-title = Offer help
help-page-field-offer-message = A short message (you can leave it empty)
help-page-field-offer-message-hint = For example: when you can come.
help-page-offer-submit = Offer help
help-page-offers-title = People who offered help
help-page-no-offers = No offers yet. We will tell you when someone offers.
help-page-accept = Accept
help-page-done-title = Mark as done
help-page-done-intro = Has the help been given? Say how long it took. Your helper gets this time as credit.
help-page-field-minutes = How many minutes did it take?
help-page-field-minutes-hint = From 1 to { $max } minutes. 60 minutes is one hour.
help-page-done-submit = Mark as done
help-page-cancel-link = Cancel my request
help-page-cancel-title = Cancel my request
help-page-cancel-question = Do you want to cancel “{ $title }”?
help-page-cancel-hint = The people who offered help will see that you no longer need it.
help-page-cancel-confirm = Yes, cancel it
help-page-cancel-keep = No, keep it

help-page-ask-title = Ask for help
help-page-join-to-ask = Join this platform to ask for help.
help-page-question-category = What do you need help with?
help-page-next = Next
help-page-chosen-category = You ask for: { $category }
help-page-change-category = Change
help-page-section-what = What
help-page-field-title = In a few words
help-page-field-title-hint = For example: Groceries from the shop on the corner
help-page-field-description = Tell us more
help-page-field-description-hint = What is needed, and anything the helper should know.
help-page-section-where = Where
help-page-where-private = Only the helper you choose sees the address. Others see only the area.
help-page-field-address = Address
help-page-place-hint = The place on the map helps neighbours nearby find your request. You can copy the two numbers from a map app.
help-page-use-my-position = Use my current position
help-page-position-failed = Your position could not be found. Type the numbers instead.
help-page-section-when = When
help-page-field-from-day = From (day)
help-page-field-from-time = From (time)
help-page-field-until-day = Until (day)
help-page-field-until-time = Until (time)
help-page-on-behalf-summary = I am asking for someone else
help-page-on-behalf-intro = Fill this in only if you ask for another person, with their agreement.
help-page-field-on-behalf-name = Their name
help-page-field-on-behalf-phone = Their phone number
help-page-field-on-behalf-phone-hint = For example +32 470 12 34 56
help-page-field-consent-given-by = Who agreed?
help-page-field-consent-given-by-hint = The person, or someone allowed to decide for them.
help-page-field-consent-day = When did they agree?
help-page-field-consent-how = How did they agree?
help-page-field-consent-how-hint = For example: by phone, in person, in writing.
help-page-ask-submit = Ask for help
help-page-ask-cancel = Back

help-page-messages-title = Messages
help-page-messages-with = With { $name }
help-page-messages-private = Only the two of you can read these messages.
help-page-no-messages = No messages yet.
help-page-message-erased = (message removed)
help-page-write-title = Write a message
help-page-field-message = Your message
help-page-send = Send
help-page-back-to-request = Back to the request

help-page-mine-title = My requests and offers
help-page-mine-requests = What I asked for
help-page-mine-no-requests = You have not asked for help yet.
help-page-mine-offers = Where I offered help
help-page-mine-no-offers = You have not offered help yet.
help-page-mine-see-offers = See who offered help
help-page-mine-talk-and-finish = Write to your helper, or mark as done
help-page-mine-talk = Write a message
help-page-mine-offer-done = You helped. Thank you!

help-page-notice-asked = Your request is online. We will tell you when someone offers help.
help-page-notice-offered = Thank you! The person will see your offer.
help-page-notice-accepted = You accepted the offer. Your helper now sees the address.
help-page-notice-cancelled = Your request is cancelled.
help-page-notice-completed = Done! Your helper got the time as credit.
help-page-notice-sent = Your message was sent.
