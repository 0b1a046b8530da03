## Notices on a request's page after saying thank you.
help-page-notice-thanked = Váš vzkaz je odeslán. Děkujeme!
help-page-notice-thanks-empty = Než poděkování odešlete, napište prosím pár slov.
