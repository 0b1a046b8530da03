## Notices on a request's page after saying thank you.
help-page-notice-thanked = Je berichtje is verstuurd. Bedankt!
help-page-notice-thanks-empty = Schrijf een paar woorden voordat je je bedankje verstuurt.
