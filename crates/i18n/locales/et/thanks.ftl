## Notices on a request's page after saying thank you.
help-page-notice-thanked = Sinu sõnum on saadetud. Aitäh!
help-page-notice-thanks-empty = Palun kirjuta enne tänu saatmist paar sõna.
