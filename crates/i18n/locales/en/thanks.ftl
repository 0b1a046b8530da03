## Notices on a request's page after saying thank you.
help-page-notice-thanked = Your note is sent. Thank you!
help-page-notice-thanks-empty = Please write a few words before sending your thanks.
