# Notifiki fl-applikazzjoni, u l-paġna tal-ittri ħerġin għal min imexxi pjattaforma.

nav-notifications = Notifiki
nav-notifications-unread = { $count ->
    [one] 1 mhux moqrija
    [two] 2 mhux moqrija
    [few] { $count } mhux moqrija
    [many] { $count } mhux moqrija
   *[other] { $count } mhux moqrija
}

notifications-title = Notifiki
notifications-intro = X'ġara lir-reġistrazzjonijiet u lit-turnijiet tiegħek, l-aktar ġodda l-ewwel.
notifications-empty = Għad m'hemm xejn. Meta tinbidel xi ħaġa fir-reġistrazzjonijiet tiegħek, issibha hawn.
notifications-new = Ġdida

notification-signup-confirmed = Postok għal { $title } ({ $when }) huwa kkonfermat.
notification-signup-waitlisted = Int numru { $position } fil-lista ta' stennija għal { $title } ({ $when }).
notification-signup-promoted = Inħeles post: ir-reġistrazzjoni tiegħek għal { $title } ({ $when }) issa hija kkonfermata.
notification-signup-removed = Il-koordinaturi neħħew ir-reġistrazzjoni tiegħek għal { $title } ({ $when }).
notification-shift-changed = It-turn ta' { $title } inbidel. Issa huwa: { $when }.
notification-shift-cancelled = It-turn ta' { $title } ({ $when }) ġie kkanċellat.
notification-shift-reminder = Tfakkira: qed nistennewk għal { $title }, { $when }.
notification-other = Inbidlet xi ħaġa fir-reġistrazzjonijiet tiegħek.

outbox-title = Ittri ħerġin
outbox-intro = Kull ittra li tibgħat { $platform } tinżamm hawn. L-ittri mmarkati “Mhux mibgħuta” qed jistennew għax m'hemm l-ebda server tal-posta kkonfigurat: aqrahom hawn u għaddihom 'il quddiem jekk hemm bżonn.
outbox-empty = Għad m'hemm l-ebda ittra.
outbox-to = Lil
outbox-written = Miktuba
outbox-status = Stat
outbox-sent = Mibgħuta
outbox-not-sent = Mhux mibgħuta
outbox-read = Aqra l-ittra
notification-offer-received = Xi ħadd offra li jgħin f'“{ $title }”.
notification-offer-accepted = L-offerta tiegħek li tgħin f'“{ $title }” ġiet aċċettata.
notification-offer-declined = Grazzi talli offrejt li tgħin f'“{ $title }”: din id-darba ġiet solvuta b'mod ieħor.
notification-request-nearby = Ġar qrib tiegħek għandu bżonn l-għajnuna: “{ $title }”.
notification-help-thanked = Irċevejt ringrazzjament għal “{ $title }”.
notification-moderation-warning = It-tim ta' { $platform } bagħtlek twissija: { $reason }
outbox-filter-recipient = L-indirizz ta' min jirċievi
outbox-filter-submit = Uri
outbox-state-all = L-ittri kollha
outbox-none-match = L-ebda ittra ma taqbel. Ipprova parti mill-indirizz, jew l-ittri kollha.
outbox-older = Ittri eqdem
outbox-site-title = Ittri dwar il-kontijiet
outbox-site-intro = L-ittri dwar il-kontijiet tan-nies infushom, bħal link biex tagħżel kelma sigrieta ġdida, ma jappartjenu għall-ebda pjattaforma. Mingħajr server tal-posta jistennew hawn. Link f'ittra bħal din jiftaħ il-kont li għalih inkitbet l-ittra: għaddih biss lil sid il-kont.
error-outbox-state-unknown = Agħżel l-ittri kollha, mibgħuta jew mhux mibgħuta.
outbox-filters = Sib ittra
notification-message-received = { $count ->
    [one] Għandek messaġġ ġdid mingħand { $from } dwar “{ $title }”.
    [two] Għandek żewġ messaġġi ġodda mingħand { $from } dwar “{ $title }”.
    [few] Għandek { $count } messaġġi ġodda mingħand { $from } dwar “{ $title }”.
    [many] Għandek { $count } messaġġ ġdid mingħand { $from } dwar “{ $title }”.
   *[other] Għandek { $count } messaġġ ġdid mingħand { $from } dwar “{ $title }”.
}
