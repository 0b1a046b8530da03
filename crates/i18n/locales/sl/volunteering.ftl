# Prostovoljstvo: iskanje priložnosti, stran priložnosti, izmene in prijave,
# seznami udeležencev, moje izmene, nadzorne plošče organizacij, veščine in področja.

## Iskanje priložnosti

opportunities-title = Poiščite, kje lahko pomagate
opportunities-find = Poišči, kje lahko pomagam
opportunities-filters = Filtri
opportunities-more-filters = Več filtrov: veščina, področje, jezik, datumi, kraj
opportunities-any = Vseeno
opportunities-sort-start = Najprej najbližji termini
opportunities-sort-distance = Najprej najbližji kraji
opportunities-search = Išči
opportunities-reset = Počisti vse filtre
opportunities-results = Priložnosti
opportunities-none = Tem filtrom zaenkrat nič ne ustreza. Poskusite z manj filtri ali širšim območjem.
opportunities-fix-filters = Popravite zgornje filtre, da boste videli rezultate.
opportunities-distance = oddaljeno { $distance }
opportunities-more-shifts = { $count ->
    [one] in še { $count } termin
    [two] in še { $count } termina
    [few] in še { $count } termini
   *[other] in še { $count } terminov
}
opportunities-next-page = Naslednja stran
opportunities-list-title = Kaj lahko počnete z nami
opportunities-none-published = Trenutno se ni mogoče prijaviti na nič.

field-search-words = Iskane besede
field-search-words-hint = Na primer: banka hrane, branje, vrt.
field-skill = Veščina
field-cause = Področje
field-spoken-language = Jezik, ki se tam govori
field-from-day = Od (dan)
field-to-day = Do (dan)
field-near = Blizu tega kraja
field-near-hint = Ulica, naslov, poštna številka ali četrt. Vpišete lahko tudi dve števili iz aplikacije z zemljevidi, na primer 51.05,3.72.
field-near-hint-no-places = Dve števili iz aplikacije z zemljevidi, na primer 51.05,3.72. Ko bo ekipa platforme uvozila njene ulice, boste lahko vpisali tudi ulico ali četrt.
opportunities-near-place = Blizu kraja { $place }.
opportunities-near-others = Ali blizu drugega kraja:
error-place-not-found = Na tej platformi ni kraja s tem imenom. Poskusite z ulico, poštno številko ali četrtjo ali z dvema številoma iz aplikacije z zemljevidi, na primer 51.05,3.72.
field-within-km = V polmeru (km)
field-remote-only = Samo stvari, ki jih lahko opravim od doma
field-sort = Vrstni red

## Ena priložnost

opportunity-remote = Na daljavo: od koder koli
opportunity-address-unknown = Kraj bo potrdila organizacija
opportunity-coordinator-tools = Orodja za koordinatorje
opportunity-edit = Uredi
opportunity-skills = Veščine
opportunity-causes = Področja
opportunity-languages = Jeziki, ki se tam govorijo
opportunity-min-age = Spodnja starostna meja
opportunity-min-age-value = { $age ->
    [one] { $age } leto
    [two] { $age } leti
    [few] { $age } leta
   *[other] { $age } let
}
opportunity-accessibility = Dostopnost
opportunity-where = Kje
opportunity-shifts = Kdaj
opportunity-not-open = Ta priložnost trenutno ne sprejema prijav.
opportunity-sign-in-to-sign-up = Za prijavo na izmeno se prijavite v svoj račun
opportunity-join-first = Da se lahko prijavite, se pridružite tej platformi. Brezplačno je in vzame le en klik.
opportunity-ongoing = Ni določenih terminov: pomagajte, ko ustreza vam in organizaciji.
opportunity-ongoing-short = Stalno, brez določenih terminov
opportunity-no-upcoming = Trenutno ni načrtovanih terminov.
opportunity-dates-nav = Več terminov
opportunity-earlier-dates = Zgodnejši termini
opportunity-later-dates = Poznejši termini
opportunity-past-shifts = Pretekli termini
opportunity-report-hours = Sporoči moje ure
opportunity-report-hours-intro = Sporočite organizaciji, koliko časa ste pomagali. Koordinator bo to potrdil.
opportunity-report-hours-submit = Sporoči te ure
opportunity-times-in-zone = Datumi in ure so v časovnem pasu platforme ({ $zone }).
opportunity-add-shift = Dodaj termin
opportunity-add-shift-submit = Dodaj ta termin
opportunity-add-series = Dodaj ponavljajoče se termine
opportunity-add-series-intro = Na primer vsak torek od 14:00 do 17:00 do konca marca. Vsak termin lahko pozneje spremenite posebej.
opportunity-add-series-submit = Dodaj te termine
opportunity-status-draft = Osnutek
opportunity-status-published = Objavljeno
opportunity-status-closed = Zaprto
opportunity-status-draft-hint = Vidi jo samo vaša organizacija.
opportunity-status-published-hint = Vsi jo lahko najdejo in se prijavijo.
opportunity-status-closed-hint = Še vedno je vidna, vendar se nihče ne more prijaviti.
opportunity-new-title = Objavi priložnost
opportunity-new-submit = Shrani priložnost
opportunity-edit-title = Uredi priložnost
opportunity-edit-submit = Shrani spremembe
opportunity-form-cancel = Prekliči

