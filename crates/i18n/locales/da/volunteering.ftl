# Frivilligt arbejde: at finde opgaver, en opgaves side, vagter og tilmeldinger,
# deltagerlister, mine vagter, organisationers oversigter, kompetencer og sager.

## At finde opgaver

opportunities-title = Find noget at lave
opportunities-find = Find noget at lave
opportunities-filters = Filtre
opportunities-more-filters = Flere filtre: kompetence, sag, sprog, datoer, sted
opportunities-any = Alle
opportunities-sort-start = Snarest først
opportunities-sort-distance = Nærmest først
opportunities-search = Søg
opportunities-reset = Ryd alle filtre
opportunities-results = Opgaver
opportunities-none = Intet passer til disse filtre endnu. Prøv med færre filtre eller et større område.
opportunities-fix-filters = Ret filtrene ovenfor for at se resultater.
opportunities-distance = { $distance } væk
opportunities-more-shifts = { $count ->
    [one] og ét tidspunkt mere
   *[other] og { $count } tidspunkter mere
}
opportunities-next-page = Næste side
opportunities-list-title = Det kan du være med til hos os
opportunities-none-published = Der er ikke noget at tilmelde sig lige nu.

field-search-words = Søgeord
field-search-words-hint = For eksempel: fødevarebank, højtlæsning, have.
field-skill = Kompetence
field-cause = Sag
field-spoken-language = Sprog, der tales på stedet
field-from-day = Fra (dag)
field-to-day = Til (dag)
field-near = Nær dette sted
field-near-hint = En gade, en adresse, et postnummer eller et kvarter. To tal fra en kortapp, for eksempel 51.05,3.72, virker også.
field-near-hint-no-places = To tal fra en kortapp, for eksempel 51.05,3.72. Når platformens team har importeret dens gader, virker en gade eller et kvarter også.
opportunities-near-place = Nær { $place }.
opportunities-near-others = Eller nær et andet sted:
error-place-not-found = Denne platform kender intet sted med det navn. Prøv en gade, et postnummer eller et kvarter, eller to tal fra en kortapp, for eksempel 51.05,3.72.
field-within-km = Inden for (km)
field-remote-only = Kun ting, jeg kan gøre hjemmefra
field-sort = Rækkefølge

## En opgave

opportunity-remote = På afstand: hvor som helst fra
opportunity-address-unknown = Stedet bekræftes senere af organisationen
opportunity-coordinator-tools = Værktøjer til koordinatorer
opportunity-edit = Redigér
opportunity-skills = Kompetencer
opportunity-causes = Sager
opportunity-languages = Sprog, der tales på stedet
opportunity-min-age = Minimumsalder
opportunity-min-age-value = { $age } år
opportunity-accessibility = Tilgængelighed
opportunity-where = Hvor
opportunity-shifts = Hvornår
opportunity-not-open = Der er ikke åbent for tilmelding til denne opgave lige nu.
opportunity-sign-in-to-sign-up = Log ind for at tilmelde dig
opportunity-join-first = Bliv medlem af denne platform for at tilmelde dig. Det er gratis og kræver kun ét klik.
opportunity-ongoing = Der er ingen faste tidspunkter: Hjælp, når det passer dig og organisationen.
opportunity-ongoing-short = Løbende, ingen faste tidspunkter
opportunity-no-upcoming = Der er ingen planlagte tidspunkter lige nu.
opportunity-dates-nav = Flere datoer
opportunity-earlier-dates = Tidligere datoer
opportunity-later-dates = Senere datoer
opportunity-past-shifts = Tidligere tidspunkter
opportunity-report-hours = Indberet mine timer
opportunity-report-hours-intro = Fortæl organisationen, hvor længe du hjalp. En koordinator bekræfter det.
opportunity-report-hours-submit = Indberet disse timer
opportunity-times-in-zone = Datoer og klokkeslæt er i platformens tidszone ({ $zone }).
opportunity-add-shift = Tilføj et tidspunkt
opportunity-add-shift-submit = Tilføj dette tidspunkt
opportunity-add-series = Tilføj gentagne tidspunkter
opportunity-add-series-intro = For eksempel hver tirsdag fra 14:00 til 17:00 indtil slutningen af marts. Hvert tidspunkt kan ændres for sig bagefter.
opportunity-add-series-submit = Tilføj disse tidspunkter
opportunity-status-draft = Kladde
opportunity-status-published = Offentliggjort
opportunity-status-closed = Lukket
opportunity-status-draft-hint = Kun din organisation kan se den.
opportunity-status-published-hint = Alle kan finde den og tilmelde sig.
opportunity-status-closed-hint = Stadig synlig, men ingen kan tilmelde sig.
opportunity-new-title = Slå en opgave op
opportunity-new-submit = Gem opgaven
opportunity-edit-title = Redigér opgaven
opportunity-edit-submit = Gem ændringerne
opportunity-form-cancel = Annuller

