# Brīvprātīgais darbs: aktivitāšu meklēšana, aktivitātes lapa, maiņas un pieraksti,
# dalībnieku saraksti, manas maiņas, organizāciju pārskati, prasmes un jomas.

## Aktivitāšu meklēšana

opportunities-title = Atrodiet, ko darīt
opportunities-find = Atrodiet, ko darīt
opportunities-filters = Filtri
opportunities-more-filters = Vairāk filtru: prasme, joma, valoda, datumi, vieta
opportunities-any = Jebkura
opportunities-sort-start = Vispirms agrākās
opportunities-sort-distance = Vispirms tuvākās
opportunities-search = Meklēt
opportunities-reset = Notīrīt visus filtrus
opportunities-results = Aktivitātes
opportunities-none = Šiem filtriem pagaidām nekas neatbilst. Mēģiniet ar mazāk filtriem vai plašākā apkārtnē.
opportunities-fix-filters = Lai redzētu rezultātus, lūdzu, izlabojiet filtrus augstāk.
opportunities-distance = { $distance } attālumā
opportunities-more-shifts = { $count ->
    [zero] un vēl { $count } reizes
    [one] un vēl { $count } reize
   *[other] un vēl { $count } reizes
}
opportunities-next-page = Nākamā lapa
opportunities-list-title = Ko jūs varat darīt kopā ar mums
opportunities-none-published = Pašlaik nav nekā, kam pierakstīties.

field-search-words = Meklējamie vārdi
field-search-words-hint = Piemēram: pārtikas banka, lasīšana, dārzs.
field-skill = Prasme
field-cause = Joma
field-spoken-language = Tur lietotā valoda
field-from-day = No (diena)
field-to-day = Līdz (diena)
field-near = Šīs vietas tuvumā
field-near-hint = Iela, adrese, pasta indekss vai apkaime. Der arī divi skaitļi no karšu lietotnes, piemēram, 51.05,3.72.
field-near-hint-no-places = Divi skaitļi no karšu lietotnes, piemēram, 51.05,3.72. Kad platformas komanda būs importējusi ielas, derēs arī iela vai apkaime.
opportunities-near-place = Šīs vietas tuvumā: { $place }.
opportunities-near-others = Vai citas vietas tuvumā:
error-place-not-found = Šajā platformā nav vietas ar šādu nosaukumu. Mēģiniet ievadīt ielu, pasta indeksu vai apkaimi vai divus skaitļus no karšu lietotnes, piemēram, 51.05,3.72.
field-within-km = Attālumā līdz (km)
field-remote-only = Tikai tas, ko varu darīt no mājām
field-sort = Secība

## Viena aktivitāte

opportunity-remote = Attālināti: no jebkuras vietas
opportunity-address-unknown = Vietu vēl apstiprinās organizācija
opportunity-coordinator-tools = Koordinatora rīki
opportunity-edit = Rediģēt
opportunity-skills = Prasmes
opportunity-causes = Jomas
opportunity-languages = Tur lietotās valodas
opportunity-min-age = Minimālais vecums
opportunity-min-age-value = { $age } g.
opportunity-accessibility = Piekļūstamība
opportunity-where = Kur
opportunity-shifts = Kad
opportunity-not-open = Šai aktivitātei pašlaik nevar pierakstīties.
opportunity-sign-in-to-sign-up = Piesakieties, lai pierakstītos
opportunity-join-first = Pievienojieties šai platformai, lai pierakstītos. Tas ir bez maksas un prasa tikai vienu klikšķi.
opportunity-ongoing = Noteikta laika nav: palīdziet, kad tas der jums un organizācijai.
opportunity-ongoing-short = Pastāvīga, bez noteikta laika
opportunity-no-upcoming = Pašlaik nav ieplānota neviena maiņa.
opportunity-dates-nav = Citi datumi
opportunity-earlier-dates = Agrāki datumi
opportunity-later-dates = Vēlāki datumi
opportunity-past-shifts = Pagājušās maiņas
opportunity-report-hours = Ziņot par manām stundām
opportunity-report-hours-intro = Pastāstiet organizācijai, cik ilgi palīdzējāt. Koordinators to apstiprinās.
opportunity-report-hours-submit = Ziņot par šīm stundām
opportunity-times-in-zone = Datumi un laiki ir norādīti platformas laika joslā ({ $zone }).
opportunity-add-shift = Pievienot maiņu
opportunity-add-shift-submit = Pievienot šo maiņu
opportunity-add-series = Pievienot atkārtotas maiņas
opportunity-add-series-intro = Piemēram, katru otrdienu no 14:00 līdz 17:00 līdz marta beigām. Pēc tam katru maiņu var mainīt atsevišķi.
opportunity-add-series-submit = Pievienot šīs maiņas
opportunity-status-draft = Melnraksts
opportunity-status-published = Publicēta
opportunity-status-closed = Slēgta
opportunity-status-draft-hint = To redz tikai jūsu organizācija.
opportunity-status-published-hint = Ikviens to var atrast un pierakstīties.
opportunity-status-closed-hint = Joprojām redzama, bet neviens nevar pierakstīties.
opportunity-new-title = Publicēt aktivitāti
opportunity-new-submit = Saglabāt aktivitāti
opportunity-edit-title = Aktivitātes rediģēšana
opportunity-edit-submit = Saglabāt izmaiņas
opportunity-form-cancel = Atcelt

