# Obavijesti u aplikaciji i stranica s odlaznom poštom za one koji vode platformu.

nav-notifications = Obavijesti
nav-notifications-unread = { $count ->
    [one] { $count } nepročitana
    [few] { $count } nepročitane
   *[other] { $count } nepročitanih
}

notifications-title = Obavijesti
notifications-intro = Što se dogodilo s vašim prijavama i smjenama, najnovije prvo.
notifications-empty = Zasad ništa. Kad se nešto promijeni u vašim prijavama, naći ćete to ovdje.
notifications-new = Novo

notification-signup-confirmed = Vaše mjesto u smjeni „{ $title }“ ({ $when }) potvrđeno je.
notification-signup-waitlisted = Na listi čekanja za smjenu „{ $title }“ ({ $when }) ste { $position }. po redu.
notification-signup-promoted = Oslobodilo se mjesto: sada ste potvrđeni za smjenu „{ $title }“ ({ $when }).
notification-signup-removed = Koordinatori su uklonili vašu prijavu za smjenu „{ $title }“ ({ $when }).
notification-shift-changed = Smjena „{ $title }“ promijenjena je. Novo vrijeme: { $when }.
notification-shift-cancelled = Smjena „{ $title }“ ({ $when }) otkazana je.
notification-shift-reminder = Podsjetnik: očekuju vas u smjeni „{ $title }“, { $when }.
notification-other = Nešto se promijenilo u vašim prijavama.

outbox-title = Odlazna pošta
outbox-intro = Ovdje se čuva svaka poruka koju { $platform } pošalje. Poruke označene s „nije poslano“ čekaju jer nije postavljen poslužitelj e-pošte: pročitajte ih ovdje i po potrebi ih proslijedite.
outbox-empty = Još nema poruka.
outbox-to = Prima
outbox-written = Napisano
outbox-status = Status
outbox-sent = Poslano
outbox-not-sent = Nije poslano
outbox-read = Pročitaj poruku
notification-offer-received = Netko je ponudio pomoć za „{ $title }“.
notification-offer-accepted = Vaša ponuda pomoći za „{ $title }“ je prihvaćena.
notification-offer-declined = Hvala vam što ste ponudili pomoć za „{ $title }“: ovaj put je riješeno na drugi način.
notification-request-nearby = Susjed u vašoj blizini treba pomoć: „{ $title }“.
notification-help-thanked = Primili ste zahvalu za „{ $title }“.
notification-moderation-warning = Tim platforme { $platform } poslao vam je upozorenje: { $reason }
outbox-filter-recipient = Adresa primatelja
outbox-filter-submit = Prikaži
outbox-state-all = Sve poruke
outbox-none-match = Nijedna poruka ne odgovara. Pokušajte s dijelom adrese ili sa svim porukama.
outbox-older = Starije poruke
outbox-site-title = Poruke o računima
outbox-site-intro = Poruke o samim računima ljudi, poput poveznice za odabir nove lozinke, ne pripadaju nijednoj platformi. Bez poslužitelja e-pošte čekaju ovdje. Poveznica u takvoj poruci otvara račun za koji je poruka napisana: proslijedite je samo vlasniku tog računa.
error-outbox-state-unknown = Odaberite sve poruke, poslane ili neposlane.
outbox-filters = Pronađi poruku
notification-message-received = { $count ->
    [one] { $from } vam piše o zahtjevu „{ $title }“: imate { $count } novu poruku.
    [few] { $from } vam piše o zahtjevu „{ $title }“: imate { $count } nove poruke.
   *[other] { $from } vam piše o zahtjevu „{ $title }“: imate { $count } novih poruka.
}
