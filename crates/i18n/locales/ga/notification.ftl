# Fógraí san aip, agus leathanach an bhosca amach dóibh siúd a reáchtálann ardán.

nav-notifications = Fógraí
nav-notifications-unread = { $count ->
    [one] 1 gan léamh
    [two] 2 gan léamh
    [few] { $count } gan léamh
    [many] { $count } gan léamh
   *[other] { $count } gan léamh
}

notifications-title = Fógraí
notifications-intro = An méid a tharla do do chláruithe agus do do shealanna, an ceann is nuaí ar dtús.
notifications-empty = Faic fós. Nuair a athraíonn rud éigin i do chláruithe, gheobhaidh tú anseo é.
notifications-new = Nua

notification-signup-confirmed = Tá d'áit deimhnithe: { $title } ({ $when }).
notification-signup-waitlisted = Is tusa uimhir { $position } ar an liosta feithimh: { $title } ({ $when }).
notification-signup-promoted = Tháinig áit saor: tá tú deimhnithe anois – { $title } ({ $when }).
notification-signup-removed = Bhain na comhordaitheoirí do chlárú: { $title } ({ $when }).
notification-shift-changed = Tá athrú ar an seal: { $title }. Is é seo an t-am anois: { $when }.
notification-shift-cancelled = Cealaíodh an seal: { $title } ({ $when }).
notification-shift-reminder = Meabhrúchán: táthar ag súil leat ag { $title }, { $when }.
notification-other = D'athraigh rud éigin i do chláruithe.

outbox-title = Bosca amach
outbox-intro = Coinnítear anseo gach ríomhphost a sheolann { $platform }. Tá ríomhphoist atá marcáilte “Gan seoladh” ag fanacht toisc nach bhfuil freastalaí ríomhphoist cumraithe: léigh anseo iad agus seol ar aghaidh iad más gá.
outbox-empty = Níl aon ríomhphost ann fós.
outbox-to = Chuig
outbox-written = Scríofa
outbox-status = Stádas
outbox-sent = Seolta
outbox-not-sent = Gan seoladh
outbox-read = Léigh an ríomhphost
notification-offer-received = Thairg duine éigin cabhrú le “{ $title }”.
notification-offer-accepted = Glacadh le do thairiscint cabhrú le “{ $title }”.
notification-offer-declined = Go raibh maith agat as tairiscint cabhrú le “{ $title }”: socraíodh é ar bhealach eile an uair seo.
notification-request-nearby = Tá cabhair ag teastáil ó chomharsa in aice leat: “{ $title }”.
notification-help-thanked = Fuair tú nóta buíochais as “{ $title }”.
notification-moderation-warning = Sheol foireann { $platform } rabhadh chugat: { $reason }
outbox-filter-recipient = Seoladh an fhaighteora
outbox-filter-submit = Taispeáin
outbox-state-all = Gach ríomhphost
outbox-none-match = Níl aon ríomhphost ag teacht leis sin. Bain triail as cuid den seoladh, nó as gach ríomhphost.
outbox-older = Ríomhphoist níos sine
outbox-site-title = Ríomhphoist faoi chuntais
outbox-site-intro = Ní bhaineann ríomhphoist faoi chuntais daoine féin, mar shampla nasc chun pasfhocal nua a roghnú, le hardán ar bith. Gan freastalaí ríomhphoist, fanann siad anseo. Osclaíonn nasc i ríomhphost den sórt sin an cuntas ar scríobhadh an ríomhphost dó: ná tabhair é ach d'úinéir an chuntais.
error-outbox-state-unknown = Roghnaigh gach ríomhphost, seolta nó gan seoladh.
outbox-filters = Aimsigh ríomhphost
notification-message-received = { $count ->
    [one] Sheol { $from } teachtaireacht chugat faoi “{ $title }”.
    [two] Sheol { $from } dhá theachtaireacht nua chugat faoi “{ $title }”.
    [few] Sheol { $from } { $count } teachtaireacht nua chugat faoi “{ $title }”.
    [many] Sheol { $from } { $count } teachtaireacht nua chugat faoi “{ $title }”.
   *[other] Sheol { $from } { $count } teachtaireacht nua chugat faoi “{ $title }”.
}
