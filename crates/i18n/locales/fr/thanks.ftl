## Notices on a request's page after saying thank you.
help-page-notice-thanked = Votre mot est envoyé. Merci !
help-page-notice-thanks-empty = Merci d'écrire quelques mots avant d'envoyer vos remerciements.
