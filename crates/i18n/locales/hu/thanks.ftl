## Notices on a request's page after saying thank you.
help-page-notice-thanked = Üzenetét elküldtük. Köszönjük!
help-page-notice-thanks-empty = Kérjük, írjon néhány szót, mielőtt elküldi a köszönetét.
