# Cabhair chomharsan: iarratais, tairiscintí, snáitheanna príobháideacha agus críochnú.
error-category-unknown = Roghnaigh ceann de chatagóirí cabhrach an ardáin seo.
error-window-ends-before-start = Caithfidh deireadh na tréimhse ama a bheith i ndiaidh a tosaigh.
error-phone-malformed = Cuir isteach uimhir theileafóin le 6 go 15 digit, mar shampla +32 470 12 34 56.
error-within-km-out-of-range = Caithfidh an fad a bheith níos mó ná 0 agus 25 km ar a mhéad.
error-help-minutes-out-of-range = Caithfidh na nóiméid a bheith 1 ar a laghad, gan a bheith níos faide ná tréimhse ama an iarratais.
error-request-closed = Tá an t-iarratas seo thart cheana.
error-request-not-open = Ní ghlacann an t-iarratas seo le tairiscintí a thuilleadh.
error-request-not-accepted = Níor glacadh le tairiscint ar bith don iarratas seo fós.
error-taken-offer = Thairg tú cheana cabhrú leis an iarratas seo.
error-taken-completed = Tá an t-iarratas seo marcáilte mar déanta cheana.
error-unknown-request = Níl a leithéid d'iarratas ann.
error-unknown-offer = Níl a leithéid de thairiscint ann, nó níl sí oscailte a thuilleadh.
error-unknown-category = Níl a leithéid de chatagóir cabhrach ann.

## Leathanaigh na cabhrach comharsanachta.

help-page-nav = Cabhair chomharsanachta
help-page-platform-link = Cabhair chomharsanachta
help-page-list-title = Cabhair chomharsanachta
help-page-list-intro = Cabhraíonn comharsana lena chéile le rudaí beaga. Iarr cabhair, nó tairg do chabhair féin.
help-page-ask-button = Iarr cabhair
help-page-mine-link = Mo chuid iarratas agus tairiscintí
help-page-filters = Roghnaigh na hiarratais atá le taispeáint
help-page-field-category-filter = Cineál cabhrach
help-page-any-category = Cineál ar bith cabhrach
help-page-field-distance = Cé chomh fada
help-page-within = Laistigh de { $distance }
help-page-show = Taispeáin
help-page-results = Iarratais
help-page-none = Níl aon duine ag iarraidh an chineáil seo cabhrach faoi láthair.
help-page-fix-filters = Athraigh na roghanna thuas chun iarratais a fheiceáil.
help-page-next-page = Tuilleadh iarratas
help-page-distance = timpeall { $distance } uait
help-page-area = An ceantar timpeall { $lat }, { $lon }
help-page-area-unknown = Ceantar anaithnid
help-page-asked-on = Iarrtha ar { $date }

help-page-status-open = Ag fanacht le cúntóir
help-page-status-accepted = Roghnaíodh cúntóir
help-page-status-completed = Déanta
help-page-status-cancelled = Curtha ar ceal
help-page-offer-open = Thairg tú cabhair. Ag fanacht le freagra.
help-page-offer-accepted = Glacadh le do thairiscint.
help-page-offer-declined = Tá duine eile ag cabhrú an uair seo.
help-page-offer-line-open = Ag fanacht le do fhreagra
help-page-offer-line-accepted = Glactha leis
help-page-offer-line-declined = Níor roghnaíodh

help-page-when = Cathain
help-page-where = Cá háit
help-page-address-private = Ní roinntear an seoladh cruinn ach leis an gcúntóir a roghnaítear.
help-page-exact-point = Pointe ar an léarscáil: { $point }
help-page-requester = Iarrtha ag
help-page-on-behalf = Do
help-page-consent = Thug { $by } toiliú ar { $date } ({ $how })
help-page-helper = Cúntóir
help-page-time-given = Am a tugadh
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } nóiméad
    [two] { $minutes } nóiméad
    [few] { $minutes } nóiméad
    [many] { $minutes } nóiméad
   *[other] { $minutes } nóiméad
}
help-page-erased-name = Iarbhall
help-page-messages-link = Teachtaireachtaí
help-page-sign-in-to-offer = Sínigh isteach chun cabhair a thairiscint
help-page-join-first = Cláraigh leis an ardán seo chun cabhair a thairiscint.
help-page-offer-title = Tairg cabhair
help-page-field-offer-message = Teachtaireacht ghearr (is féidir leat é a fhágáil folamh)
help-page-field-offer-message-hint = Mar shampla: cathain is féidir leat teacht.
help-page-offer-submit = Tairg cabhair
help-page-offers-title = Daoine a thairg cabhair
help-page-no-offers = Níl aon tairiscint ann fós. Inseoimid duit nuair a thairgfidh duine éigin cabhair.
help-page-accept = Glac leis
help-page-done-title = Marcáil mar déanta
help-page-done-intro = Ar tugadh an chabhair? Inis dúinn cé chomh fada a thóg sé. Gheobhaidh do chúntóir an t-am seo mar chreidmheas.
help-page-field-minutes = Cé mhéad nóiméad a thóg sé?
help-page-field-minutes-hint = Ó 1 go { $max } nóiméad. Is uair an chloig é 60 nóiméad.
help-page-done-submit = Marcáil mar déanta
help-page-cancel-link = Cuir m'iarratas ar ceal
help-page-cancel-title = Cuir m'iarratas ar ceal
help-page-cancel-question = Ar mhaith leat “{ $title }” a chur ar ceal?
help-page-cancel-hint = Feicfidh na daoine a thairg cabhair nach bhfuil sí ag teastáil uait a thuilleadh.
help-page-cancel-confirm = Is ea, cuir ar ceal é
help-page-cancel-keep = Ní hea, coinnigh é