opportunity-notice-created = Opgaven er gemt. Tilføj nu de tidspunkter, hvor folk kan komme.
opportunity-notice-saved = Dine ændringer er gemt.
opportunity-notice-signed-up = Du er tilmeldt. Tak! Du får en påmindelse dagen før.
opportunity-notice-waitlisted = Dette tidspunkt er fuldt: Du er på ventelisten. Hvis en plads bliver ledig, er den din, og vi giver dig besked.
opportunity-notice-left = Din tilmelding er annulleret.
opportunity-notice-shift-added = Tidspunktet er tilføjet.
opportunity-notice-series-added = De gentagne tidspunkter er tilføjet.
opportunity-notice-shift-cancelled = Tidspunktet er aflyst. Alle tilmeldte får besked.
opportunity-notice-hours-reported = Dine timer er indberettet. En koordinator bekræfter dem.

field-opportunity-title = Hvad skal der gøres?
field-opportunity-title-hint = Et par ord, for eksempel: Sortér madvarer i fødevarebanken.
field-opportunity-description = Fortæl de frivillige mere
field-skills = Nyttige kompetencer
field-causes = Sager, den støtter
field-languages = Sprog, der tales på stedet
field-languages-hint = Sæt kryds ved de sprog, en frivillig kan bruge på stedet.
field-min-age = Minimumsalder (valgfri)
field-min-age-hint = Lad feltet stå tomt, hvis alle kan hjælpe.
field-accessibility = Tilgængelighed (valgfri)
field-accessibility-hint = Trapper, elevator, toiletter, parkering, offentlig transport…
field-where = Hvor foregår det?
field-where-place = Et bestemt sted
field-where-remote = På afstand: hvor som helst fra
field-where-place-hint = For et sted skal du angive adressen og placeringen på kortet (du kan kopiere tallene fra en kortapp).
field-address = Adresse
field-latitude = Breddegrad
field-latitude-hint = For eksempel 51.0543
field-longitude = Længdegrad
field-longitude-hint = For eksempel 3.7174
field-status = Hvem kan se den?

## Vagter

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 ledig plads
   *[other] { $left } ledige pladser
} af { $slots }
shift-full = Fuldt
shift-waiting = { $count ->
    [one] 1 person på ventelisten
   *[other] { $count } personer på ventelisten
}
shift-cancelled = Aflyst
shift-sign-up = Tilmeld dig
shift-join-waiting-list = Skriv dig på ventelisten
shift-you-confirmed = Du er tilmeldt.
shift-you-waiting = Du er på ventelisten som nummer { $position }.
shift-leave = Afmeld mig
shift-cancel = Aflys dette tidspunkt
shift-roster-link = Hvem kommer
shift-weekday-1 = Mandag
shift-weekday-2 = Tirsdag
shift-weekday-3 = Onsdag
shift-weekday-4 = Torsdag
shift-weekday-5 = Fredag
shift-weekday-6 = Lørdag
shift-weekday-7 = Søndag

