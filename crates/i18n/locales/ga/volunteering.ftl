# Obair dheonach: deiseanna a aimsiú, leathanach deise, sealanna agus cláruithe,
# rollaí, mo shealanna, deaiseanna na n-eagraíochtaí, scileanna agus cúiseanna.

## Deiseanna a aimsiú

opportunities-title = Aimsigh rud le déanamh
opportunities-find = Aimsigh rud le déanamh
opportunities-filters = Scagairí
opportunities-more-filters = Tuilleadh scagairí: scil, cúis, teanga, dátaí, áit
opportunities-any = Ar bith
opportunities-sort-start = Na cinn is luaithe ar dtús
opportunities-sort-distance = Na cinn is gaire ar dtús
opportunities-search = Cuardaigh
opportunities-reset = Glan na scagairí go léir
opportunities-results = Deiseanna
opportunities-none = Níl aon rud ag teacht leis na scagairí seo fós. Bain triail as níos lú scagairí nó as limistéar níos leithne.
opportunities-fix-filters = Ceartaigh na scagairí thuas chun torthaí a fheiceáil, le do thoil.
opportunities-distance = { $distance } uait
opportunities-more-shifts = { $count ->
    [one] agus seal amháin eile
    [two] agus dhá sheal eile
    [few] agus { $count } sheal eile
    [many] agus { $count } seal eile
   *[other] agus { $count } seal eile
}
opportunities-next-page = An chéad leathanach eile
opportunities-list-title = An méid is féidir leat a dhéanamh linn
opportunities-none-published = Níl aon rud le clárú dó faoi láthair.

field-search-words = Focail le cuardach
field-search-words-hint = Mar shampla: banc bia, léitheoireacht, gairdín.
field-skill = Scil
field-cause = Cúis
field-spoken-language = Teanga a labhraítear ann
field-from-day = Ó (lá)
field-to-day = Go dtí (lá)
field-near = In aice leis an áit seo
field-near-hint = Sráid, seoladh, éirchód nó comharsanacht. Is féidir leat dhá uimhir ó aip léarscáileanna a úsáid freisin, mar shampla 51.05,3.72.
field-near-hint-no-places = Dhá uimhir ó aip léarscáileanna, mar shampla 51.05,3.72. Nuair a iompórtálfaidh foireann an ardáin na sráideanna, beidh tú in ann sráid nó comharsanacht a úsáid freisin.
opportunities-near-place = In aice leis an áit seo: { $place }.
opportunities-near-others = Nó in aice le háit eile:
error-place-not-found = Níl aon áit ar an ardán seo a bhfuil an t-ainm sin uirthi. Bain triail as sráid, éirchód nó comharsanacht, nó as dhá uimhir ó aip léarscáileanna, mar shampla 51.05,3.72.
field-within-km = Laistigh de (km)
field-remote-only = Rudaí is féidir liom a dhéanamh ón mbaile amháin
field-sort = Ord

## Deis amháin

opportunity-remote = Cianda: ó áit ar bith
opportunity-address-unknown = Áit le deimhniú ag an eagraíocht
opportunity-coordinator-tools = Uirlisí an chomhordaitheora
opportunity-edit = Cuir in eagar
opportunity-skills = Scileanna
opportunity-causes = Cúiseanna
opportunity-languages = Teangacha a labhraítear ann
opportunity-min-age = Aois íosta
opportunity-min-age-value = Ó aois { $age } suas
opportunity-accessibility = Inrochtaineacht
opportunity-where = Cá háit
opportunity-shifts = Cathain
opportunity-not-open = Ní ghlacann an deis seo le clárú faoi láthair.
opportunity-sign-in-to-sign-up = Sínigh isteach chun clárú
opportunity-join-first = Bí i do bhall den ardán seo chun clárú. Tá sé saor in aisce agus ní thógann sé ach cliceáil amháin.
opportunity-ongoing = Níl aon amanna socraithe: cabhraigh nuair a oireann sé duit féin agus don eagraíocht.
opportunity-ongoing-short = Leanúnach, gan amanna socraithe
opportunity-no-upcoming = Níl aon sealanna beartaithe faoi láthair.
opportunity-dates-nav = Tuilleadh dátaí
opportunity-earlier-dates = Dátaí níos luaithe
opportunity-later-dates = Dátaí níos déanaí
opportunity-past-shifts = Sealanna a chuaigh thart
opportunity-report-hours = Tuairiscigh m'uaireanta
opportunity-report-hours-intro = Inis don eagraíocht cá fhad a chabhraigh tú. Deimhneoidh comhordaitheoir é.
opportunity-report-hours-submit = Tuairiscigh na huaireanta seo
opportunity-times-in-zone = Tá na dátaí agus na hamanna i gcrios ama an ardáin ({ $zone }).
opportunity-add-shift = Cuir seal leis
opportunity-add-shift-submit = Cuir an seal seo leis
opportunity-add-series = Cuir sealanna athfhillteacha leis
opportunity-add-series-intro = Mar shampla gach Máirt ó 14:00 go 17:00 go deireadh mhí an Mhárta. Is féidir gach seal a athrú ina aonar ina dhiaidh sin.
opportunity-add-series-submit = Cuir na sealanna seo leis
opportunity-status-draft = Dréacht
opportunity-status-published = Foilsithe
opportunity-status-closed = Dúnta
opportunity-status-draft-hint = Ní fheiceann ach d'eagraíocht í.
opportunity-status-published-hint = Is féidir le gach duine í a aimsiú agus clárú.
opportunity-status-closed-hint = Fós le feiceáil, ach ní féidir le duine ar bith clárú.
opportunity-new-title = Foilsigh deis
opportunity-new-submit = Sábháil an deis
opportunity-edit-title = Cuir an deis in eagar
opportunity-edit-submit = Sábháil na hathruithe
opportunity-form-cancel = Cealaigh

