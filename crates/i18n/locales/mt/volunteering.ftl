# Volontarjat: tfittxija ta' opportunitajiet, il-paġna ta' opportunità, turnijiet u reġistrazzjonijiet,
# listi ta' min ġej, it-turnijiet tiegħi, il-pannelli tal-organizzazzjonijiet, ħiliet u kawżi.

## Tfittxija ta' opportunitajiet

opportunities-title = Sib x'tagħmel
opportunities-find = Sib x'tagħmel
opportunities-filters = Filtri
opportunities-more-filters = Aktar filtri: ħila, kawża, lingwa, dati, post
opportunities-any = Kwalunkwe
opportunities-sort-start = L-aktar kmieni l-ewwel
opportunities-sort-distance = L-eqreb l-ewwel
opportunities-search = Fittex
opportunities-reset = Neħħi l-filtri kollha
opportunities-results = Opportunitajiet
opportunities-none = Għad m'hemm xejn li jaqbel ma' dawn il-filtri. Ipprova b'inqas filtri jew f'żona usa'.
opportunities-fix-filters = Jekk jogħġbok ikkoreġi l-filtri ta' hawn fuq biex tara r-riżultati.
opportunities-distance = { $distance } 'il bogħod
opportunities-more-shifts = { $count ->
    [one] u turn ieħor
    [two] u żewġ turnijiet oħra
    [few] u { $count } turnijiet oħra
    [many] u { $count }-il turn ieħor
   *[other] u { $count } turn ieħor
}
opportunities-next-page = Il-paġna li jmiss
opportunities-list-title = X'tista' tagħmel magħna
opportunities-none-published = Bħalissa m'hemm xejn biex tirreġistra għalih.

field-search-words = Kliem li trid tfittex
field-search-words-hint = Pereżempju: bank tal-ikel, qari, ġnien.
field-skill = Ħila
field-cause = Kawża
field-spoken-language = Lingwa mitkellma hemm
field-from-day = Minn (jum)
field-to-day = Sa (jum)
field-near = Qrib dan il-post
field-near-hint = Triq, indirizz, kodiċi postali jew viċinat. Jaħdmu wkoll żewġ numri minn applikazzjoni tal-mapep, pereżempju 51.05,3.72.
field-near-hint-no-places = Żewġ numri minn applikazzjoni tal-mapep, pereżempju 51.05,3.72. Meta t-tim tal-pjattaforma jimporta t-toroq tagħha, jaħdmu wkoll triq jew viċinat.
opportunities-near-place = Qrib { $place }.
opportunities-near-others = Jew qrib post ieħor:
error-place-not-found = L-ebda post f'din il-pjattaforma m'għandu dan l-isem. Ipprova triq, kodiċi postali jew viċinat, jew żewġ numri minn applikazzjoni tal-mapep, pereżempju 51.05,3.72.
field-within-km = Fi ħdan (km)
field-remote-only = Biss affarijiet li nista' nagħmel mid-dar
field-sort = Ordni

## Opportunità waħda

opportunity-remote = Mill-bogħod: minn kullimkien
opportunity-address-unknown = Post li l-organizzazzjoni għad trid tikkonferma
opportunity-coordinator-tools = Għodod tal-koordinatur
opportunity-edit = Editja
opportunity-skills = Ħiliet
opportunity-causes = Kawżi
opportunity-languages = Lingwi mitkellma hemm
opportunity-min-age = Età minima
opportunity-min-age-value = Mill-età ta' { $age }
opportunity-accessibility = Aċċessibbiltà
opportunity-where = Fejn
opportunity-shifts = Meta
opportunity-not-open = Bħalissa din l-opportunità ma tiħux reġistrazzjonijiet.
opportunity-sign-in-to-sign-up = Idħol biex tirreġistra
opportunity-join-first = Ingħaqad ma' din il-pjattaforma biex tirreġistra. Huwa b'xejn u jieħu klikk waħda.
opportunity-ongoing = M'hemmx ħinijiet fissi: għin meta jaqbel lilek u lill-organizzazzjoni.
opportunity-ongoing-short = Kontinwa, mingħajr ħinijiet fissi
opportunity-no-upcoming = Bħalissa m'hemm l-ebda turn ippjanat.
opportunity-dates-nav = Aktar dati
opportunity-earlier-dates = Dati ta' qabel
opportunity-later-dates = Dati ta' wara
opportunity-past-shifts = Turnijiet li għaddew
opportunity-report-hours = Irrapporta s-sigħat tiegħi
opportunity-report-hours-intro = Għid lill-organizzazzjoni għal kemm żmien għint. Koordinatur jikkonfermah.
opportunity-report-hours-submit = Irrapporta dawn is-sigħat
opportunity-times-in-zone = Id-dati u l-ħinijiet huma fiż-żona tal-ħin tal-pjattaforma ({ $zone }).
opportunity-add-shift = Żid turn
opportunity-add-shift-submit = Żid dan it-turn
opportunity-add-series = Żid turnijiet ripetuti
opportunity-add-series-intro = Pereżempju kull nhar ta' Tlieta mill-14:00 sas-17:00 sal-aħħar ta' Marzu. Wara, kull turn jista' jinbidel waħdu.
opportunity-add-series-submit = Żid dawn it-turnijiet
opportunity-status-draft = Abbozz
opportunity-status-published = Ippubblikata
opportunity-status-closed = Magħluqa
opportunity-status-draft-hint = L-organizzazzjoni tiegħek biss taraha.
opportunity-status-published-hint = Kulħadd jista' jsibha u jirreġistra.
opportunity-status-closed-hint = Għadha tidher, imma ħadd ma jista' jirreġistra.
opportunity-new-title = Ippubblika opportunità
opportunity-new-submit = Issalva l-opportunità
opportunity-edit-title = Editja l-opportunità
opportunity-edit-submit = Issalva l-bidliet
opportunity-form-cancel = Ikkanċella

