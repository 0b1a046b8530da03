## Notices on a request's page after saying thank you.
help-page-notice-thanked = Vaša je poruka poslana. Hvala vam!
help-page-notice-thanks-empty = Molimo napišite nekoliko riječi prije nego što pošaljete zahvalu.
