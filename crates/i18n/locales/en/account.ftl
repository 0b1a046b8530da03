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
