# Choosing a new password when the old one is forgotten: the pages and the mail.

password-forgot-link = Forgot your password?
password-forgot-title = Forgot your password?
password-forgot-intro = Type the email address of your account. We will send you a link to choose a new password.
password-forgot-submit = Send me a link
password-have-code = I have a code from the mail
password-sent-title = Check your mail
password-sent-text = If an account uses { $email }, a mail with a link to choose a new password is on its way. The link works for one hour.
password-sent-nothing = No mail after a few minutes? Look in your spam folder, check the address, or ask again.
password-ask-again = Ask again
password-back-to-sign-in = Back to sign-in
password-reset-title = Choose a new password
password-reset-for = For the account { $email }.
password-reset-submit = Save my new password
field-reset-code = Code from the mail
field-reset-code-hint = Paste the long code from the mail we sent you.
password-expired-title = This link no longer works
password-expired-text = A link to choose a new password works for one hour, and only once. Ask for a new one: it takes a minute.
password-expired-ask = Ask for a new link
error-reset-link-expired = This code no longer works: it was used already, or it is more than an hour old. Ask for a new link.
notice-password-reset = Your new password is saved and you are signed in. Everywhere else you were signed out.

mail-password-reset-subject = Choose a new password
mail-password-reset-body = Someone, probably you, asked to choose a new password for your account.
mail-password-reset-link = To choose it, open this link within an hour (it works once):
mail-password-reset-code = To choose it, go to the sign-in page of the site, choose “Forgot your password?”, then “I have a code from the mail”, and paste this code within an hour:
mail-password-reset-ignore = If you did not ask for it, you can ignore this mail: your password stays as it is.
mail-password-reset-footer = You receive this mail because a new password was asked for the account with this address.
