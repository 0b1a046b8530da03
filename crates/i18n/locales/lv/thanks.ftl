## Notices on a request's page after saying thank you.
help-page-notice-thanked = Jūsu zīmīte ir nosūtīta. Paldies!
help-page-notice-thanks-empty = Lūdzu, uzrakstiet dažus vārdus, pirms nosūtāt pateicību.
