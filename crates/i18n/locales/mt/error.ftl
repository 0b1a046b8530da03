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