opportunity-notice-created = Sábháladh an deis. Anois cuir leis na sealanna nuair is féidir le daoine teacht.
opportunity-notice-saved = Sábháladh d'athruithe.
opportunity-notice-signed-up = Tá tú cláraithe. Go raibh maith agat! Gheobhaidh tú meabhrúchán an lá roimh ré.
opportunity-notice-waitlisted = Tá an seal seo lán: tá tú ar an liosta feithimh. Má thagann áit saor, is leatsa í agus cuirfimid in iúl duit.
opportunity-notice-left = Cealaíodh do chlárú.
opportunity-notice-shift-added = Cuireadh an seal leis.
opportunity-notice-series-added = Cuireadh na sealanna athfhillteacha leis.
opportunity-notice-shift-cancelled = Cealaíodh an seal. Cuirtear gach duine atá cláraithe ar an eolas.
opportunity-notice-hours-reported = Tuairiscíodh d'uaireanta. Deimhneoidh comhordaitheoir iad.

field-opportunity-title = Cad is gá a dhéanamh?
field-opportunity-title-hint = Cúpla focal, mar shampla: Bia a shórtáil sa bhanc bia.
field-opportunity-description = Inis tuilleadh d'oibrithe deonacha
field-skills = Scileanna a chabhraíonn
field-causes = Cúiseanna a bhfreastalaíonn sí orthu
field-languages = Teangacha a labhraítear ann
field-languages-hint = Cuir tic leis na teangacha is féidir le hoibrí deonach a úsáid ar an láthair.
field-min-age = Aois íosta (roghnach)
field-min-age-hint = Fág folamh é más féidir le duine ar bith cabhrú.
field-accessibility = Inrochtaineacht (roghnach)
field-accessibility-hint = Céimeanna, ardaitheoir, leithris, páirceáil, iompar poiblí…
field-where = Cá dtarlaíonn sé?
field-where-place = In áit ar leith
field-where-remote = Cianda: ó áit ar bith
field-where-place-hint = Le haghaidh áite, tabhair a seoladh agus a suíomh ar an léarscáil (is féidir leat na huimhreacha a chóipeáil ó aip léarscáileanna).
field-address = Seoladh
field-latitude = Domhanleithead
field-latitude-hint = Mar shampla 51.0543
field-longitude = Domhanfhad
field-longitude-hint = Mar shampla 3.7174
field-status = Cé a fheiceann í?

## Sealanna

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Áit amháin fágtha
    [two] Dhá áit fágtha
    [few] Áiteanna fágtha: { $left }
    [many] Áiteanna fágtha: { $left }
   *[other] Áiteanna fágtha: { $left }
} as { $slots }
shift-full = Lán
shift-waiting = { $count ->
    [one] Duine amháin ar an liosta feithimh
    [two] Beirt ar an liosta feithimh
    [few] Ar an liosta feithimh: { $count }
    [many] Ar an liosta feithimh: { $count }
   *[other] Ar an liosta feithimh: { $count }
}
shift-cancelled = Cealaithe
shift-sign-up = Cláraigh
shift-join-waiting-list = Téigh ar an liosta feithimh
shift-you-confirmed = Tá tú cláraithe.
shift-you-waiting = Tá tú ar an liosta feithimh, uimhir { $position }.
shift-leave = Cealaigh mo chlárú
shift-cancel = Cealaigh an seal seo
shift-roster-link = Cé atá ag teacht
shift-weekday-1 = Dé Luain
shift-weekday-2 = Dé Máirt
shift-weekday-3 = Dé Céadaoin
shift-weekday-4 = Déardaoin
shift-weekday-5 = Dé hAoine
shift-weekday-6 = Dé Sathairn
shift-weekday-7 = Dé Domhnaigh

