## Notices on a request's page after saying thank you.
help-page-notice-thanked = Twoja wiadomość została wysłana. Dziękujemy!
help-page-notice-thanks-empty = Napisz kilka słów, zanim wyślesz podziękowanie.
