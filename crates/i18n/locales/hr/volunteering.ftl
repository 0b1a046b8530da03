# Volontiranje: pronalaženje prilika, stranica prilike, smjene i prijave,
# popisi sudionika, moje smjene, nadzorne ploče organizacija, vještine i područja.

## Pronalaženje prilika

opportunities-title = Pronađite gdje možete pomoći
opportunities-find = Pronađi gdje mogu pomoći
opportunities-filters = Filtri
opportunities-more-filters = Više filtara: vještina, područje, jezik, datumi, mjesto
opportunities-any = Bilo koje
opportunities-sort-start = Prvo najraniji
opportunities-sort-distance = Prvo najbliži
opportunities-search = Traži
opportunities-reset = Očisti sve filtre
opportunities-results = Prilike
opportunities-none = Ovim filtrima zasad ništa ne odgovara. Pokušajte s manje filtara ili širim područjem.
opportunities-fix-filters = Ispravite filtre iznad kako biste vidjeli rezultate.
opportunities-distance = udaljeno { $distance }
opportunities-more-shifts = { $count ->
    [one] i još { $count } termin
    [few] i još { $count } termina
   *[other] i još { $count } termina
}
opportunities-next-page = Sljedeća stranica
opportunities-list-title = Što možete raditi s nama
opportunities-none-published = Trenutačno se nemate za što prijaviti.

field-search-words = Riječi za pretraživanje
field-search-words-hint = Na primjer: banka hrane, čitanje, vrt.
field-skill = Vještina
field-cause = Područje
field-spoken-language = Jezik koji se ondje govori
field-from-day = Od (dan)
field-to-day = Do (dan)
field-near = Blizu ovog mjesta
field-near-hint = Ulica, adresa, poštanski broj ili kvart. Možete upisati i dva broja iz aplikacije s kartama, na primjer 51.05,3.72.
field-near-hint-no-places = Dva broja iz aplikacije s kartama, na primjer 51.05,3.72. Kad tim platforme uveze njezine ulice, moći ćete upisati i ulicu ili kvart.
opportunities-near-place = Blizu mjesta { $place }.
opportunities-near-others = Ili blizu drugog mjesta:
error-place-not-found = Na ovoj platformi nema mjesta s tim imenom. Pokušajte s ulicom, poštanskim brojem ili kvartom ili s dva broja iz aplikacije s kartama, na primjer 51.05,3.72.
field-within-km = U krugu od (km)
field-remote-only = Samo ono što mogu raditi od kuće
field-sort = Redoslijed

## Jedna prilika

opportunity-remote = Na daljinu: s bilo kojeg mjesta
opportunity-address-unknown = Mjesto će potvrditi organizacija
opportunity-coordinator-tools = Alati za koordinatore
opportunity-edit = Uredi
opportunity-skills = Vještine
opportunity-causes = Područja
opportunity-languages = Jezici koji se ondje govore
opportunity-min-age = Najmanja dob
opportunity-min-age-value = { $age ->
    [one] { $age } godina
    [few] { $age } godine
   *[other] { $age } godina
}
opportunity-accessibility = Pristupačnost
opportunity-where = Gdje
opportunity-shifts = Kada
opportunity-not-open = Ova prilika trenutačno ne prima prijave.
opportunity-sign-in-to-sign-up = Prijavite se u račun da biste se mogli prijaviti
opportunity-join-first = Pridružite se ovoj platformi da biste se mogli prijaviti. Besplatno je i treba samo jedan klik.
opportunity-ongoing = Nema utvrđenih termina: pomozite kad odgovara vama i organizaciji.
opportunity-ongoing-short = Stalno, bez utvrđenih termina
opportunity-no-upcoming = Trenutačno nema planiranih termina.
opportunity-dates-nav = Još termina
opportunity-earlier-dates = Raniji termini
opportunity-later-dates = Kasniji termini
opportunity-past-shifts = Prošli termini
opportunity-report-hours = Prijavi moje sate
opportunity-report-hours-intro = Javite organizaciji koliko ste dugo pomagali. Koordinator će to potvrditi.
opportunity-report-hours-submit = Prijavi ove sate
opportunity-times-in-zone = Datumi i vremena u vremenskoj su zoni platforme ({ $zone }).
opportunity-add-shift = Dodaj termin
opportunity-add-shift-submit = Dodaj ovaj termin
opportunity-add-series = Dodaj ponavljajuće termine
opportunity-add-series-intro = Na primjer svaki utorak od 14:00 do 17:00 do kraja ožujka. Svaki se termin poslije može zasebno promijeniti.
opportunity-add-series-submit = Dodaj ove termine
opportunity-status-draft = Nacrt
opportunity-status-published = Objavljeno
opportunity-status-closed = Zatvoreno
opportunity-status-draft-hint = Vidi je samo vaša organizacija.
opportunity-status-published-hint = Svi je mogu pronaći i prijaviti se.
opportunity-status-closed-hint = I dalje je vidljiva, ali nitko se ne može prijaviti.
opportunity-new-title = Objavi priliku
opportunity-new-submit = Spremi priliku
opportunity-edit-title = Uredi priliku
opportunity-edit-submit = Spremi promjene
opportunity-form-cancel = Odustani

