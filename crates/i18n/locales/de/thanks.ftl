## Notices on a request's page after saying thank you.
help-page-notice-thanked = Deine Nachricht ist verschickt. Danke!
help-page-notice-thanks-empty = Bitte schreib ein paar Worte, bevor du deinen Dank schickst.