field-shift-day = Dag
field-start-time = Starter kl.
field-end-time = Slutter kl.
field-slots = Antal pladser
field-frequency = Hvor ofte?
field-frequency-weekly = Hver uge, på de dage, der er krydset af nedenfor
field-frequency-daily = Hver dag
field-weekdays = Ugedage
field-weekdays-hint = Til ugentlige tidspunkter. Hvis ingen er krydset af, bruges ugedagen for den første dag.
field-first-day = Første dag
field-last-day = Sidste dag
field-except = Dage uden dette tidspunkt (valgfri)
field-except-hint = Helligdage, for eksempel: 2026-12-25, 2027-01-01
field-hours-day = Dag
field-hours-minutes = Hvor mange minutter?
field-hours-minutes-hint = Skriv 90 for halvanden time.
field-hours-note = Hvad lavede du? (valgfri)

## En vagts deltagerliste

roster-title = Hvem kommer
roster-fill = { $taken } af { $slots } pladser optaget
roster-csv = Hent listen (CSV, til et regneark)
roster-confirmed = Bekræftet
roster-attendance-later = Du kan markere, hvem der kom, fra 30 minutter før tidspunktet begynder.
roster-nobody = Ingen har tilmeldt sig endnu.
roster-attended = Kom
roster-no-show = Kom ikke
roster-remove = Fjern
roster-waiting = Venteliste
roster-nobody-waiting = Ingen venter.
roster-position = nummer { $position }
roster-ended = Afmeldinger
roster-cancelled = afmeldt
roster-removed = fjernet af en koordinator
roster-late = sent
roster-erased-name = Et tidligere medlem
roster-edit-shift = Ændr dette tidspunkt
roster-edit-hint = Ikke færre end antallet af allerede bekræftede personer.
roster-edit-submit = Gem ændringerne
field-minutes = Minutter
roster-notice-attendance-saved = Fremmødet er gemt.
roster-notice-removed = Tilmeldingen er fjernet. Den første på ventelisten, hvis der er nogen, har nu pladsen.
roster-notice-shift-saved = Tidspunktet er ændret. Alle tilmeldte får besked.

## Mine vagter

my-shifts-nav = Mine vagter
my-shifts-title = Mine vagter
my-shifts-total = Timer, jeg har givet:
my-shifts-calendar = Føj mine vagter til min kalender
my-shifts-upcoming = Kommende
my-shifts-none-upcoming = Du er ikke tilmeldt noget kommende.
my-shifts-recent = For nylig
my-shifts-none-recent = Intet i de sidste 30 dage.
my-shifts-attended = Du kom: { $duration }
my-shifts-no-show = Markeret som ikke mødt
my-shifts-done = Gennemført
my-shifts-cancelled = Du meldte afbud
my-shifts-removed = Fjernet af en koordinator
my-shifts-reports = Timer, jeg har indberettet
my-shifts-no-reports = Du har ikke indberettet nogen timer.
my-shifts-report-pending = venter på bekræftelse
my-shifts-report-approved = bekræftet
my-shifts-report-declined = afvist
my-shifts-notice-cancelled = Din tilmelding er annulleret.

## En organisations oversigt

dashboard-link = Oversigt
dashboard-title = Oversigt
dashboard-publish = Slå en opgave op
dashboard-figures = I tal
dashboard-upcoming-shifts = Kommende tidspunkter
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Besatte pladser
dashboard-percent = { $percent } %
dashboard-places = { $taken } af { $slots }
dashboard-no-places = Ingen kommende pladser
dashboard-hours-month = Timer denne måned
dashboard-hours-total = Timer i alt
dashboard-upcoming = Kommende
dashboard-no-upcoming = Der er ingen planlagte tidspunkter.
dashboard-fill = { $taken } af { $slots } pladser optaget{ $waiting ->
    [0] {""}
   *[other] , { $waiting } venter
}
dashboard-opportunities = Vores opgaver
dashboard-no-opportunities = Du har ikke slået noget op endnu.
dashboard-reports = Timer til bekræftelse
dashboard-no-reports = Ingen timer venter på dig.
dashboard-approve = Bekræft
dashboard-decline = Afvis
dashboard-notice-report-approved = Timerne er bekræftet.
dashboard-notice-report-declined = Timerne er afvist.
dashboard-notice-report-decided-before = Nogen havde allerede taget stilling til disse timer.