opportunity-notice-created = Priložnost je shranjena. Zdaj dodajte termine, ko lahko ljudje pridejo.
opportunity-notice-saved = Vaše spremembe so shranjene.
opportunity-notice-signed-up = Prijavljeni ste. Hvala! Dan prej boste prejeli opomnik.
opportunity-notice-waitlisted = Ta termin je poln: ste na čakalnem seznamu. Če se mesto sprosti, bo vaše in sporočili vam bomo.
opportunity-notice-left = Vaša prijava je preklicana.
opportunity-notice-shift-added = Termin je dodan.
opportunity-notice-series-added = Ponavljajoči se termini so dodani.
opportunity-notice-shift-cancelled = Termin je odpovedan. Vsi prijavljeni bodo obveščeni.
opportunity-notice-hours-reported = Vaše ure so sporočene. Koordinator jih bo potrdil.

field-opportunity-title = Kaj je treba narediti?
field-opportunity-title-hint = Nekaj besed, na primer: Razvrščanje hrane v banki hrane.
field-opportunity-description = Povejte prostovoljcem več
field-skills = Koristne veščine
field-causes = Področja, ki jim je namenjena
field-languages = Jeziki, ki se tam govorijo
field-languages-hint = Označite jezike, ki jih prostovoljec lahko uporablja na kraju samem.
field-min-age = Spodnja starostna meja (neobvezno)
field-min-age-hint = Pustite prazno, če lahko pomaga vsak.
field-accessibility = Dostopnost (neobvezno)
field-accessibility-hint = Stopnice, dvigalo, stranišča, parkirišče, javni prevoz …
field-where = Kje poteka?
field-where-place = Na določenem kraju
field-where-remote = Na daljavo: od koder koli
field-where-place-hint = Za kraj navedite naslov in položaj na zemljevidu (števili lahko kopirate iz aplikacije z zemljevidi).
field-address = Naslov
field-latitude = Zemljepisna širina
field-latitude-hint = Na primer 51.0543
field-longitude = Zemljepisna dolžina
field-longitude-hint = Na primer 3.7174
field-status = Kdo jo lahko vidi?

## Izmene

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Še { $left } prosto mesto
    [two] Še { $left } prosti mesti
    [few] Še { $left } prosta mesta
   *[other] Še { $left } prostih mest
} od { $slots }
shift-full = Polno
shift-waiting = { $count ->
    [one] { $count } oseba na čakalnem seznamu
    [two] { $count } osebi na čakalnem seznamu
    [few] { $count } osebe na čakalnem seznamu
   *[other] { $count } oseb na čakalnem seznamu
}
shift-cancelled = Odpovedano
shift-sign-up = Prijavi se
shift-join-waiting-list = Vpiši me na čakalni seznam
shift-you-confirmed = Prijavljeni ste.
shift-you-waiting = Ste na čakalnem seznamu, { $position }. po vrsti.
shift-leave = Prekliči mojo prijavo
shift-cancel = Odpovej ta termin
shift-roster-link = Kdo pride
shift-weekday-1 = Ponedeljek
shift-weekday-2 = Torek
shift-weekday-3 = Sreda
shift-weekday-4 = Četrtek
shift-weekday-5 = Petek
shift-weekday-6 = Sobota
shift-weekday-7 = Nedelja

