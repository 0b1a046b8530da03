# Żbalji: titoli tal-problemi (API u paġni) u messaġġi għal kull kodiċi ta' żball.
problem-invalid-input = Xi informazzjoni nieqsa jew mhix korretta
problem-malformed = It-talba ma setgħetx tinqara
problem-json-expected = Ibgħat il-kontenut tat-talba f'JSON b'Content-Type application/json.
problem-object-expected = Il-kontenut tat-talba jrid ikun oġġett JSON.
problem-conflict = Dan diġà jeżisti
problem-unauthenticated = Jekk jogħġbok idħol
problem-forbidden = M'għandekx permess tagħmel dan
problem-not-found = Ma nstabx
problem-refused = Din il-bidla mhix possibbli
problem-too-many-requests = Wisq tentattivi
problem-retry-after = Jekk jogħġbok stenna { $seconds ->
    [one] sekonda waħda
    [two] żewġ sekondi
    [few] { $seconds } sekondi
    [many] { $seconds } sekonda
   *[other] { $seconds } sekonda
} qabel ma terġa' tipprova.
problem-internal = Xi ħaġa marret ħażin min-naħa tagħna

page-forbidden = Ir-rwol tiegħek f'din il-pjattaforma ma jippermettix dan.
page-internal = Skużana: xi ħaġa marret ħażin min-naħa tagħna. Jekk jogħġbok erġa' pprova fi ftit mumenti.
page-form-expired = Din il-formola skadiet. Jekk jogħġbok mur lura, erġa' tella' l-paġna u erġa' pprova.

