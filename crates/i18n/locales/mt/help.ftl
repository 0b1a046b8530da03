# Għajnuna bejn il-ġirien: talbiet, offerti, konversazzjonijiet privati u tlestija.
error-category-unknown = Agħżel waħda mill-kategoriji tal-għajnuna ta' din il-pjattaforma.
error-window-ends-before-start = It-tmiem tal-perjodu ta' żmien irid ikun wara l-bidu tiegħu.
error-phone-malformed = Daħħal numru tat-telefon ta' bejn 6 u 15-il ċifra, pereżempju +32 470 12 34 56.
error-within-km-out-of-range = Id-distanza trid tkun aktar minn 0 u mhux aktar minn 25 km.
error-help-minutes-out-of-range = Il-minuti jridu jkunu mill-inqas 1 u mhux aktar mill-perjodu ta' żmien tat-talba.
error-request-closed = Din it-talba diġà ntemmet.
error-request-not-open = Din it-talba m'għadhiex tilqa' offerti.
error-request-not-accepted = Għadha ma ġiet aċċettata l-ebda offerta għal din it-talba.
error-taken-offer = Diġà offrejt li tgħin f'din it-talba.
error-taken-completed = Din it-talba diġà ġiet immarkata bħala lesta.
error-unknown-request = Din it-talba ma teżistix.
error-unknown-offer = Din l-offerta ma teżistix, jew m'għadhiex miftuħa.
error-unknown-category = Din il-kategorija tal-għajnuna ma teżistix.

## Paġni tal-għajnuna bejn il-ġirien.

help-page-nav = Għajnuna bejn il-ġirien
help-page-platform-link = Għajnuna bejn il-ġirien
help-page-list-title = Għajnuna bejn il-ġirien
help-page-list-intro = Il-ġirien jgħinu lil xulxin f'affarijiet żgħar. Itlob l-għajnuna, jew offri l-għajnuna tiegħek.
help-page-ask-button = Itlob l-għajnuna
help-page-mine-link = It-talbiet u l-offerti tiegħi
help-page-filters = Agħżel liema talbiet tara
help-page-field-category-filter = Tip ta' għajnuna
help-page-any-category = Kull tip ta' għajnuna
help-page-field-distance = Kemm 'il bogħod
help-page-within = Fi ħdan { $distance }
help-page-show = Uri
help-page-results = Talbiet
help-page-none = Bħalissa ħadd mhu qed jitlob dan it-tip ta' għajnuna.
help-page-fix-filters = Biddel l-għażliet tiegħek hawn fuq biex tara t-talbiet.
help-page-next-page = Aktar talbiet
help-page-distance = madwar { $distance } 'il bogħod
help-page-area = Iż-żona madwar { $lat }, { $lon }
help-page-area-unknown = Iż-żona mhix magħrufa
help-page-asked-on = Mitluba: { $date }

help-page-status-open = Qed tistenna lil min jgħin
help-page-status-accepted = Intgħażel min se jgħin
help-page-status-completed = Lesta
help-page-status-cancelled = Imħassra
help-page-offer-open = Offrejt li tgħin. Qed nistennew tweġiba.
help-page-offer-accepted = L-offerta tiegħek ġiet aċċettata.
help-page-offer-declined = Din id-darba qed jgħin xi ħadd ieħor.
help-page-offer-line-open = Qed tistenna t-tweġiba tiegħek
help-page-offer-line-accepted = Aċċettata
help-page-offer-line-declined = Mhux magħżula

