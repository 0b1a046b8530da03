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