opportunity-notice-created = L-opportunità ġiet salvata. Issa żid it-turnijiet meta n-nies jistgħu jiġu.
opportunity-notice-saved = Il-bidliet tiegħek ġew salvati.
opportunity-notice-signed-up = Irreġistrajt. Grazzi! Se tirċievi tfakkira l-ġurnata ta' qabel.
opportunity-notice-waitlisted = Dan it-turn mimli: int fil-lista ta' stennija. Jekk jinħeles post, huwa tiegħek u ngħarrfuk.
opportunity-notice-left = Ir-reġistrazzjoni tiegħek ġiet ikkanċellata.
opportunity-notice-shift-added = It-turn ġie miżjud.
opportunity-notice-series-added = It-turnijiet ripetuti ġew miżjuda.
opportunity-notice-shift-cancelled = It-turn ġie kkanċellat. Kull min irreġistra qed jiġi infurmat.
opportunity-notice-hours-reported = Is-sigħat tiegħek ġew irrapportati. Koordinatur se jikkonfermahom.

field-opportunity-title = X'hemm bżonn isir?
field-opportunity-title-hint = Ftit kliem, pereżempju: Issortja l-ikel fil-bank tal-ikel.
field-opportunity-description = Għid aktar lill-voluntiera
field-skills = Ħiliet li jgħinu
field-causes = Kawżi li sservi
field-languages = Lingwi mitkellma hemm
field-languages-hint = Immarka l-lingwi li voluntier jista' juża fuq il-post.
field-min-age = Età minima (mhux obbligatorja)
field-min-age-hint = Ħalliha vojta jekk kulħadd jista' jgħin.
field-accessibility = Aċċessibbiltà (mhux obbligatorja)
field-accessibility-hint = Taraġ, lift, tojlits, parkeġġ, trasport pubbliku…
field-where = Fejn isseħħ?
field-where-place = F'post partikolari
field-where-remote = Mill-bogħod: minn kullimkien
field-where-place-hint = Għal post, agħti l-indirizz tiegħu u l-pożizzjoni tiegħu fuq il-mappa (tista' tikkopja n-numri minn applikazzjoni tal-mapep).
field-address = Indirizz
field-latitude = Latitudni
field-latitude-hint = Pereżempju 51.0543
field-longitude = Lonġitudni
field-longitude-hint = Pereżempju 3.7174
field-status = Min jista' jaraha?

## Turnijiet

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Fadal post wieħed
    [two] Fadal żewġ postijiet
    [few] Fadal { $left } postijiet
    [many] Fadal { $left }-il post
   *[other] Fadal { $left } post
} minn { $slots }
shift-full = Mimli
shift-waiting = { $count ->
    [one] Persuna waħda fil-lista ta' stennija
    [two] Żewġ persuni fil-lista ta' stennija
    [few] { $count } persuni fil-lista ta' stennija
    [many] { $count }-il persuna fil-lista ta' stennija
   *[other] { $count } persuna fil-lista ta' stennija
}
shift-cancelled = Ikkanċellat
shift-sign-up = Irreġistra
shift-join-waiting-list = Daħħal ismek fil-lista ta' stennija
shift-you-confirmed = Irreġistrajt.
shift-you-waiting = Int fil-lista ta' stennija, numru { $position }.
shift-leave = Ikkanċella r-reġistrazzjoni tiegħi
shift-cancel = Ikkanċella dan it-turn
shift-roster-link = Min ġej
shift-weekday-1 = It-Tnejn
shift-weekday-2 = It-Tlieta
shift-weekday-3 = L-Erbgħa
shift-weekday-4 = Il-Ħamis
shift-weekday-5 = Il-Ġimgħa
shift-weekday-6 = Is-Sibt
shift-weekday-7 = Il-Ħadd

