## Notices on a request's page after saying thank you.
help-page-notice-thanked = Vaše sporočilo je poslano. Hvala!
help-page-notice-thanks-empty = Preden pošljete zahvalo, napišite nekaj besed.