opportunity-notice-created = Aktivitāte ir saglabāta. Tagad pievienojiet maiņas, kad cilvēki var ierasties.
opportunity-notice-saved = Jūsu izmaiņas ir saglabātas.
opportunity-notice-signed-up = Pieraksts ir veikts. Paldies! Dienu iepriekš saņemsiet atgādinājumu.
opportunity-notice-waitlisted = Šī maiņa ir pilna: jūs esat gaidīšanas sarakstā. Ja vieta atbrīvosies, tā būs jūsu, un mēs jums paziņosim.
opportunity-notice-left = Jūsu pieraksts ir atcelts.
opportunity-notice-shift-added = Maiņa ir pievienota.
opportunity-notice-series-added = Atkārtotās maiņas ir pievienotas.
opportunity-notice-shift-cancelled = Maiņa ir atcelta. Visi pierakstītie tiek informēti.
opportunity-notice-hours-reported = Jūsu stundas ir paziņotas. Koordinators tās apstiprinās.

field-opportunity-title = Kas jādara?
field-opportunity-title-hint = Daži vārdi, piemēram: Pārtikas šķirošana pārtikas bankā.
field-opportunity-description = Pastāstiet brīvprātīgajiem vairāk
field-skills = Noderīgas prasmes
field-causes = Jomas, kurām tā kalpo
field-languages = Tur lietotās valodas
field-languages-hint = Atzīmējiet valodas, kuras brīvprātīgais var lietot uz vietas.
field-min-age = Minimālais vecums (nav obligāts)
field-min-age-hint = Atstājiet tukšu, ja palīdzēt var ikviens.
field-accessibility = Piekļūstamība (nav obligāta)
field-accessibility-hint = Pakāpieni, lifts, tualetes, autostāvvieta, sabiedriskais transports…
field-where = Kur tas notiek?
field-where-place = Noteiktā vietā
field-where-remote = Attālināti: no jebkuras vietas
field-where-place-hint = Vietai norādiet tās adresi un atrašanās vietu kartē (skaitļus varat nokopēt no karšu lietotnes).
field-address = Adrese
field-latitude = Platums
field-latitude-hint = Piemēram, 51.0543
field-longitude = Garums
field-longitude-hint = Piemēram, 3.7174
field-status = Kas to var redzēt?

## Maiņas

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [zero] Atlikušas { $left } vietas
    [one] Atlikusi { $left } vieta
   *[other] Atlikušas { $left } vietas
} no { $slots }
shift-full = Pilna
shift-waiting = { $count ->
    [zero] { $count } cilvēki gaidīšanas sarakstā
    [one] { $count } cilvēks gaidīšanas sarakstā
   *[other] { $count } cilvēki gaidīšanas sarakstā
}
shift-cancelled = Atcelta
shift-sign-up = Pierakstīties
shift-join-waiting-list = Pievienoties gaidīšanas sarakstam
shift-you-confirmed = Jūsu pieraksts ir apstiprināts.
shift-you-waiting = Jūs esat gaidīšanas sarakstā, { $position }. vietā.
shift-leave = Atcelt manu pierakstu
shift-cancel = Atcelt šo maiņu
shift-roster-link = Kas ieradīsies
shift-weekday-1 = Pirmdiena
shift-weekday-2 = Otrdiena
shift-weekday-3 = Trešdiena
shift-weekday-4 = Ceturtdiena
shift-weekday-5 = Piektdiena
shift-weekday-6 = Sestdiena
shift-weekday-7 = Svētdiena

