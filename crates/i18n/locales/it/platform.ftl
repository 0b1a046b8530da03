# La pagina iniziale e la pagina di una piattaforma.

home-title = Aiuto vicino a te
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
home-part-of = Fa parte di { $platform }
home-figure-opportunities = { $count ->
    [one] Un'attività con turni in programma
    [many] { $count } di attività con turni in programma
   *[other] { $count } attività con turni in programma
}
home-figure-requests = { $count ->
    [one] un vicino che chiede aiuto
    [many] { $count } di vicini che chiedono aiuto
   *[other] { $count } vicini che chiedono aiuto
}
home-figure-members = { $count ->
    [one] un membro
    [many] { $count } di membri
   *[other] { $count } membri
}
home-what = Entraide è il luogo in cui una città o un quartiere gestisce in prima persona il proprio volontariato e l'aiuto tra vicini: trova qualcosa da fare vicino a te, oppure chiedi una mano.