## Kompetencer og sager

terms-link = Kompetencer og sager
terms-title = Kompetencer og sager
terms-skills = Kompetencer
terms-causes = Sager
terms-empty = Listen er tom.
terms-rename = Omdøb
terms-remove = Fjern
terms-add = Tilføj en kompetence eller en sag
terms-add-submit = Tilføj
terms-kind-skill = En kompetence
terms-kind-cause = En sag
terms-notice-added = Tilføjet.
terms-notice-renamed = Omdøbt.
terms-notice-removed = Fjernet.
field-term-kind = Hvilken liste?
field-term-code = Kode
field-term-code-hint = Et kort, fast navn til programmer: 2 til 40 små bogstaver, tal og bindestreger, som first-aid.

# En tidslængde, som læseren er vant til at se den ("1 t. 15 min."); $hours og $minutes kommer færdigformaterede.
duration-minutes = { $minutes } min.
duration-hours = { $hours } t.
duration-hours-minutes = { $hours } t. { $minutes } min.
# A shift that has started and not yet ended.
shift-happening-now = I gang nu
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Tilføj min fødselsdato
terms-intro-languages = Opgaver inddeles efter disse lister, og folk kan filtrere efter dem. Hvert punkt har et navn på engelsk; giv det navne på de sprog, folk her læser.
field-term-english = Navn på engelsk
terms-names-link = Navne på andre sprog
terms-names-title = Navne for »{ $name }«
terms-names-intro = Giv dette punkt et navn på hvert sprog, som folk her læser. Har et sprog intet navn, ser dets læsere navnet på { $language }, ellers på engelsk. Standardpunkterne findes allerede på alle sprog, indtil deres engelske navn ændres.
terms-names-other-languages = Andre sprog
terms-names-submit = Gem navnene
terms-add-name-in = Navn på { $language } (valgfrit)
terms-add-name-hint = Du kan give navne på andre sprog bagefter.
terms-notice-named = Navnene er gemt.
error-term-name-english = Det engelske navn skal stå i sit eget felt.
roster-came = { $name } kom
roster-attendance-how = Alle er krydset af som kommet, med tidspunktets minutter. Fjern krydset ved dem, der ikke kom, ret minutterne, hvor det er nødvendigt, og gem så én gang.
roster-save-all = Gem fremmødet
error-attendance-minutes-out-of-range = Angiv minutterne som et helt tal fra 0 op til tidspunktets varighed plus 12 timer.
error-too-many-marks = Send fremmødet for højst 1.000 personer ad gangen.
opportunity-create-account = Opret en konto
opportunity-notice-welcome = Velkommen! Din konto er klar: Vælg et tidspunkt nedenfor for at tilmelde dig.
signup-cancel-title = Vil du opgive din plads?
signup-cancel-question = Vil du opgive din plads til »{ $title }«, { $when }?
signup-cancel-hint = Din plads går til den første på ventelisten eller bliver ledig igen. Du kan tilmelde dig igen, så længe der er ledige pladser.
signup-cancel-confirm = Ja, opgiv min plads
signup-cancel-keep = Nej, behold min plads
roster-remove-title = Vil du fjerne en person fra dette tidspunkt?
roster-remove-question = Vil du fjerne { $name } fra »{ $title }«, { $when }?
roster-remove-hint = Personen får besked, og pladsen går til den første på ventelisten.
roster-remove-confirm = Ja, fjern { $name }
roster-remove-keep = Nej, behold personen på listen
