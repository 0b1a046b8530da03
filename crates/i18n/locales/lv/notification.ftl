# Paziņojumi lietotnē un izsūtāmo vēstuļu lapa tiem, kas uztur platformu.

nav-notifications = Paziņojumi
nav-notifications-unread = { $count ->
    [zero] { $count } nelasīti
    [one] { $count } nelasīts
   *[other] { $count } nelasīti
}

notifications-title = Paziņojumi
notifications-intro = Kas noticis ar jūsu pierakstiem un maiņām; jaunākie augšā.
notifications-empty = Pagaidām nekā. Kad jūsu pierakstos kaut kas mainīsies, to atradīsiet šeit.
notifications-new = Jauns

notification-signup-confirmed = Jūsu vieta ir apstiprināta: { $title } ({ $when }).
notification-signup-waitlisted = Jūsu numurs gaidīšanas sarakstā ir { $position }: { $title } ({ $when }).
notification-signup-promoted = Atbrīvojās vieta: jūsu dalība tagad ir apstiprināta – { $title } ({ $when }).
notification-signup-removed = Koordinatori noņēma jūsu pierakstu: { $title } ({ $when }).
notification-shift-changed = Maiņa ir mainīta: { $title }. Jaunais laiks: { $when }.
notification-shift-cancelled = Maiņa ir atcelta: { $title } ({ $when }).
notification-shift-reminder = Atgādinājums: jūs gaida – { $title }, { $when }.
notification-other = Jūsu pierakstos kaut kas mainījās.

outbox-title = Izsūtne
outbox-intro = Šeit glabājas visas vēstules, ko sūta { $platform }. Vēstules ar atzīmi „Nav nosūtīta” gaida, jo nav iestatīts pasta serveris: izlasiet tās šeit un, ja vajag, nododiet tālāk.
outbox-empty = Vēstuļu vēl nav.
outbox-to = Kam
outbox-written = Uzrakstīta
outbox-status = Statuss
outbox-sent = Nosūtīta
outbox-not-sent = Nav nosūtīta
outbox-read = Lasīt vēstuli
notification-offer-received = Kāds piedāvāja palīdzēt ar „{ $title }”.
notification-offer-accepted = Jūsu piedāvājums palīdzēt ar „{ $title }” ir pieņemts.
notification-offer-declined = Paldies, ka piedāvājāt palīdzēt ar „{ $title }”: šoreiz tas tika atrisināts citādi.
notification-request-nearby = Kaimiņam jūsu tuvumā vajag palīdzību: „{ $title }”.
notification-help-thanked = Jūs saņēmāt pateicību par „{ $title }”.
notification-moderation-warning = { $platform } komanda jums nosūtīja brīdinājumu: { $reason }
outbox-filter-recipient = Saņēmēja adrese
outbox-filter-submit = Rādīt
outbox-state-all = Visas vēstules
outbox-none-match = Neviena vēstule neatbilst. Izmēģiniet daļu no adreses vai visas vēstules.
outbox-older = Vecākas vēstules
outbox-site-title = Vēstules par kontiem
outbox-site-intro = Vēstules par pašiem cilvēku kontiem, piemēram, saite jaunas paroles izvēlei, nepieder nevienai platformai. Bez pasta servera tās gaida šeit. Saite šādā vēstulē atver kontu, kuram vēstule rakstīta: nododiet to tikai konta īpašniekam.
error-outbox-state-unknown = Izvēlieties visas vēstules, nosūtītās vai nenosūtītās.
outbox-filters = Atrast vēstuli
notification-message-received = { $count ->
    [zero] { $from } jums nosūtīja { $count } jaunas ziņas par „{ $title }”.
    [one] { $from } jums nosūtīja { $count } jaunu ziņu par „{ $title }”.
   *[other] { $from } jums nosūtīja { $count } jaunas ziņas par „{ $title }”.
}
