## Notices on a request's page after saying thank you.
help-page-notice-thanked = Din hilsen er sendt. Tak!
help-page-notice-thanks-empty = Skriv venligst et par ord, før du sender din tak.