opportunity-notice-created = Prilika je spremljena. Sada dodajte termine kad ljudi mogu doći.
opportunity-notice-saved = Vaše su promjene spremljene.
opportunity-notice-signed-up = Prijavljeni ste. Hvala! Dan prije dobit ćete podsjetnik.
opportunity-notice-waitlisted = Ovaj je termin popunjen: na listi ste čekanja. Ako se mjesto oslobodi, vaše je i javit ćemo vam.
opportunity-notice-left = Vaša je prijava otkazana.
opportunity-notice-shift-added = Termin je dodan.
opportunity-notice-series-added = Ponavljajući termini su dodani.
opportunity-notice-shift-cancelled = Termin je otkazan. Svi prijavljeni bit će obaviješteni.
opportunity-notice-hours-reported = Vaši su sati prijavljeni. Koordinator će ih potvrditi.

field-opportunity-title = Što treba učiniti?
field-opportunity-title-hint = Nekoliko riječi, na primjer: Razvrstavanje hrane u banci hrane.
field-opportunity-description = Recite volonterima više
field-skills = Korisne vještine
field-causes = Područja kojima služi
field-languages = Jezici koji se ondje govore
field-languages-hint = Označite jezike kojima se volonter može služiti na licu mjesta.
field-min-age = Najmanja dob (neobavezno)
field-min-age-hint = Ostavite prazno ako svatko može pomoći.
field-accessibility = Pristupačnost (neobavezno)
field-accessibility-hint = Stepenice, dizalo, zahodi, parkiranje, javni prijevoz…
field-where = Gdje se odvija?
field-where-place = Na određenom mjestu
field-where-remote = Na daljinu: s bilo kojeg mjesta
field-where-place-hint = Za mjesto navedite adresu i položaj na karti (brojeve možete kopirati iz aplikacije s kartama).
field-address = Adresa
field-latitude = Geografska širina
field-latitude-hint = Na primjer 51.0543
field-longitude = Geografska dužina
field-longitude-hint = Na primjer 3.7174
field-status = Tko je može vidjeti?

## Smjene

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Još { $left } slobodno mjesto
    [few] Još { $left } slobodna mjesta
   *[other] Još { $left } slobodnih mjesta
} od { $slots }
shift-full = Popunjeno
shift-waiting = { $count ->
    [one] { $count } osoba na listi čekanja
    [few] { $count } osobe na listi čekanja
   *[other] { $count } osoba na listi čekanja
}
shift-cancelled = Otkazano
shift-sign-up = Prijavi se
shift-join-waiting-list = Upiši me na listu čekanja
shift-you-confirmed = Prijavljeni ste.
shift-you-waiting = Na listi ste čekanja, { $position }. po redu.
shift-leave = Otkaži moju prijavu
shift-cancel = Otkaži ovaj termin
shift-roster-link = Tko dolazi
shift-weekday-1 = Ponedjeljak
shift-weekday-2 = Utorak
shift-weekday-3 = Srijeda
shift-weekday-4 = Četvrtak
shift-weekday-5 = Petak
shift-weekday-6 = Subota
shift-weekday-7 = Nedjelja

