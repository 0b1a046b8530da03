## Notices on a request's page after saying thank you.
help-page-notice-thanked = Mesajul dumneavoastră a fost trimis. Vă mulțumim!
help-page-notice-thanks-empty = Vă rugăm să scrieți câteva cuvinte înainte de a trimite mulțumirea.
