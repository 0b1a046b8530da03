## Notices on a request's page after saying thank you.
help-page-notice-thanked = Jūsų raštelis išsiųstas. Ačiū!
help-page-notice-thanks-empty = Prieš siųsdami padėką, parašykite bent kelis žodžius.