field-shift-day = Dan
field-start-time = Početak
field-end-time = Završetak
field-slots = Broj mjesta
field-frequency = Koliko često?
field-frequency-weekly = Svaki tjedan, u dane označene u nastavku
field-frequency-daily = Svaki dan
field-weekdays = Dani u tjednu
field-weekdays-hint = Za tjedne termine. Ako nijedan dan nije označen, upotrebljava se dan u tjednu prvog dana.
field-first-day = Prvi dan
field-last-day = Zadnji dan
field-except = Dani bez ovog termina (neobavezno)
field-except-hint = Na primjer blagdani: 2026-12-25, 2027-01-01
field-hours-day = Dan
field-hours-minutes = Koliko minuta?
field-hours-minutes-hint = Za sat i pol upišite 90.
field-hours-note = Što ste radili? (neobavezno)

## Popis sudionika smjene

roster-title = Tko dolazi
roster-fill = Popunjena mjesta: { $taken } od { $slots }
roster-csv = Preuzmi popis (CSV, za proračunsku tablicu)
roster-confirmed = Potvrđeni
roster-attendance-later = Tko je došao možete označiti od 30 minuta prije početka termina.
roster-nobody = Još se nitko nije prijavio.
roster-attended = Došao/došla
roster-no-show = Nije došao/došla
roster-remove = Ukloni
roster-waiting = Lista čekanja
roster-nobody-waiting = Nitko ne čeka.
roster-position = { $position }. po redu
roster-ended = Otkazano
roster-cancelled = otkazano
roster-removed = uklonio koordinator
roster-late = kasno
roster-erased-name = Bivši član
roster-edit-shift = Promijeni ovaj termin
roster-edit-hint = Ne manje od broja već potvrđenih osoba.
roster-edit-submit = Spremi promjene
field-minutes = Minute
roster-notice-attendance-saved = Dolasci su spremljeni.
roster-notice-removed = Prijava je uklonjena. Mjesto sada dobiva prva osoba s liste čekanja, ako postoji.
roster-notice-shift-saved = Termin je promijenjen. Svi prijavljeni bit će obaviješteni.

## Moje smjene

my-shifts-nav = Moje smjene
my-shifts-title = Moje smjene
my-shifts-total = Moji sati pomoći:
my-shifts-calendar = Dodaj moje smjene u kalendar
my-shifts-upcoming = Nadolazeće
my-shifts-none-upcoming = Niste prijavljeni ni za što nadolazeće.
my-shifts-recent = Nedavno
my-shifts-none-recent = Ništa u posljednjih 30 dana.
my-shifts-attended = Vaš dolazak: { $duration }
my-shifts-no-show = Označeno kao nedolazak
my-shifts-done = Obavljeno
my-shifts-cancelled = Otkazali ste
my-shifts-removed = Uklonio koordinator
my-shifts-reports = Prijavljeni sati
my-shifts-no-reports = Još niste prijavili nijedan sat.
my-shifts-report-pending = čeka potvrdu
my-shifts-report-approved = potvrđeno
my-shifts-report-declined = odbijeno
my-shifts-notice-cancelled = Vaša je prijava otkazana.

## Nadzorna ploča organizacije

dashboard-link = Nadzorna ploča
dashboard-title = Nadzorna ploča
dashboard-publish = Objavi priliku
dashboard-figures = U brojkama
dashboard-upcoming-shifts = Nadolazeći termini
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Popunjenost mjesta
dashboard-percent = { $percent } %
dashboard-places = { $taken } od { $slots }
dashboard-no-places = Nema nadolazećih mjesta
dashboard-hours-month = Sati ovaj mjesec
dashboard-hours-total = Ukupno sati
dashboard-upcoming = Nadolazeće
dashboard-no-upcoming = Nema planiranih termina.
dashboard-fill = Popunjena mjesta: { $taken } od { $slots }{ $waiting ->
    [0] {""}
    [one] , { $waiting } čeka
    [few] , { $waiting } čekaju
   *[other] , { $waiting } čeka
}
dashboard-opportunities = Naše prilike
dashboard-no-opportunities = Još niste ništa objavili.
dashboard-reports = Sati za potvrdu
dashboard-no-reports = Nema sati koji čekaju na vas.
dashboard-approve = Potvrdi
dashboard-decline = Odbij
dashboard-notice-report-approved = Sati su potvrđeni.
dashboard-notice-report-declined = Sati su odbijeni.
dashboard-notice-report-decided-before = Netko je o ovim satima već odlučio.