help-page-when = Meta
help-page-where = Fejn
help-page-address-private = L-indirizz eżatt jintwera biss lil min jintgħażel biex jgħin.
help-page-exact-point = Punt fuq il-mappa: { $point }
help-page-requester = Mitluba minn
help-page-on-behalf = Għal
help-page-consent = Kunsens mogħti minn { $by }, { $date } ({ $how })
help-page-helper = Min jgħin
help-page-time-given = Ħin mogħti
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}
help-page-erased-name = Ex membru
help-page-messages-link = Messaġġi
help-page-sign-in-to-offer = Idħol biex toffri l-għajnuna
help-page-join-first = Ingħaqad ma' din il-pjattaforma biex toffri l-għajnuna.
help-page-offer-title = Offri l-għajnuna
help-page-field-offer-message = Messaġġ qasir (tista' tħallih vojt)
help-page-field-offer-message-hint = Pereżempju: meta tista' tiġi.
help-page-offer-submit = Offri l-għajnuna
help-page-offers-title = Nies li offrew l-għajnuna
help-page-no-offers = Għad m'hemm l-ebda offerta. Ngħarrfuk meta xi ħadd joffri l-għajnuna.
help-page-accept = Aċċetta
help-page-done-title = Immarka bħala lesta
help-page-done-intro = L-għajnuna ngħatat? Għidilna kemm damet. Min għenek jieħu dan il-ħin bħala kreditu.
help-page-field-minutes = Kemm-il minuta damet?
help-page-field-minutes-hint = Minn 1 sa { $max } minuta. 60 minuta huma siegħa.
help-page-done-submit = Immarka bħala lesta
help-page-cancel-link = Ħassar it-talba tiegħi
help-page-cancel-title = Ħassar it-talba tiegħi
help-page-cancel-question = Trid tħassar “{ $title }”?
help-page-cancel-hint = In-nies li offrew l-għajnuna se jaraw li m'għadekx teħtieġha.
help-page-cancel-confirm = Iva, ħassarha
help-page-cancel-keep = Le, żommha

help-page-ask-title = Itlob l-għajnuna
help-page-join-to-ask = Ingħaqad ma' din il-pjattaforma biex titlob l-għajnuna.
help-page-question-category = F'hiex għandek bżonn l-għajnuna?
help-page-next = Li jmiss
help-page-chosen-category = Qed titlob: { $category }
help-page-change-category = Biddel
help-page-section-what = X'inhu
help-page-field-title = Fi ftit kliem
help-page-field-title-hint = Pereżempju: Xiri mill-ħanut tal-kantuniera
help-page-field-description = Għidilna aktar
help-page-field-description-hint = X'hemm bżonn, u kull ma għandu jkun jaf min se jgħin.
help-page-section-where = Fejn
help-page-where-private = L-indirizz jarah biss min tagħżel biex jgħin. L-oħrajn jaraw biss iż-żona.
help-page-field-address = Indirizz
help-page-place-hint = Il-post fuq il-mappa jgħin lill-ġirien fil-qrib isibu t-talba tiegħek. Tista' tikkopja ż-żewġ numri minn app tal-mapep.
help-page-use-my-position = Uża l-pożizzjoni attwali tiegħi
help-page-position-failed = Ma setgħetx tinstab il-pożizzjoni tiegħek. Ikteb in-numri minflok.
help-page-section-when = Meta
help-page-field-from-day = Minn (jum)
help-page-field-from-time = Minn (ħin)
help-page-field-until-day = Sa (jum)
help-page-field-until-time = Sa (ħin)
help-page-on-behalf-summary = Qed nitlob għal xi ħadd ieħor
help-page-on-behalf-intro = Imla dan biss jekk qed titlob għal persuna oħra, bil-kunsens tagħha.
help-page-field-on-behalf-name = Isimha
help-page-field-on-behalf-phone = In-numru tat-telefon tagħha
help-page-field-on-behalf-phone-hint = Pereżempju +32 470 12 34 56
help-page-field-consent-given-by = Min ta l-kunsens?
help-page-field-consent-given-by-hint = Il-persuna nfisha, jew xi ħadd li għandu l-permess jiddeċiedi għaliha.
help-page-field-consent-day = Meta ngħata l-kunsens?
help-page-field-consent-how = Kif ingħata l-kunsens?
help-page-field-consent-how-hint = Pereżempju: bit-telefon, personalment, bil-miktub.
help-page-ask-submit = Itlob l-għajnuna
help-page-ask-cancel = Lura

help-page-messages-title = Messaġġi
help-page-messages-with = Ma' { $name }
help-page-messages-private = Intom it-tnejn biss tistgħu taqraw dawn il-messaġġi.
help-page-no-messages = Għad m'hemm l-ebda messaġġ.
help-page-message-erased = (messaġġ imneħħi)
help-page-write-title = Ikteb messaġġ
help-page-field-message = Il-messaġġ tiegħek
help-page-send = Ibgħat
help-page-back-to-request = Lura għat-talba

help-page-mine-title = It-talbiet u l-offerti tiegħi
help-page-mine-requests = Dak li tlabt
help-page-mine-no-requests = Għadek ma tlabtx l-għajnuna.
help-page-mine-offers = Fejn offrejt l-għajnuna
help-page-mine-no-offers = Għadek ma offrejtx l-għajnuna.
help-page-mine-see-offers = Ara min offra l-għajnuna
help-page-mine-talk-and-finish = Ikteb lil min qed jgħinek, jew immarka bħala lesta
help-page-mine-talk = Ikteb messaġġ
help-page-mine-offer-done = Int għent. Grazzi!

help-page-notice-asked = It-talba tiegħek hija online. Ngħarrfuk meta xi ħadd joffri l-għajnuna.
help-page-notice-offered = Grazzi! Il-persuna se tara l-offerta tiegħek.
help-page-notice-accepted = Aċċettajt l-offerta. Issa min se jgħinek jista' jara l-indirizz.
help-page-notice-cancelled = It-talba tiegħek tħassret.
help-page-notice-completed = Lesta! Min għenek ħa l-ħin bħala kreditu.
help-page-notice-sent = Il-messaġġ tiegħek intbagħat.