field-shift-day = Jum
field-start-time = Ħin tal-bidu
field-end-time = Ħin tat-tmiem
field-slots = Numru ta' postijiet
field-frequency = Kemm-il darba?
field-frequency-weekly = Kull ġimgħa, fil-jiem immarkati hawn taħt
field-frequency-daily = Kuljum
field-weekdays = Jiem tal-ġimgħa
field-weekdays-hint = Għal turnijiet ta' kull ġimgħa. Jekk ma jkun immarkat l-ebda jum, jintuża l-jum tal-ġimgħa tal-ewwel jum.
field-first-day = L-ewwel jum
field-last-day = L-aħħar jum
field-except = Jiem mingħajr dan it-turn (mhux obbligatorju)
field-except-hint = Btajjel, pereżempju: 2026-12-25, 2027-01-01
field-hours-day = Jum
field-hours-minutes = Kemm-il minuta?
field-hours-minutes-hint = Għal siegħa u nofs, ikteb 90.
field-hours-note = X'għamilt? (mhux obbligatorju)

## Il-lista ta' min ġej għal turn

roster-title = Min ġej
roster-fill = Postijiet meħuda: { $taken } minn { $slots }
roster-csv = Niżżel il-lista (CSV, għal spreadsheet)
roster-confirmed = Ikkonfermati
roster-attendance-later = Tista' timmarka min ġie minn 30 minuta qabel ma jibda t-turn.
roster-nobody = Għad ħadd ma rreġistra.
roster-attended = Preżenti
roster-no-show = Assenti
roster-remove = Neħħi
roster-waiting = Lista ta' stennija
roster-nobody-waiting = Ħadd ma qed jistenna.
roster-position = numru { $position }
roster-ended = Ikkanċellati
roster-cancelled = ikkanċellata
roster-removed = imneħħija minn koordinatur
roster-late = tard
roster-erased-name = Membru preċedenti
roster-edit-shift = Ibdel dan it-turn
roster-edit-hint = Mhux inqas min-nies li diġà huma kkonfermati.
roster-edit-submit = Issalva l-bidliet
field-minutes = Minuti
roster-notice-attendance-saved = L-attendenza ġiet salvata.
roster-notice-removed = Ir-reġistrazzjoni tneħħiet. L-ewwel persuna fil-lista ta' stennija, jekk hemm, issa għandha l-post.
roster-notice-shift-saved = It-turn inbidel. Kull min irreġistra qed jiġi infurmat.

## It-turnijiet tiegħi

my-shifts-nav = It-turnijiet tiegħi
my-shifts-title = It-turnijiet tiegħi
my-shifts-total = Is-sigħat li tajt:
my-shifts-calendar = Żid it-turnijiet tiegħi mal-kalendarju tiegħi
my-shifts-upcoming = Ġejjin
my-shifts-none-upcoming = Ma rreġistrajt għal xejn li ġej.
my-shifts-recent = Reċentement
my-shifts-none-recent = Xejn fl-aħħar 30 jum.
my-shifts-attended = Attendejt: { $duration }
my-shifts-no-show = Assenza mmarkata
my-shifts-done = Lest
my-shifts-cancelled = Ikkanċellajt
my-shifts-removed = Imneħħija minn koordinatur
my-shifts-reports = Is-sigħat li rrappurtajt
my-shifts-no-reports = Għadek ma rrappurtajt l-ebda siegħa.
my-shifts-report-pending = qed tistenna l-konferma
my-shifts-report-approved = ikkonfermati
my-shifts-report-declined = miċħuda
my-shifts-notice-cancelled = Ir-reġistrazzjoni tiegħek ġiet ikkanċellata.

## Il-pannell ta' organizzazzjoni

dashboard-link = Pannell
dashboard-title = Pannell
dashboard-publish = Ippubblika opportunità
dashboard-figures = F'ċifri
dashboard-upcoming-shifts = Turnijiet ġejjin
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Postijiet mimlija
dashboard-percent = { $percent }%
dashboard-places = { $taken } minn { $slots }
dashboard-no-places = L-ebda post ġej
dashboard-hours-month = Sigħat dan ix-xahar
dashboard-hours-total = Sigħat b'kollox
dashboard-upcoming = Ġejjin
dashboard-no-upcoming = M'hemm l-ebda turn ippjanat.
dashboard-fill = Postijiet meħuda: { $taken } minn { $slots }{ $waiting ->
    [0] {""}
    [one] , { $waiting } qed jistenna
   *[other] , { $waiting } qed jistennew
}
dashboard-opportunities = L-opportunitajiet tagħna
dashboard-no-opportunities = Għadek ma ppubblikajt xejn.
dashboard-reports = Sigħat li jridu jiġu kkonfermati
dashboard-no-reports = L-ebda siegħa ma qed tistenna l-konferma tiegħek.
dashboard-approve = Ikkonferma
dashboard-decline = Iċħad
dashboard-notice-report-approved = Is-sigħat ġew ikkonfermati.
dashboard-notice-report-declined = Is-sigħat ġew miċħuda.
dashboard-notice-report-decided-before = Xi ħadd kien diġà ddeċieda dwar dawn is-sigħat.

