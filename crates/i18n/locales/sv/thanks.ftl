## Notices on a request's page after saying thank you.
help-page-notice-thanked = Din hälsning är skickad. Tack!
help-page-notice-thanks-empty = Skriv gärna några ord innan du skickar ditt tack.