field-shift-day = Dan
field-start-time = Začetek
field-end-time = Konec
field-slots = Število mest
field-frequency = Kako pogosto?
field-frequency-weekly = Vsak teden, na dneve, označene spodaj
field-frequency-daily = Vsak dan
field-weekdays = Dnevi v tednu
field-weekdays-hint = Za tedenske termine. Če ni označen noben dan, se uporabi dan v tednu prvega dne.
field-first-day = Prvi dan
field-last-day = Zadnji dan
field-except = Dnevi brez tega termina (neobvezno)
field-except-hint = Na primer prazniki: 2026-12-25, 2027-01-01
field-hours-day = Dan
field-hours-minutes = Koliko minut?
field-hours-minutes-hint = Za uro in pol vpišite 90.
field-hours-note = Kaj ste počeli? (neobvezno)

## Seznam udeležencev izmene

roster-title = Kdo pride
roster-fill = Zasedena mesta: { $taken } od { $slots }
roster-csv = Prenesi seznam (CSV, za preglednico)
roster-confirmed = Potrjeni
roster-attendance-later = Kdo je prišel, lahko označite od 30 minut pred začetkom termina.
roster-nobody = Prijavil se ni še nihče.
roster-attended = Prišel/prišla
roster-no-show = Ni prišel/prišla
roster-remove = Odstrani
roster-waiting = Čakalni seznam
roster-nobody-waiting = Nihče ne čaka.
roster-position = { $position }. po vrsti
roster-ended = Preklicano
roster-cancelled = preklicano
roster-removed = odstranil koordinator
roster-late = pozno
roster-erased-name = Nekdanji član
roster-edit-shift = Spremeni ta termin
roster-edit-hint = Ne manj, kot je že potrjenih oseb.
roster-edit-submit = Shrani spremembe
field-minutes = Minute
roster-notice-attendance-saved = Prisotnost je shranjena.
roster-notice-removed = Prijava je odstranjena. Mesto zdaj dobi prva oseba na čakalnem seznamu, če obstaja.
roster-notice-shift-saved = Termin je spremenjen. Vsi prijavljeni bodo obveščeni.

## Moje izmene

my-shifts-nav = Moje izmene
my-shifts-title = Moje izmene
my-shifts-total = Moje ure pomoči:
my-shifts-calendar = Dodaj moje izmene v koledar
my-shifts-upcoming = Prihajajoče
my-shifts-none-upcoming = Niste prijavljeni na nobeno prihajajočo izmeno.
my-shifts-recent = Nedavno
my-shifts-none-recent = V zadnjih 30 dneh nič.
my-shifts-attended = Vaša prisotnost: { $duration }
my-shifts-no-show = Označeno kot odsotnost
my-shifts-done = Opravljeno
my-shifts-cancelled = Preklicali ste
my-shifts-removed = Odstranil koordinator
my-shifts-reports = Sporočene ure
my-shifts-no-reports = Niste še sporočili nobenih ur.
my-shifts-report-pending = čaka na potrditev
my-shifts-report-approved = potrjeno
my-shifts-report-declined = zavrnjeno
my-shifts-notice-cancelled = Vaša prijava je preklicana.

## Nadzorna plošča organizacije