field-shift-day = Diena
field-start-time = Sākums
field-end-time = Beigas
field-slots = Vietu skaits
field-frequency = Cik bieži?
field-frequency-weekly = Katru nedēļu, zemāk atzīmētajās dienās
field-frequency-daily = Katru dienu
field-weekdays = Nedēļas dienas
field-weekdays-hint = Iknedēļas maiņām. Ja nekas nav atzīmēts, tiek izmantota pirmās dienas nedēļas diena.
field-first-day = Pirmā diena
field-last-day = Pēdējā diena
field-except = Dienas bez šīs maiņas (nav obligātas)
field-except-hint = Piemēram, svētku dienas: 2026-12-25, 2027-01-01
field-hours-day = Diena
field-hours-minutes = Cik minūšu?
field-hours-minutes-hint = Pusotrai stundai ierakstiet 90.
field-hours-note = Ko jūs darījāt? (nav obligāti)

## Maiņas dalībnieku saraksts

roster-title = Kas ieradīsies
roster-fill = Aizņemtas vietas: { $taken } no { $slots }
roster-csv = Lejupielādēt sarakstu (CSV, izklājlapai)
roster-confirmed = Apstiprināti
roster-attendance-later = Atzīmēt, kas ieradās, varat, sākot no 30 minūtēm pirms maiņas sākuma.
roster-nobody = Vēl neviens nav pierakstījies.
roster-attended = Ieradās
roster-no-show = Neieradās
roster-remove = Noņemt
roster-waiting = Gaidīšanas saraksts
roster-nobody-waiting = Neviens negaida.
roster-position = { $position }. vieta
roster-ended = Atcelti
roster-cancelled = atcēla
roster-removed = noņēma koordinators
roster-late = novēloti
roster-erased-name = Bijušais dalībnieks
roster-edit-shift = Mainīt šo maiņu
roster-edit-hint = Ne mazāk kā jau apstiprināto cilvēku.
roster-edit-submit = Saglabāt izmaiņas
field-minutes = Minūtes
roster-notice-attendance-saved = Apmeklējums saglabāts.
roster-notice-removed = Pieraksts ir noņemts. Vietu tagad saņem pirmais gaidītājs, ja tāds ir.
roster-notice-shift-saved = Maiņa ir mainīta. Visi pierakstītie tiek informēti.

## Manas maiņas

my-shifts-nav = Manas maiņas
my-shifts-title = Manas maiņas
my-shifts-total = Manas stundas kopā:
my-shifts-calendar = Pievienot manas maiņas manam kalendāram
my-shifts-upcoming = Gaidāmās
my-shifts-none-upcoming = Jums nav pierakstu uz gaidāmām maiņām.
my-shifts-recent = Nesen
my-shifts-none-recent = Pēdējās 30 dienās nekā nav.
my-shifts-attended = Jūs ieradāties: { $duration }
my-shifts-no-show = Atzīmēta neierašanās
my-shifts-done = Paveikts
my-shifts-cancelled = Jūs atcēlāt
my-shifts-removed = Noņēma koordinators
my-shifts-reports = Manis paziņotās stundas
my-shifts-no-reports = Paziņotu stundu jums vēl nav.
my-shifts-report-pending = gaida apstiprinājumu
my-shifts-report-approved = apstiprināta
my-shifts-report-declined = noraidīta
my-shifts-notice-cancelled = Jūsu pieraksts ir atcelts.

## Organizācijas pārskats

dashboard-link = Pārskats
dashboard-title = Pārskats
dashboard-publish = Publicēt aktivitāti
dashboard-figures = Skaitļos
dashboard-upcoming-shifts = Gaidāmās maiņas
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Aizņemtās vietas
dashboard-percent = { $percent }%
dashboard-places = { $taken } no { $slots }
dashboard-no-places = Nav gaidāmu vietu
dashboard-hours-month = Stundas šomēnes
dashboard-hours-total = Stundas kopā
dashboard-upcoming = Gaidāmās
dashboard-no-upcoming = Nav ieplānota neviena maiņa.
dashboard-fill = Aizņemtas vietas: { $taken } no { $slots }{ $waiting ->
    [0] {""}
   *[other] , gaida: { $waiting }
}
dashboard-opportunities = Mūsu aktivitātes
dashboard-no-opportunities = Publicētu aktivitāšu vēl nav.
dashboard-reports = Apstiprināmās stundas
dashboard-no-reports = Jūsu apstiprinājumu negaida neviena stunda.
dashboard-approve = Apstiprināt
dashboard-decline = Noraidīt
dashboard-notice-report-approved = Stundas ir apstiprinātas.
dashboard-notice-report-declined = Stundas ir noraidītas.
dashboard-notice-report-decided-before = Par šīm stundām kāds jau bija pieņēmis lēmumu.