help-page-ask-title = Iarr cabhair
help-page-join-to-ask = Cláraigh leis an ardán seo chun cabhair a iarraidh.
help-page-question-category = Cén chabhair atá uait?
help-page-next = Ar aghaidh
help-page-chosen-category = Tá tú ag iarraidh: { $category }
help-page-change-category = Athraigh
help-page-section-what = Cad
help-page-field-title = I gcúpla focal
help-page-field-title-hint = Mar shampla: Earraí grósaera ón siopa ar an gcúinne
help-page-field-description = Inis tuilleadh dúinn
help-page-field-description-hint = Cad atá ag teastáil, agus aon rud eile ar cheart don chúntóir a bheith ar an eolas faoi.
help-page-section-where = Cá háit
help-page-where-private = Ní fheiceann ach an cúntóir a roghnaíonn tú an seoladh. Ní fheiceann daoine eile ach an ceantar.
help-page-field-address = Seoladh
help-page-place-hint = Cuidíonn an áit ar an léarscáil le comharsana in aice láimhe d'iarratas a aimsiú. Is féidir leat an dá uimhir a chóipeáil ó aip léarscáileanna.
help-page-use-my-position = Úsáid mo shuíomh reatha
help-page-position-failed = Níorbh fhéidir do shuíomh a aimsiú. Clóscríobh na huimhreacha ina ionad sin.
help-page-section-when = Cathain
help-page-field-from-day = Ó (lá)
help-page-field-from-time = Ó (am)
help-page-field-until-day = Go dtí (lá)
help-page-field-until-time = Go dtí (am)
help-page-on-behalf-summary = Tá mé ag iarraidh ar son duine eile
help-page-on-behalf-intro = Líon é seo isteach ach amháin má tá tú ag iarraidh ar son duine eile, lena dtoiliú.
help-page-field-on-behalf-name = A n-ainm
help-page-field-on-behalf-phone = A n-uimhir theileafóin
help-page-field-on-behalf-phone-hint = Mar shampla +32 470 12 34 56
help-page-field-consent-given-by = Cé a thug toiliú?
help-page-field-consent-given-by-hint = An duine féin, nó duine a bhfuil cead aige nó aici cinneadh a dhéanamh thar a gceann.
help-page-field-consent-day = Cathain a tugadh an toiliú?
help-page-field-consent-how = Conas a tugadh an toiliú?
help-page-field-consent-how-hint = Mar shampla: ar an bhfón, duine le duine, i scríbhinn.
help-page-ask-submit = Iarr cabhair
help-page-ask-cancel = Siar

help-page-messages-title = Teachtaireachtaí
help-page-messages-with = Le { $name }
help-page-messages-private = Níl ach an bheirt agaibh in ann na teachtaireachtaí seo a léamh.
help-page-no-messages = Níl aon teachtaireacht ann fós.
help-page-message-erased = (teachtaireacht bainte)
help-page-write-title = Scríobh teachtaireacht
help-page-field-message = Do theachtaireacht
help-page-send = Seol
help-page-back-to-request = Ar ais chuig an iarratas

help-page-mine-title = Mo chuid iarratas agus tairiscintí
help-page-mine-requests = An méid a d'iarr mé
help-page-mine-no-requests = Níor iarr tú cabhair fós.
help-page-mine-offers = Áit ar thairg mé cabhair
help-page-mine-no-offers = Níor thairg tú cabhair fós.
help-page-mine-see-offers = Féach cé a thairg cabhair
help-page-mine-talk-and-finish = Scríobh chuig do chúntóir, nó marcáil mar déanta
help-page-mine-talk = Scríobh teachtaireacht
help-page-mine-offer-done = Chabhraigh tú. Go raibh maith agat!

help-page-notice-asked = Tá d'iarratas ar líne. Inseoimid duit nuair a thairgfidh duine éigin cabhair.
help-page-notice-offered = Go raibh maith agat! Feicfidh an duine do thairiscint.
help-page-notice-accepted = Ghlac tú leis an tairiscint. Feiceann do chúntóir an seoladh anois.
help-page-notice-cancelled = Tá d'iarratas curtha ar ceal.
help-page-notice-completed = Déanta! Fuair do chúntóir an t-am mar chreidmheas.
help-page-notice-sent = Seoladh do theachtaireacht.