dashboard-link = Nadzorna plošča
dashboard-title = Nadzorna plošča
dashboard-publish = Objavi priložnost
dashboard-figures = V številkah
dashboard-upcoming-shifts = Prihajajoči termini
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Zasedenost mest
dashboard-percent = { $percent } %
dashboard-places = { $taken } od { $slots }
dashboard-no-places = Ni prihajajočih mest
dashboard-hours-month = Ure ta mesec
dashboard-hours-total = Ure skupaj
dashboard-upcoming = Prihajajoče
dashboard-no-upcoming = Ni načrtovanih terminov.
dashboard-fill = Zasedena mesta: { $taken } od { $slots }{ $waiting ->
    [0] {""}
    [one] , { $waiting } čaka
    [two] , { $waiting } čakata
    [few] , { $waiting } čakajo
   *[other] , { $waiting } čaka
}
dashboard-opportunities = Naše priložnosti
dashboard-no-opportunities = Niste še ničesar objavili.
dashboard-reports = Ure za potrditev
dashboard-no-reports = Nobene ure ne čakajo na vas.
dashboard-approve = Potrdi
dashboard-decline = Zavrni
dashboard-notice-report-approved = Ure so potrjene.
dashboard-notice-report-declined = Ure so zavrnjene.
dashboard-notice-report-decided-before = O teh urah je nekdo že odločil.

## Veščine in področja

terms-link = Veščine in področja
terms-title = Veščine in področja
terms-skills = Veščine
terms-causes = Področja
terms-empty = Seznam je prazen.
terms-rename = Preimenuj
terms-remove = Odstrani
terms-add = Dodaj veščino ali področje
terms-add-submit = Dodaj
terms-kind-skill = Veščina
terms-kind-cause = Področje
terms-notice-added = Dodano.
terms-notice-renamed = Preimenovano.
terms-notice-removed = Odstranjeno.
field-term-kind = Kateri seznam?
field-term-code = Koda
field-term-code-hint = Kratko stalno ime za programe: od 2 do 40 malih črk, števk in vezajev, na primer first-aid.

# Trajanje, kot ga bere človek (»1 h 15 min«); $hours in $minutes prideta že oblikovana.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Poteka zdaj
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Dodaj svoj datum rojstva
terms-intro-languages = Priložnosti se razvrščajo po teh seznamih in ljudje po njih filtrirajo. Vsak vnos ima ime v angleščini; dajte mu imena v jezikih, ki jih tukaj berejo ljudje.
field-term-english = Ime v angleščini
terms-names-link = Imena v drugih jezikih
terms-names-title = Imena vnosa „{ $name }“
terms-names-intro = Dajte temu vnosu ime v vsakem jeziku, ki ga tukaj berejo ljudje. Če ga jezik nima, njegovi bralci vidijo ime v jeziku platforme ({ $language }), sicer v angleščini. Privzeti vnosi so že na voljo v vseh jezikih, dokler se njihovo angleško ime ne spremeni.
terms-names-other-languages = Drugi jeziki
terms-names-submit = Shrani imena
terms-add-name-in = Ime v jeziku: { $language } (neobvezno)
terms-add-name-hint = Imena v drugih jezikih lahko dodate pozneje.
terms-notice-named = Imena so shranjena.
error-term-name-english = Angleško ime sodi v svoje polje.
roster-came = { $name } – prisotnost
roster-attendance-how = Vsi so označeni kot prisotni, z minutami termina. Odstranite oznako pri tistih, ki niso prišli, po potrebi spremenite minute in nato shranite enkrat.
roster-save-all = Shrani prisotnost
error-attendance-minutes-out-of-range = Vnesite minute kot celo število, od 0 do trajanja termina in še 12 ur.
error-too-many-marks = Naenkrat pošljite prisotnost največ 1000 oseb.
opportunity-create-account = Ustvari račun
opportunity-notice-welcome = Dobrodošli! Vaš račun je pripravljen: spodaj izberite termin in se prijavite.
signup-cancel-title = Želite sprostiti svoje mesto?
signup-cancel-question = Želite sprostiti svoje mesto pri „{ $title }“, { $when }?
signup-cancel-hint = Vaše mesto bo dobila prva oseba na čakalnem seznamu ali pa bo spet prosto. Znova se lahko prijavite, dokler so še prosta mesta.
signup-cancel-confirm = Da, sprosti moje mesto
signup-cancel-keep = Ne, obdrži moje mesto
roster-remove-title = Želite koga odstraniti s tega termina?
roster-remove-question = Želite odstraniti osebo { $name } s termina „{ $title }“, { $when }?
roster-remove-hint = Oseba bo obveščena, mesto pa dobi prva oseba na čakalnem seznamu.
roster-remove-confirm = Da, odstrani osebo { $name }
roster-remove-keep = Ne, pusti na seznamu
