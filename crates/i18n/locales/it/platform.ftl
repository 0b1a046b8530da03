# La pagina iniziale e la pagina di una piattaforma.

home-title = Aiuto vicino a te
home-intro = Trova una piattaforma locale di volontariato e aiuto tra vicini, oppure unisciti a quella della zona in cui vivi.
home-my-platforms = Le mie piattaforme
home-all-platforms = Tutte le piattaforme
home-no-platforms = Qui non c'è ancora nessuna piattaforma.

platform-you-member = Sei membro di questa piattaforma.
platform-you-admin = Fai parte della squadra che gestisce questa piattaforma.
platform-join = Unisciti a questa piattaforma
platform-sign-up-to-join = Crea un account per unirti
platform-my-organisations = Le mie organizzazioni
platform-organisations = Organizzazioni
platform-no-organisations = Nessuna organizzazione si è ancora unita.
platform-new-organisation = Registra un'organizzazione
