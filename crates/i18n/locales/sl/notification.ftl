# Obvestila v aplikaciji in stran odhodne pošte za tiste, ki upravljajo platformo.

nav-notifications = Obvestila
nav-notifications-unread = { $count ->
    [one] { $count } neprebrano
    [two] { $count } neprebrani
    [few] { $count } neprebrana
   *[other] { $count } neprebranih
}

notifications-title = Obvestila
notifications-intro = Kaj se je zgodilo z vašimi prijavami in izmenami, najnovejše najprej.
notifications-empty = Zaenkrat nič. Ko se pri vaših prijavah kaj spremeni, boste to našli tukaj.
notifications-new = Novo

notification-signup-confirmed = Vaše mesto na izmeni „{ $title }“ ({ $when }) je potrjeno.
notification-signup-waitlisted = Na čakalnem seznamu za izmeno „{ $title }“ ({ $when }) ste { $position }. po vrsti.
notification-signup-promoted = Sprostilo se je mesto: zdaj ste potrjeni za izmeno „{ $title }“ ({ $when }).
notification-signup-removed = Koordinatorji so odstranili vašo prijavo na izmeno „{ $title }“ ({ $when }).
notification-shift-changed = Izmena „{ $title }“ se je spremenila. Zdaj je: { $when }.
notification-shift-cancelled = Izmena „{ $title }“ ({ $when }) je bila odpovedana.
notification-shift-reminder = Opomnik: pričakujejo vas na izmeni „{ $title }“, { $when }.
notification-other = Pri vaših prijavah se je nekaj spremenilo.

outbox-title = Odhodna pošta
outbox-intro = Vsako sporočilo, ki ga pošlje { $platform }, se hrani tukaj. Sporočila z oznako „ni poslano“ čakajo, ker poštni strežnik ni nastavljen: preberite jih tukaj in jih po potrebi posredujte naprej.
outbox-empty = Sporočil še ni.
outbox-to = Za
outbox-written = Napisano
outbox-status = Stanje
outbox-sent = Poslano
outbox-not-sent = Ni poslano
outbox-read = Preberi sporočilo
notification-offer-received = Nekdo je ponudil pomoč pri „{ $title }“.
notification-offer-accepted = Vaša ponudba za pomoč pri „{ $title }“ je sprejeta.
notification-offer-declined = Hvala, ker ste ponudili pomoč pri „{ $title }“: tokrat je bilo rešeno drugače.
notification-request-nearby = Sosed v vaši bližini potrebuje pomoč: „{ $title }“.
notification-help-thanked = Prejeli ste zahvalo za „{ $title }“.
notification-moderation-warning = Ekipa platforme { $platform } vam je poslala opozorilo: { $reason }
outbox-filter-recipient = Naslov prejemnika
outbox-filter-submit = Prikaži
outbox-state-all = Vsa sporočila
outbox-none-match = Nobeno sporočilo se ne ujema. Poskusite z delom naslova ali z vsemi sporočili.
outbox-older = Starejša sporočila
outbox-site-title = Sporočila o računih
outbox-site-intro = Sporočila o samih računih ljudi, na primer povezava za izbiro novega gesla, ne pripadajo nobeni platformi. Brez poštnega strežnika čakajo tukaj. Povezava v takem sporočilu odpre račun, za katerega je bilo sporočilo napisano: posredujte jo samo lastniku tega računa.
error-outbox-state-unknown = Izberite vsa sporočila, poslana ali neposlana.
outbox-filters = Poišči sporočilo
notification-message-received = { $count ->
    [one] { $from } vam piše glede prošnje „{ $title }“: imate { $count } novo sporočilo.
    [two] { $from } vam piše glede prošnje „{ $title }“: imate { $count } novi sporočili.
    [few] { $from } vam piše glede prošnje „{ $title }“: imate { $count } nova sporočila.
   *[other] { $from } vam piše glede prošnje „{ $title }“: imate { $count } novih sporočil.
}
