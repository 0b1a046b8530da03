# Rakendusesisesed teavitused ning väljuvate kirjade leht platvormi haldajatele.

nav-notifications = Teavitused
nav-notifications-unread = { $count ->
    [one] 1 lugemata
   *[other] { $count } lugemata
}

notifications-title = Teavitused
notifications-intro = Mis sinu registreerumiste ja vahetustega on juhtunud, uuemad eespool.
notifications-empty = Veel pole midagi. Kui sinu registreerumistes midagi muutub, leiad selle siit.
notifications-new = Uus

notification-signup-confirmed = Sinu koht on kinnitatud: { $title } ({ $when }).
notification-signup-waitlisted = Oled ootenimekirjas { $position }. kohal: { $title } ({ $when }).
notification-signup-promoted = Koht vabanes ja sinu osalemine on nüüd kinnitatud: { $title } ({ $when }).
notification-signup-removed = Koordinaatorid eemaldasid sinu registreerumise: { $title } ({ $when }).
notification-shift-changed = Vahetus on muutunud: { $title }. Uus aeg: { $when }.
notification-shift-cancelled = Vahetus tühistati: { $title } ({ $when }).
notification-shift-reminder = Meeldetuletus: sind oodatakse – { $title }, { $when }.
notification-other = Sinu registreerumistes muutus midagi.

outbox-title = Väljuvad kirjad
outbox-intro = Kõik kirjad, mille { $platform } saadab, hoitakse siin. Märkega „saatmata“ kirjad ootavad, sest meiliserverit pole seadistatud: loe neid siin ja edasta vajaduse korral.
outbox-empty = Kirju veel pole.
outbox-to = Saaja
outbox-written = Kirjutatud
outbox-status = Olek
outbox-sent = Saadetud
outbox-not-sent = Saatmata
outbox-read = Loe kirja
notification-offer-received = Keegi pakkus abi: „{ $title }“.
notification-offer-accepted = Sinu abipakkumine – „{ $title }“ – võeti vastu.
notification-offer-declined = Aitäh, et pakkusid abi – „{ $title }“: seekord lahendati see teisiti.
notification-request-nearby = Naaber sinu lähedal vajab abi: „{ $title }“.
notification-help-thanked = Said tänusõnad: „{ $title }“.
notification-moderation-warning = Platvormi { $platform } meeskond saatis sulle hoiatuse: { $reason }
outbox-filter-recipient = Saaja aadress
outbox-filter-submit = Näita
outbox-state-all = Kõik kirjad
outbox-none-match = Ükski kiri ei sobi. Proovi aadressi osa või kõiki kirju.
outbox-older = Vanemad kirjad
outbox-site-title = Kirjad kontode kohta
outbox-site-intro = Kirjad inimeste kontode enda kohta, näiteks link uue parooli valimiseks, ei kuulu ühelegi platvormile. Meiliserverita ootavad need siin. Sellises kirjas olev link avab konto, mille jaoks kiri kirjutati: edasta see ainult konto omanikule.
error-outbox-state-unknown = Vali kõik kirjad, saadetud või saatmata.
outbox-filters = Leia kiri
notification-message-received = { $count ->
    [one] { $from } saatis sulle sõnumi abipalve „{ $title }“ kohta.
   *[other] { $from } saatis sulle { $count } uut sõnumit abipalve „{ $title }“ kohta.
}
