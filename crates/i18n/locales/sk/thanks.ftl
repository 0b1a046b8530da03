## Notices on a request's page after saying thank you.
help-page-notice-thanked = Váš odkaz je odoslaný. Ďakujeme!
help-page-notice-thanks-empty = Skôr ako pošlete poďakovanie, napíšte, prosím, pár slov.
