# Errors: problem titles (API and pages) and messages for each error code.

problem-invalid-input = Some information is missing or wrong
problem-malformed = The request could not be read
problem-json-expected = Send a JSON body with the Content-Type application/json.
problem-object-expected = The body must be a JSON object.
problem-conflict = This already exists
problem-unauthenticated = Please sign in
problem-forbidden = You are not allowed to do this
problem-not-found = Not found
problem-refused = This change is not possible
problem-too-many-requests = Too many attempts
problem-retry-after = Please wait { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
} before trying again.
problem-internal = Something went wrong on our side

page-forbidden = Your role on this platform does not allow this.
page-internal = We are sorry: something went wrong on our side. Please try again in a moment.
page-form-expired = This form has expired. Please go back, reload the page and try again.

error-required = Please fill this in.
error-too-long = This is too long.
error-type = This value has the wrong type: { $detail }
error-email-malformed = Enter an email address like name@example.org.
error-password-too-short = The password needs at least 10 characters.
error-password-wrong = This password is not correct.
error-credentials-wrong = The email address or the password is not correct.
error-date-malformed = Enter a date like 1990-04-23.
error-birth-date-implausible = Check the date of birth: it cannot be in the future or before 1900.
error-locale-unknown = This language is not available.
error-slug-length = Use between 2 and 40 characters.
error-slug-characters = Use only lowercase letters, digits and hyphens, not starting or ending with a hyphen.
error-latitude-out-of-range = The latitude must be between -90 and 90.
error-longitude-out-of-range = The longitude must be between -180 and 180.
error-coordinates-malformed = Write the point as latitude,longitude, for example 50.85,4.35.
error-organisation-kind-unknown = Choose one of the kinds of organisation.
error-role-unknown = This role does not exist.
error-account-unknown = Nobody has an account with this email address yet.
error-platform-unknown = There is no platform with this address.
error-last-admin = An organisation needs at least one admin. Add another admin first.
error-taken-email = An account with this email address already exists.
error-taken-slug = Another platform already uses this address.
error-taken-member = This person is already a member.
error-unknown-platform = There is no such platform.
error-unknown-organisation = There is no such organisation.
error-unknown-account = There is no such account.
error-unknown-token = There is no such key.
error-unknown-member = This person is not a member.
error-unknown-page = There is nothing at this address.
error-unknown-parent = There is no such parent platform.
error-time-zone-unknown = This time zone does not exist. Use a name like Europe/Brussels.