field-shift-day = Lá
field-start-time = Tosaíonn ag
field-end-time = Críochnaíonn ag
field-slots = Líon na n-áiteanna
field-frequency = Cé chomh minic?
field-frequency-weekly = Gach seachtain, ar na laethanta a bhfuil tic leo thíos
field-frequency-daily = Gach lá
field-weekdays = Laethanta na seachtaine
field-weekdays-hint = Do shealanna seachtainiúla. Mura bhfuil tic le lá ar bith, úsáidtear lá na seachtaine den chéad lá.
field-first-day = An chéad lá
field-last-day = An lá deiridh
field-except = Laethanta gan an seal seo (roghnach)
field-except-hint = Laethanta saoire, mar shampla: 2026-12-25, 2027-01-01
field-hours-day = Lá
field-hours-minutes = Cé mhéad nóiméad?
field-hours-minutes-hint = Le haghaidh uair go leith, scríobh 90.
field-hours-note = Cad a rinne tú? (roghnach)

## Rolla an tseala

roster-title = Cé atá ag teacht
roster-fill = Áiteanna tógtha: { $taken } as { $slots }
roster-csv = Íoslódáil an liosta (CSV, do scarbhileog)
roster-confirmed = Deimhnithe
roster-attendance-later = Is féidir leat a mharcáil cé a tháinig ó 30 nóiméad roimh thús an tseala.
roster-nobody = Níl aon duine cláraithe fós.
roster-attended = Tháinig
roster-no-show = Níor tháinig
roster-remove = Bain
roster-waiting = Liosta feithimh
roster-nobody-waiting = Níl aon duine ag fanacht.
roster-position = uimhir { $position }
roster-ended = Cealaithe
roster-cancelled = cealaithe
roster-removed = bainte ag comhordaitheoir
roster-late = déanach
roster-erased-name = Iarbhall
roster-edit-shift = Athraigh an seal seo
roster-edit-hint = Gan a bheith níos lú ná líon na ndaoine atá deimhnithe cheana.
roster-edit-submit = Sábháil na hathruithe
field-minutes = Nóiméid
roster-notice-attendance-saved = Sábháladh an tinreamh.
roster-notice-removed = Baineadh an clárú. Tá an áit anois ag an gcéad duine a bhí ag fanacht, má bhí duine ann.
roster-notice-shift-saved = Athraíodh an seal. Cuirtear gach duine atá cláraithe ar an eolas.

## Mo shealanna

my-shifts-nav = Mo shealanna
my-shifts-title = Mo shealanna
my-shifts-total = Uaireanta a thug mé:
my-shifts-calendar = Cuir mo shealanna le m'fhéilire
my-shifts-upcoming = Le teacht
my-shifts-none-upcoming = Níl tú cláraithe d'aon rud atá le teacht.
my-shifts-recent = Le déanaí
my-shifts-none-recent = Faic sna 30 lá seo caite.
my-shifts-attended = Tháinig tú: { $duration }
my-shifts-no-show = Marcáilte as láthair
my-shifts-done = Déanta
my-shifts-cancelled = Chealaigh tú
my-shifts-removed = Bainte ag comhordaitheoir
my-shifts-reports = Uaireanta a thuairiscigh mé
my-shifts-no-reports = Níor thuairiscigh tú uaireanta ar bith.
my-shifts-report-pending = ag fanacht le deimhniú
my-shifts-report-approved = deimhnithe
my-shifts-report-declined = diúltaithe
my-shifts-notice-cancelled = Cealaíodh do chlárú.

## Deais eagraíochta

dashboard-link = Deais
dashboard-title = Deais
dashboard-publish = Foilsigh deis
dashboard-figures = I bhfigiúirí
dashboard-upcoming-shifts = Sealanna le teacht
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Áiteanna líonta
dashboard-percent = { $percent }%
dashboard-places = { $taken } as { $slots }
dashboard-no-places = Níl aon áiteanna le teacht
dashboard-hours-month = Uaireanta an mhí seo
dashboard-hours-total = Uaireanta san iomlán
dashboard-upcoming = Le teacht
dashboard-no-upcoming = Níl aon sealanna beartaithe.
dashboard-fill = Áiteanna tógtha: { $taken } as { $slots }{ $waiting ->
    [0] {""}
   *[other] , { $waiting } ag fanacht
}
dashboard-opportunities = Ár ndeiseanna
dashboard-no-opportunities = Níor fhoilsigh tú aon rud fós.
dashboard-reports = Uaireanta le deimhniú
dashboard-no-reports = Níl aon uaireanta ag fanacht leat.
dashboard-approve = Deimhnigh
dashboard-decline = Diúltaigh
dashboard-notice-report-approved = Deimhníodh na huaireanta.
dashboard-notice-report-declined = Diúltaíodh na huaireanta.
dashboard-notice-report-decided-before = Bhí cinneadh déanta ag duine éigin faoi na huaireanta seo cheana.