## Vještine i područja

terms-link = Vještine i područja
terms-title = Vještine i područja
terms-skills = Vještine
terms-causes = Područja
terms-empty = Popis je prazan.
terms-rename = Preimenuj
terms-remove = Ukloni
terms-add = Dodaj vještinu ili područje
terms-add-submit = Dodaj
terms-kind-skill = Vještina
terms-kind-cause = Područje
terms-notice-added = Dodano.
terms-notice-renamed = Preimenovano.
terms-notice-removed = Uklonjeno.
field-term-kind = Koji popis?
field-term-code = Kôd
field-term-code-hint = Kratak stalni naziv za programe: od 2 do 40 malih slova, znamenki i crtica, poput first-aid.

# Trajanje onako kako ga čitatelj čita („1 h 15 min”); $hours i $minutes stižu već oblikovani.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Upravo traje
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Dodaj svoj datum rođenja
terms-intro-languages = Prilike se razvrstavaju prema ovim popisima, a ljudi prema njima filtriraju. Svaka stavka ima naziv na engleskom; dajte joj nazive na jezicima koje ljudi ovdje čitaju.
field-term-english = Naziv na engleskom
terms-names-link = Nazivi na drugim jezicima
terms-names-title = Nazivi stavke „{ $name }“
terms-names-intro = Dajte ovoj stavci naziv na svakom jeziku koji ljudi ovdje čitaju. Ako ga neki jezik nema, njegovi čitatelji vide naziv na jeziku platforme ({ $language }), a inače na engleskom. Zadane stavke već postoje na svim jezicima, dok im se ne promijeni engleski naziv.
terms-names-other-languages = Drugi jezici
terms-names-submit = Spremi nazive
terms-add-name-in = Naziv na jeziku: { $language } (neobavezno)
terms-add-name-hint = Nazive na drugim jezicima možete dodati poslije.
terms-notice-named = Nazivi su spremljeni.
error-term-name-english = Engleski naziv upisuje se u zasebno polje.
roster-came = { $name } – dolazak
roster-attendance-how = Svi su označeni kao da su došli, s minutama termina. Uklonite oznaku za one koji nisu došli, po potrebi promijenite minute i zatim spremite jednom.
roster-save-all = Spremi dolaske
error-attendance-minutes-out-of-range = Upišite minute kao cijeli broj, od 0 do trajanja termina uvećanog za 12 sati.
error-too-many-marks = Pošaljite dolaske najviše 1000 osoba odjednom.
opportunity-create-account = Izradi račun
opportunity-notice-welcome = Dobro došli! Vaš je račun spreman: u nastavku odaberite termin i prijavite se.
signup-cancel-title = Želite li otkazati svoje mjesto?
signup-cancel-question = Želite li otkazati svoje mjesto u terminu „{ $title }“, { $when }?
signup-cancel-hint = Vaše mjesto dobiva prva osoba s liste čekanja ili ono ponovno postaje slobodno. Možete se ponovno prijaviti dok ima slobodnih mjesta.
signup-cancel-confirm = Da, otkaži moje mjesto
signup-cancel-keep = Ne, zadrži moje mjesto
roster-remove-title = Želite li ukloniti nekoga iz ovog termina?
roster-remove-question = Želite li ukloniti osobu { $name } iz termina „{ $title }“, { $when }?
roster-remove-hint = Osoba će dobiti obavijest, a mjesto dobiva prva osoba s liste čekanja.
roster-remove-confirm = Da, ukloni osobu { $name }
roster-remove-keep = Ne, zadrži prijavu
