# Notificări în aplicație și căsuța de ieșire pentru cei care administrează o platformă.

nav-notifications = Notificări
nav-notifications-unread = { $count ->
    [one] 1 necitită
    [few] { $count } necitite
   *[other] { $count } de necitite
}

notifications-title = Notificări
notifications-intro = Ce s-a întâmplat cu înscrierile și turele dumneavoastră, cele mai noi primele.
notifications-empty = Nimic deocamdată. Când se schimbă ceva în înscrierile dumneavoastră, veți afla aici.
notifications-new = Nouă

notification-signup-confirmed = Locul dumneavoastră la { $title } ({ $when }) este confirmat.
notification-signup-waitlisted = Sunteți pe locul { $position } pe lista de așteptare pentru { $title } ({ $when }).
notification-signup-promoted = S-a eliberat un loc: participarea dumneavoastră la { $title } ({ $when }) este acum confirmată.
notification-signup-removed = Coordonatorii v-au eliminat înscrierea la { $title } ({ $when }).
notification-shift-changed = Tura pentru { $title } s-a schimbat. Acum este: { $when }.
notification-shift-cancelled = Tura pentru { $title } ({ $when }) a fost anulată.
notification-shift-reminder = Memento: vă așteptăm la { $title }, { $when }.
notification-other = Ceva s-a schimbat în înscrierile dumneavoastră.

outbox-title = Căsuța de ieșire
outbox-intro = Fiecare e-mail trimis de { $platform } este păstrat aici. E-mailurile marcate „netrimis” așteaptă pentru că nu este configurat niciun server de e-mail: citiți-le aici și transmiteți-le mai departe, dacă este nevoie.
outbox-empty = Niciun e-mail deocamdată.
outbox-to = Către
outbox-written = Scris
outbox-status = Stare
outbox-sent = Trimis
outbox-not-sent = Netrimis
outbox-read = Citiți e-mailul
notification-offer-received = Cineva s-a oferit să ajute la „{ $title }”.
notification-offer-accepted = Oferta dumneavoastră de a ajuta la „{ $title }” a fost acceptată.
notification-offer-declined = Vă mulțumim că v-ați oferit să ajutați la „{ $title }”: de data aceasta s-a rezolvat altfel.
notification-request-nearby = Un vecin din apropiere are nevoie de ajutor: „{ $title }”.
notification-help-thanked = Ați primit o mulțumire pentru „{ $title }”.
notification-moderation-warning = Echipa { $platform } v-a trimis un avertisment: { $reason }
outbox-filter-recipient = Adresa destinatarului
outbox-filter-submit = Afișați
outbox-state-all = Toate e-mailurile
outbox-none-match = Niciun e-mail nu se potrivește. Încercați o parte din adresă sau toate e-mailurile.
outbox-older = E-mailuri mai vechi
outbox-site-title = E-mailuri despre conturi
outbox-site-intro = E-mailurile despre conturile propriu-zise ale oamenilor, cum ar fi un link pentru alegerea unei parole noi, nu aparțin niciunei platforme. Fără server de e-mail, ele așteaptă aici. Un link dintr-un astfel de e-mail deschide contul pentru care a fost scris: transmiteți-l doar titularului contului.
error-outbox-state-unknown = Alegeți toate e-mailurile, trimise sau netrimise.
outbox-filters = Găsiți un e-mail
notification-message-received = { $count ->
    [one] { $from } v-a trimis un mesaj despre „{ $title }”.
    [few] { $from } v-a trimis { $count } mesaje noi despre „{ $title }”.
   *[other] { $from } v-a trimis { $count } de mesaje noi despre „{ $title }”.
}
