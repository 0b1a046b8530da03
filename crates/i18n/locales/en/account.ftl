# Signing up, in and out; the account page.

sign-up-title = Create your account
sign-up-intro = It takes a minute. We only ask for what we need.
sign-up-submit = Create my account
sign-up-have-account = Already have an account?
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-no-account = New here?

field-display-name = Your name
field-display-name-hint = The name other people will see.
field-email = Email address
field-password = Password
field-password-hint = At least 10 characters. A few words you will remember work well.
field-birth-date = Date of birth (optional)
field-birth-date-hint = Some activities have a minimum age. We use it only to check that.
field-language = Language
field-current-password = Current password
field-new-password = New password
field-password-confirm = Your password, to confirm

account-title = My account
account-platforms = My platforms
account-no-platforms = You have not joined a platform yet.
account-language = Language
account-language-submit = Save language
account-password = Change password
account-password-submit = Change password
account-tokens = Access for apps
account-tokens-intro = Apps and scripts that act for you use these keys. Revoke any you no longer use.
account-no-tokens = No app has access.
account-token-revoked = revoked
account-token-revoke = Revoke
account-calendar = Calendar
account-calendar-intro = Your confirmed shifts can appear in the calendar app you already use, on your phone or computer. Subscribe to your private calendar link there (“add calendar from a web address”): the app checks it by itself and shows new shifts, changes and cancellations.
account-calendar-link = Your private calendar link
account-calendar-link-hint = Copy it now into your calendar app. For your safety we do not keep it, so we cannot show it again.
account-calendar-active = You have a private calendar link. If you lost it, make a new one.
account-calendar-none = You have no private calendar link yet.
account-calendar-secret = Anyone who has the link can see your shifts, so keep it to yourself. If someone else got it, make a new one: the old link stops working at once.
account-calendar-create = Make my private link
account-calendar-replace = Make a new link
account-calendar-revoke = Turn my link off
account-calendar-download = Download my shifts as a calendar file
account-data = My data
account-data-intro = Download everything this platform stores about you, in a file that other programs can read.
account-data-download = Download my data
account-delete = Delete my account
account-delete-intro = Your name, email and date of birth are erased and you can no longer sign in. What you did for others stays in the history, without your name. This cannot be undone.
account-delete-submit = Delete my account for good

notice-welcome = Welcome! Your account is ready.
notice-signed-out = You are signed out. See you soon!
notice-account-deleted = Your account has been deleted.
notice-password-changed = Your password has been changed. You were signed out everywhere else.
notice-language-changed = Your language has been saved.
notice-token-revoked = The key has been revoked.
notice-calendar-created = Your private calendar link is ready: copy it now from the Calendar section.
notice-calendar-revoked = Your private calendar link is turned off. Calendar apps that used it no longer get your shifts.

# The private calendar feed, read by calendar apps.
error-unknown-calendar-feed = There is no calendar at this address. The link may have been turned off or replaced.
problem-host-missing = The request does not say which site it is for (the Host header is missing or malformed).
account-birth-date = Date of birth
account-birth-date-submit = Save date of birth
notice-birth-date-saved = Your date of birth has been saved.

## Name, phone and mail address on the account page
account-details = Your name and phone
account-details-submit = Save name and phone
field-phone = Phone number (optional)
field-phone-hint = Only the coordinators of the shifts you sign up for see it, to reach you about a shift.
notice-details-saved = Your name and phone number have been saved.
account-email = Mail address
account-email-current = You sign in with { $email }.
account-email-unconfirmed = This address is not confirmed yet. Open the link we sent to it: until then, we cannot send you any mail.
account-email-pending = You asked to use { $email } instead. Open the link we sent there; until then, you keep signing in with your current address.
account-email-resend = Send the link again
account-email-have-code = I have a code from the mail
account-email-change = Change my mail address
account-email-how = We send a link to the new address. It replaces the current one only once you open that link.
field-new-email = New mail address
field-email-password = Your password, to confirm
account-email-submit = Send the link
notice-email-link-sent = We sent you a link. Open it from your mailbox to confirm the address.
notice-email-confirmed = Your mail address is confirmed.
banner-email-unconfirmed = Please confirm your mail address { $email }: open the link we sent you. Until then, we cannot send you any mail.
banner-email-unconfirmed-link = Did not get it?

## Confirming an address with the mailed link
email-confirm-title = Confirm your mail address
email-confirm-text = Is { $email } your address? Press the button to confirm it: your account will use it to sign in and for mail.
email-confirm-submit = Yes, confirm my address
field-confirm-code = Code from the mail
field-confirm-code-hint = Paste the long code from the mail we sent you.
email-confirmed-title = Your address is confirmed
email-confirmed-text = From now on we send your mail to { $email }, and you sign in with it.
email-confirmed-continue = Continue
email-confirm-expired-title = This link no longer works
email-confirm-expired-text = A link to confirm an address works once, for { $days } days. Ask for a new one from your account page: it takes a minute.
email-confirm-ask-again = Ask for a new link
email-confirm-taken-title = This address is already used
email-confirm-taken-text = Another account now uses { $email }, so it cannot be yours too. Your account keeps the address it had.

## The mail with the link
mail-confirm-subject = Confirm your mail address
mail-confirm-body = Welcome to Entraide! To get news about your shifts and your neighbours' requests by mail, confirm that this address is yours.
mail-confirm-new-body = You asked to use this address for your Entraide account. Confirm it to sign in with it and get your mail here.
mail-confirm-link = To confirm it, open this link within 7 days:
mail-confirm-code = To confirm it, sign in on the site, open “My account”, choose “I have a code from the mail”, and paste this code within 7 days:
mail-confirm-ignore = If you did not ask for this, you can ignore this mail: nothing changes.
mail-confirm-footer = You receive this mail because this address was given for an account on Entraide.

## The mail to an address an account left
mail-email-changed-subject = Your mail address was changed
mail-email-changed-body = Your Entraide account no longer uses { $previous }: from now on you sign in with { $email }, and your mail goes there.
mail-email-changed-not-you = If you did not do this, someone may be using your account. Write at once to the team of your platform: they can help you get it back.
mail-email-changed-footer = You receive this mail because this address was the one of an account on Entraide.
