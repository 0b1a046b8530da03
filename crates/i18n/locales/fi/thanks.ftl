## Notices on a request's page after saying thank you.
help-page-notice-thanked = Viestisi on lähetetty. Kiitos!
help-page-notice-thanks-empty = Kirjoita muutama sana ennen kuin lähetät kiitoksesi.