## Prasmes un jomas

terms-link = Prasmes un jomas
terms-title = Prasmes un jomas
terms-skills = Prasmes
terms-causes = Jomas
terms-empty = Saraksts ir tukšs.
terms-rename = Pārdēvēt
terms-remove = Noņemt
terms-add = Pievienot prasmi vai jomu
terms-add-submit = Pievienot
terms-kind-skill = Prasme
terms-kind-cause = Joma
terms-notice-added = Pievienots.
terms-notice-renamed = Pārdēvēts.
terms-notice-removed = Noņemts.
field-term-kind = Kurš saraksts?
field-term-code = Kods
field-term-code-hint = Īss, nemainīgs nosaukums programmām: no 2 līdz 40 mazajiem burtiem, cipariem un defisēm, piemēram, first-aid.

# Ilgums, kā to lasa cilvēks (“1 st. 15 min.”); $hours un $minutes pienāk jau noformēti.
duration-minutes = { $minutes } min.
duration-hours = { $hours } st.
duration-hours-minutes = { $hours } st. { $minutes } min.
# A shift that has started and not yet ended.
shift-happening-now = Notiek tagad
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Pievienot savu dzimšanas datumu
terms-intro-languages = Aktivitātes tiek iedalītas pēc šiem sarakstiem, un cilvēki pēc tiem filtrē. Katram ierakstam ir nosaukums angļu valodā; piešķiriet tam nosaukumus valodās, kurās šeit lasa cilvēki.
field-term-english = Nosaukums angļu valodā
terms-names-link = Nosaukumi citās valodās
terms-names-title = Ieraksta „{ $name }” nosaukumi
terms-names-intro = Piešķiriet šim ierakstam nosaukumu katrā valodā, kurā šeit lasa cilvēki. Ja kādā valodā nosaukuma nav, tās lasītāji redz nosaukumu platformas valodā ({ $language }), citādi angļu valodā. Noklusējuma ieraksti jau ir lasāmi visās valodās, kamēr netiek mainīts to angliskais nosaukums.
terms-names-other-languages = Citas valodas
terms-names-submit = Saglabāt nosaukumus
terms-add-name-in = Nosaukums valodā: { $language } (nav obligāts)
terms-add-name-hint = Nosaukumus citās valodās varat piešķirt vēlāk.
terms-notice-named = Nosaukumi ir saglabāti.
error-term-name-english = Angliskais nosaukums jāievada atsevišķā laukā.
roster-came = { $name } ieradās
roster-attendance-how = Visi ir atzīmēti kā ieradušies, ar maiņas minūtēm. Noņemiet atzīmi tiem, kas neieradās, vajadzības gadījumā mainiet minūtes un tad saglabājiet vienu reizi.
roster-save-all = Saglabāt apmeklējumu
error-attendance-minutes-out-of-range = Ievadiet minūtes kā veselu skaitli no 0 līdz maiņas ilgumam plus 12 stundas.
error-too-many-marks = Vienā reizē sūtiet ne vairāk kā 1000 cilvēku apmeklējumu.
opportunity-create-account = Izveidot kontu
opportunity-notice-welcome = Laipni lūdzam! Jūsu konts ir gatavs: izvēlieties maiņu zemāk, lai pierakstītos.
signup-cancel-title = Vai vēlaties atteikties no savas vietas?
signup-cancel-question = Vai vēlaties atteikties no savas vietas maiņā „{ $title }”, { $when }?
signup-cancel-hint = Jūsu vietu saņems pirmais gaidītājs, vai arī tā atkal būs brīva. Jūs varat atkal pierakstīties, kamēr vēl ir brīvas vietas.
signup-cancel-confirm = Jā, atteikties no vietas
signup-cancel-keep = Nē, paturēt savu vietu
roster-remove-title = Vai vēlaties kādu noņemt no šīs maiņas?
roster-remove-question = { $name }: noņemt no maiņas „{ $title }”, { $when }?
roster-remove-hint = Cilvēkam tiks paziņots, un vietu saņems pirmais gaidītājs.
roster-remove-confirm = Jā, noņemt: { $name }
roster-remove-keep = Nē, atstāt sarakstā