error-required = Jekk jogħġbok imla dan.
error-too-long = Dan twil wisq.
error-type = Dan il-valur għandu t-tip ħażin: { $detail }
error-email-malformed = Daħħal indirizz elettroniku bħal name@example.org.
error-password-too-short = Il-kelma sigrieta trid ikollha mill-inqas 10 karattri.
error-password-wrong = Din il-kelma sigrieta mhix korretta.
error-credentials-wrong = L-indirizz elettroniku jew il-kelma sigrieta mhumiex korretti.
error-date-malformed = Daħħal data bħal 1990-04-23.
error-birth-date-implausible = Iċċekkja d-data tat-twelid: ma tistax tkun fil-futur jew qabel l-1900.
error-locale-unknown = Din il-lingwa mhix disponibbli.
error-slug-length = Uża bejn 2 u 40 karattru.
error-slug-characters = Uża biss ittri żgħar, numri u lineetti, u tibdiex u ttemmx b'lineetta.
error-latitude-out-of-range = Il-latitudni trid tkun bejn -90 u 90.
error-longitude-out-of-range = Il-lonġitudni trid tkun bejn -180 u 180.
error-coordinates-malformed = Ikteb il-punt bħala latitudni,lonġitudni, pereżempju 50.85,4.35.
error-organisation-kind-unknown = Agħżel wieħed mit-tipi ta' organizzazzjoni.
error-role-unknown = Dan ir-rwol ma jeżistix.
error-account-unknown = Għad m'hemm ħadd b'kont b'dan l-indirizz elettroniku.
error-platform-unknown = M'hemm l-ebda pjattaforma b'dan l-indirizz.
error-last-admin = Organizzazzjoni teħtieġ mill-inqas amministratur wieħed. L-ewwel żid amministratur ieħor.
error-taken-email = Diġà jeżisti kont b'dan l-indirizz elettroniku.
error-taken-slug = Pjattaforma oħra diġà qed tuża dan l-indirizz.
error-taken-member = Din il-persuna diġà membru.
error-unknown-platform = Din il-pjattaforma ma teżistix.
error-unknown-organisation = Din l-organizzazzjoni ma teżistix.
error-unknown-account = Dan il-kont ma jeżistix.
error-unknown-token = Din iċ-ċavetta ma teżistix.
error-unknown-member = Din il-persuna mhix membru.
error-unknown-page = M'hemm xejn f'dan l-indirizz.
error-unknown-parent = M'hemm l-ebda pjattaforma ta' livell ogħla bħal din.
error-time-zone-unknown = Din iż-żona tal-ħin ma teżistix. Uża isem bħal Europe/Brussels.
error-term-kind-unknown = Agħżel ħila jew kawża.
error-term-code-invalid = Uża minn 2 sa 40 karattru (ittri żgħar, numri u lineetti), bħal first-aid.
error-term-in-use = Dan it-terminu għadu użat minn opportunità.
error-status-unknown = Agħżel abbozz, ippubblikata jew magħluqa.
error-min-age-out-of-range = L-età minima trid tkun bejn 0 u 99.
error-datetime-malformed = Daħħal data u ħin bħal 2026-12-01T14:00:00+01:00.
error-time-malformed = Daħħal ħin bħal 14:00.
error-shift-ends-before-start = It-tmiem irid ikun wara l-bidu.
error-slots-out-of-range = Turn jeħtieġ bejn 1 u 10000 post.
error-frequency-unknown = Agħżel kuljum jew kull ġimgħa.
error-series-without-end = Serje teħtieġ l-aħħar jum.
error-series-ends-before-start = L-aħħar jum irid ikun wara l-ewwel wieħed.
error-series-too-long = Serje tista' toħloq l-aktar 400 turn.
error-series-empty = Dawn il-jiem u l-eċċezzjonijiet ma jħallu l-ebda turn.
error-weekday-out-of-range = Il-jiem tal-ġimgħa jmorru minn 1 (it-Tnejn) sa 7 (il-Ħadd).
error-birth-date-needed = Din l-attività għandha età minima: jekk jogħġbok l-ewwel żid id-data tat-twelid tiegħek mal-kont tiegħek.
error-too-young = Għandek inqas mill-età minima għal din l-attività.
error-minutes-out-of-range = Agħti bejn minuta u 24 siegħa.
error-day-in-future = Dan il-jum għadu ma wasalx.
error-slots-below-taken = Diġà hemm aktar nies ikkonfermati minn dan in-numru ta' postijiet.
error-shift-cancelled = Dan it-turn ġie kkanċellat.
error-shift-past = Dan it-turn diġà beda; ir-reġistrazzjonijiet għalqu.
error-shift-not-started = L-attendenza tista' tiġi mmarkata ladarba jibda t-turn.
error-signup-ended = Din ir-reġistrazzjoni diġà spiċċat.
error-signup-not-confirmed = Nies ikkonfermati biss jistgħu jiġu mmarkati preżenti jew assenti.
error-report-decided = Dan ir-rapport diġà ġie approvat jew miċħud.
error-opportunity-not-open = Din l-opportunità ma tiħux reġistrazzjonijiet.
error-skill-unknown = Din il-ħila mhix fil-lista tal-pjattaforma.
error-cause-unknown = Din il-kawża mhix fil-lista tal-pjattaforma.
error-taken-signup = Diġà rreġistrajt għal dan it-turn.
error-unknown-term = Din il-ħila jew il-kawża ma teżistix.
error-unknown-opportunity = Din l-opportunità ma teżistix.
error-unknown-shift = Dan it-turn ma jeżistix.
error-unknown-signup = Din ir-reġistrazzjoni ma teżistix.
error-unknown-report = Dan ir-rapport ma jeżistix.
error-term-code-taken = Dan il-kodiċi diġà jinsab fil-lista. Minflok, ibdel l-isem tal-entrata li hemm.
error-radius-out-of-range = Agħti distanza bejn 0 u 500 km.
error-limit-out-of-range = Itlob bejn 1 u 100 riżultat għal kull paġna.
error-near-needed-for-distance = Biex tordna skont id-distanza, għid qrib liema post.
error-sort-unknown = Agħżel “L-aktar kmieni l-ewwel” jew “L-eqreb l-ewwel”.
error-cursor-invalid = Din il-link tal-paġna m'għadhiex valida. Erġa' ibda t-tfittxija mill-ġdid.
