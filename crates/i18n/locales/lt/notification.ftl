# Pranešimai programoje ir išsiunčiamų laiškų puslapis platformą valdantiems žmonėms.

nav-notifications = Pranešimai
nav-notifications-unread = { $count ->
    [one] { $count } neperskaitytas
    [few] { $count } neperskaityti
    [many] { $count } neperskaityto
   *[other] { $count } neperskaitytų
}

notifications-title = Pranešimai
notifications-intro = Kas nutiko jūsų registracijoms ir pamainoms; naujausi viršuje.
notifications-empty = Kol kas nieko. Kai jūsų registracijose kas nors pasikeis, tai rasite čia.
notifications-new = Naujas

notification-signup-confirmed = Jūsų vieta patvirtinta: { $title } ({ $when }).
notification-signup-waitlisted = Jūsų numeris laukiančiųjų sąraše – { $position }: { $title } ({ $when }).
notification-signup-promoted = Atsilaisvino vieta: dabar jūsų dalyvavimas patvirtintas – { $title } ({ $when }).
notification-signup-removed = Koordinatoriai pašalino jūsų registraciją: { $title } ({ $when }).
notification-shift-changed = Pamaina pasikeitė: { $title }. Naujas laikas: { $when }.
notification-shift-cancelled = Pamaina atšaukta: { $title } ({ $when }).
notification-shift-reminder = Priminimas: jūsų laukiama – { $title }, { $when }.
notification-other = Jūsų registracijose kai kas pasikeitė.

outbox-title = Siunčiamieji
outbox-intro = Čia saugomi visi laiškai, kuriuos siunčia { $platform }. Laiškai, pažymėti „neišsiųsta“, laukia, nes nesukonfigūruotas pašto serveris: perskaitykite juos čia ir, jei reikia, perduokite toliau.
outbox-empty = Laiškų dar nėra.
outbox-to = Kam
outbox-written = Parašyta
outbox-status = Būsena
outbox-sent = Išsiųsta
outbox-not-sent = Neišsiųsta
outbox-read = Skaityti laišką
notification-offer-received = Kažkas pasiūlė padėti dėl „{ $title }“.
notification-offer-accepted = Jūsų pasiūlymas padėti dėl „{ $title }“ priimtas.
notification-offer-declined = Ačiū, kad pasiūlėte padėti dėl „{ $title }“: šį kartą tai buvo išspręsta kitaip.
notification-request-nearby = Netoliese esančiam kaimynui reikia pagalbos: „{ $title }“.
notification-help-thanked = Gavote padėką už „{ $title }“.
notification-moderation-warning = { $platform } komanda atsiuntė jums įspėjimą: { $reason }
outbox-filter-recipient = Gavėjo adresas
outbox-filter-submit = Rodyti
outbox-state-all = Visi laiškai
outbox-none-match = Tinkančių laiškų nėra. Pabandykite dalį adreso arba visus laiškus.
outbox-older = Senesni laiškai
outbox-site-title = Laiškai apie paskyras
outbox-site-intro = Laiškai apie pačias žmonių paskyras, pavyzdžiui, nuoroda naujam slaptažodžiui pasirinkti, nepriklauso jokiai platformai. Kai nėra pašto serverio, jie laukia čia. Tokio laiško nuoroda atveria paskyrą, kuriai laiškas parašytas: perduokite ją tik tos paskyros savininkui.
error-outbox-state-unknown = Pasirinkite visus laiškus, išsiųstus arba neišsiųstus.
outbox-filters = Rasti laišką
notification-message-received = { $count ->
    [one] { $from } atsiuntė jums { $count } naują žinutę dėl „{ $title }“.
    [few] { $from } atsiuntė jums { $count } naujas žinutes dėl „{ $title }“.
    [many] { $from } atsiuntė jums { $count } naujos žinutės dėl „{ $title }“.
   *[other] { $from } atsiuntė jums { $count } naujų žinučių dėl „{ $title }“.
}