## Scileanna agus cúiseanna

terms-link = Scileanna agus cúiseanna
terms-title = Scileanna agus cúiseanna
terms-skills = Scileanna
terms-causes = Cúiseanna
terms-empty = Tá an liosta folamh.
terms-rename = Athainmnigh
terms-remove = Bain
terms-add = Cuir scil nó cúis leis
terms-add-submit = Cuir leis
terms-kind-skill = Scil
terms-kind-cause = Cúis
terms-notice-added = Curtha leis.
terms-notice-renamed = Athainmnithe.
terms-notice-removed = Bainte.
field-term-kind = Cén liosta?
field-term-code = Cód
field-term-code-hint = Ainm gearr seasta do ríomhchláir: idir 2 agus 40 carachtar (litreacha beaga, digití agus fleiscíní), cosúil le first-aid.

# Fad ama, mar a léann duine é ("1 u. 15 nóim."); tagann $hours agus $minutes formáidithe cheana.
duration-minutes = { $minutes } nóim.
duration-hours = { $hours } u.
duration-hours-minutes = { $hours } u. { $minutes } nóim.
# A shift that has started and not yet ended.
shift-happening-now = Ar siúl anois
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Cuir mo dháta breithe leis
terms-intro-languages = Roghnaíonn deiseanna as na liostaí seo, agus scagann daoine dá réir. Tá ainm i mBéarla ar gach iontráil; tabhair ainmneacha uirthi sna teangacha a léann daoine anseo.
field-term-english = Ainm i mBéarla
terms-names-link = Ainmneacha i dteangacha eile
terms-names-title = Ainmneacha ar “{ $name }”
terms-names-intro = Tabhair ainm ar an iontráil seo i ngach teanga a léann daoine anseo. Nuair nach bhfuil ainm i dteanga, feiceann a léitheoirí an t-ainm as { $language }, nó as Béarla mura bhfuil sé ann. Tá na hiontrálacha réamhshocraithe le léamh i ngach teanga cheana, go dtí go n-athraítear a n-ainm Béarla.
terms-names-other-languages = Teangacha eile
terms-names-submit = Sábháil na hainmneacha
terms-add-name-in = Ainm as { $language } (roghnach)
terms-add-name-hint = Is féidir leat ainmneacha i dteangacha eile a thabhairt ina dhiaidh sin.
terms-notice-named = Sábháladh na hainmneacha.
error-term-name-english = Téann an t-ainm Béarla ina réimse féin.
roster-came = Tháinig { $name }
roster-attendance-how = Tá tic le gach duine mar dhuine a tháinig, le nóiméid an tseala. Bain an tic ó dhuine ar bith nár tháinig, athraigh na nóiméid más gá, agus ansin sábháil uair amháin.
roster-save-all = Sábháil an tinreamh
error-attendance-minutes-out-of-range = Tabhair na nóiméid mar shlánuimhir, ó 0 suas go fad an tseala móide 12 uair an chloig.
error-too-many-marks = Seol tinreamh 1,000 duine ar a mhéad ag an am céanna.
opportunity-create-account = Cruthaigh cuntas
opportunity-notice-welcome = Fáilte! Tá do chuntas réidh: roghnaigh seal thíos chun clárú.
signup-cancel-title = Ar mhaith leat d'áit a chur ar ceal?
signup-cancel-question = Ar mhaith leat d'áit ag “{ $title }”, { $when }, a chur ar ceal?
signup-cancel-hint = Gheobhaidh an chéad duine atá ag fanacht d'áit, nó beidh sí saor arís. Is féidir leat clárú arís fad is atá áiteanna fágtha.
signup-cancel-confirm = Is ea, cuir m'áit ar ceal
signup-cancel-keep = Ní hea, coinnigh m'áit
roster-remove-title = Ar mhaith leat duine a bhaint den seal seo?
roster-remove-question = Ar mhaith leat { $name } a bhaint de “{ $title }”, { $when }?
roster-remove-hint = Cuirfear an duine ar an eolas agus gheobhaidh an chéad duine atá ag fanacht an áit.
roster-remove-confirm = Is ea, bain { $name }
roster-remove-keep = Ní hea, fág ar an liosta