## Ħiliet u kawżi

terms-link = Ħiliet u kawżi
terms-title = Ħiliet u kawżi
terms-skills = Ħiliet
terms-causes = Kawżi
terms-empty = Il-lista hija vojta.
terms-rename = Ibdel l-isem
terms-remove = Neħħi
terms-add = Żid ħila jew kawża
terms-add-submit = Żid
terms-kind-skill = Ħila
terms-kind-cause = Kawża
terms-notice-added = Miżjud.
terms-notice-renamed = L-isem inbidel.
terms-notice-removed = Imneħħi.
field-term-kind = Liema lista?
field-term-code = Kodiċi
field-term-code-hint = Isem qasir u fiss għall-programmi: minn 2 sa 40 karattru (ittri żgħar, numri u lineetti), bħal first-aid.

# Tul ta' ħin kif jaqrah il-qarrej ("1 h 15 min"); $hours u $minutes jaslu diġà ffurmattjati.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Għaddej issa
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Żid id-data tat-twelid tiegħi
terms-intro-languages = L-opportunitajiet jagħżlu minn dawn il-listi, u n-nies jiffiltraw skonthom. Kull daħla għandha isem bl-Ingliż; agħtiha ismijiet bil-lingwi li jaqraw in-nies hawn.
field-term-english = Isem bl-Ingliż
terms-names-link = Ismijiet b'lingwi oħra
terms-names-title = Ismijiet ta' “{ $name }”
terms-names-intro = Agħti lil din id-daħla isem f'kull lingwa li jaqraw in-nies hawn. Fejn lingwa ma għandhiex isem, il-qarrejja tagħha jaraw l-isem bil-lingwa { $language }, inkella bl-Ingliż. Id-daħliet standard diġà jinqraw f'kull lingwa, sakemm ma jinbidilx isimhom bl-Ingliż.
terms-names-other-languages = Lingwi oħra
terms-names-submit = Issalva l-ismijiet
terms-add-name-in = Isem bil-lingwa { $language } (mhux obbligatorju)
terms-add-name-hint = Tista' tagħti ismijiet b'lingwi oħra wara.
terms-notice-named = L-ismijiet ġew salvati.
error-term-name-english = L-isem bl-Ingliż imur fil-qasam tiegħu.
roster-came = { $name }: preżenti
roster-attendance-how = Kulħadd huwa mmarkat bħala preżenti, bil-minuti tat-turn. Neħħi l-marka minn min ma ġiex, ibdel il-minuti fejn meħtieġ, imbagħad issalva darba biss.
roster-save-all = Issalva l-attendenza
error-attendance-minutes-out-of-range = Agħti l-minuti bħala numru sħiħ, minn 0 sat-tul tat-turn flimkien ma' 12-il siegħa.
error-too-many-marks = Ibgħat l-attendenza ta' mhux aktar minn 1,000 persuna f'daqqa.
opportunity-create-account = Oħloq kont
opportunity-notice-welcome = Merħba! Il-kont tiegħek lest: agħżel turn hawn taħt biex tirreġistra.
signup-cancel-title = Trid tikkanċella postok?
signup-cancel-question = Trid tikkanċella postok għal “{ $title }”, { $when }?
signup-cancel-hint = Postok imur għand l-ewwel persuna fil-lista ta' stennija, jew jerġa' jsir post liberu. Tista' terġa' tirreġistra sakemm ikun għad fadal postijiet.
signup-cancel-confirm = Iva, ikkanċella l-post tiegħi
signup-cancel-keep = Le, żomm il-post tiegħi
roster-remove-title = Trid tneħħi lil xi ħadd minn dan it-turn?
roster-remove-question = Trid tneħħi lil { $name } minn “{ $title }”, { $when }?
roster-remove-hint = Il-persuna tiġi infurmata u l-post imur għand l-ewwel persuna fil-lista ta' stennija.
roster-remove-confirm = Iva, neħħi lil { $name }
roster-remove-keep = Le, żomm ir-reġistrazzjoni
