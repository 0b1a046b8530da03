# Vabatahtlik töö: tegevuste otsimine, tegevuse leht, vahetused ja registreerumised,
# osalejate nimekirjad, minu vahetused, organisatsioonide töölauad, oskused ja valdkonnad.

## Tegevuste otsimine

opportunities-title = Leia midagi teha
opportunities-find = Leia midagi teha
opportunities-filters = Filtrid
opportunities-more-filters = Rohkem filtreid: oskus, valdkond, keel, kuupäevad, koht
opportunities-any = Ükskõik milline
opportunities-sort-start = Varasemad eespool
opportunities-sort-distance = Lähemad eespool
opportunities-search = Otsi
opportunities-reset = Tühjenda kõik filtrid
opportunities-results = Tegevused
opportunities-none = Nende filtritega ei leidu veel midagi. Proovi vähemate filtritega või laiemas piirkonnas.
opportunities-fix-filters = Tulemuste nägemiseks paranda palun ülalolevaid filtreid.
opportunities-distance = { $distance } kaugusel
opportunities-more-shifts = { $count ->
    [one] ja veel üks aeg
   *[other] ja veel { $count } aega
}
opportunities-next-page = Järgmine lehekülg
opportunities-list-title = Mida saad meiega teha
opportunities-none-published = Praegu pole midagi, millele registreeruda.

field-search-words = Otsitavad sõnad
field-search-words-hint = Näiteks: toidupank, lugemine, aed.
field-skill = Oskus
field-cause = Valdkond
field-spoken-language = Kohapeal räägitav keel
field-from-day = Alates (päev)
field-to-day = Kuni (päev)
field-near = Selle koha lähedal
field-near-hint = Tänav, aadress, postiindeks või linnaosa. Sobivad ka kaks arvu kaardirakendusest, näiteks 51.05,3.72.
field-near-hint-no-places = Kaks arvu kaardirakendusest, näiteks 51.05,3.72. Kui platvormi meeskond on tänavad importinud, sobivad ka tänav või linnaosa.
opportunities-near-place = Selle koha lähedal: { $place }.
opportunities-near-others = Või mõne muu koha lähedal:
error-place-not-found = Sellel platvormil pole sellise nimega kohta. Proovi sisestada tänav, postiindeks või linnaosa või kaks arvu kaardirakendusest, näiteks 51.05,3.72.
field-within-km = Raadiuses (km)
field-remote-only = Ainult asjad, mida saan teha kodust
field-sort = Järjestus

## Üks tegevus

opportunity-remote = Kaugelt: ükskõik kust
opportunity-address-unknown = Koha kinnitab organisatsioon hiljem
opportunity-coordinator-tools = Koordinaatori tööriistad
opportunity-edit = Muuda
opportunity-skills = Oskused
opportunity-causes = Valdkonnad
opportunity-languages = Kohapeal räägitavad keeled
opportunity-min-age = Vanuse alampiir
opportunity-min-age-value = { $age } aastat
opportunity-accessibility = Ligipääs
opportunity-where = Kus
opportunity-shifts = Millal
opportunity-not-open = Sellele tegevusele ei saa praegu registreeruda.
opportunity-sign-in-to-sign-up = Registreerumiseks logi sisse
opportunity-join-first = Registreerumiseks liitu selle platvormiga. See on tasuta ja võtab vaid ühe klõpsu.
opportunity-ongoing = Kindlaid aegu pole: aita siis, kui see sobib sulle ja organisatsioonile.
opportunity-ongoing-short = Pidev, kindlaid aegu pole
opportunity-no-upcoming = Praegu pole ühtegi aega planeeritud.
opportunity-dates-nav = Veel kuupäevi
opportunity-earlier-dates = Varasemad kuupäevad
opportunity-later-dates = Hilisemad kuupäevad
opportunity-past-shifts = Möödunud ajad
opportunity-report-hours = Teata minu tunnid
opportunity-report-hours-intro = Anna organisatsioonile teada, kui kaua sa aitasid. Koordinaator kinnitab selle.
opportunity-report-hours-submit = Teata need tunnid
opportunity-times-in-zone = Kuupäevad ja kellaajad on platvormi ajavööndis ({ $zone }).
opportunity-add-shift = Lisa aeg
opportunity-add-shift-submit = Lisa see aeg
opportunity-add-series = Lisa korduvad ajad
opportunity-add-series-intro = Näiteks igal teisipäeval kell 14.00–17.00 kuni märtsi lõpuni. Iga aega saab hiljem eraldi muuta.
opportunity-add-series-submit = Lisa need ajad
opportunity-status-draft = Mustand
opportunity-status-published = Avaldatud
opportunity-status-closed = Suletud
opportunity-status-draft-hint = Seda näeb ainult sinu organisatsioon.
opportunity-status-published-hint = Igaüks saab selle leida ja registreeruda.
opportunity-status-closed-hint = Endiselt nähtav, kuid keegi ei saa registreeruda.
opportunity-new-title = Avalda tegevus
opportunity-new-submit = Salvesta tegevus
opportunity-edit-title = Muuda tegevust
opportunity-edit-submit = Salvesta muudatused
opportunity-form-cancel = Loobu

opportunity-notice-created = Tegevus on salvestatud. Nüüd lisa ajad, millal inimesed saavad tulla.
opportunity-notice-saved = Sinu muudatused on salvestatud.
opportunity-notice-signed-up = Oled registreerunud. Aitäh! Eelmisel päeval saad meeldetuletuse.
opportunity-notice-waitlisted = See aeg on täis: oled ootenimekirjas. Kui koht vabaneb, on see sinu ja anname sulle teada.
opportunity-notice-left = Sinu registreerumine on tühistatud.
opportunity-notice-shift-added = Aeg on lisatud.
opportunity-notice-series-added = Korduvad ajad on lisatud.
opportunity-notice-shift-cancelled = Aeg on tühistatud. Kõigile registreerunutele antakse teada.
opportunity-notice-hours-reported = Sinu tunnid on teatatud. Koordinaator kinnitab need.

field-opportunity-title = Mida on vaja teha?
field-opportunity-title-hint = Mõni sõna, näiteks: Toidu sorteerimine toidupangas.
field-opportunity-description = Räägi vabatahtlikele lähemalt
field-skills = Kasulikud oskused
field-causes = Valdkonnad, mida see toetab
field-languages = Kohapeal räägitavad keeled
field-languages-hint = Märgi keeled, mida vabatahtlik saab kohapeal kasutada.
field-min-age = Vanuse alampiir (valikuline)
field-min-age-hint = Jäta tühjaks, kui aidata võib igaüks.
field-accessibility = Ligipääs (valikuline)
field-accessibility-hint = Trepid, lift, tualetid, parkimine, ühistransport…
field-where = Kus see toimub?
field-where-place = Kindlas kohas
field-where-remote = Kaugelt: ükskõik kust
field-where-place-hint = Koha puhul märgi selle aadress ja asukoht kaardil (arvud saad kopeerida kaardirakendusest).
field-address = Aadress
field-latitude = Laiuskraad
field-latitude-hint = Näiteks 51.0543
field-longitude = Pikkuskraad
field-longitude-hint = Näiteks 3.7174
field-status = Kes seda näeb?

## Vahetused

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 vaba koht
   *[other] { $left } vaba kohta
} (kokku { $slots })
shift-full = Täis
shift-waiting = { $count ->
    [one] 1 inimene ootenimekirjas
   *[other] { $count } inimest ootenimekirjas
}
shift-cancelled = Tühistatud
shift-sign-up = Registreeru
shift-join-waiting-list = Liitu ootenimekirjaga
shift-you-confirmed = Oled registreerunud.
shift-you-waiting = Oled ootenimekirjas, koht { $position }.
shift-leave = Tühista minu registreerumine
shift-cancel = Tühista see aeg
shift-roster-link = Kes tulevad
shift-weekday-1 = Esmaspäev
shift-weekday-2 = Teisipäev
shift-weekday-3 = Kolmapäev
shift-weekday-4 = Neljapäev
shift-weekday-5 = Reede
shift-weekday-6 = Laupäev
shift-weekday-7 = Pühapäev

field-shift-day = Päev
field-start-time = Algab kell
field-end-time = Lõpeb kell
field-slots = Kohtade arv
field-frequency = Kui sageli?
field-frequency-weekly = Iga nädal, allpool märgitud päevadel
field-frequency-daily = Iga päev
field-weekdays = Nädalapäevad
field-weekdays-hint = Iganädalaste aegade jaoks. Kui ühtegi pole märgitud, kasutatakse esimese päeva nädalapäeva.
field-first-day = Esimene päev
field-last-day = Viimane päev
field-except = Päevad ilma selle ajata (valikuline)
field-except-hint = Näiteks pühad: 2026-12-25, 2027-01-01
field-hours-day = Päev
field-hours-minutes = Mitu minutit?
field-hours-minutes-hint = Poolteise tunni puhul kirjuta 90.
field-hours-note = Mida sa tegid? (valikuline)

## Vahetuse osalejad

roster-title = Kes tulevad
roster-fill = { $taken } / { $slots } kohta täidetud
roster-csv = Laadi nimekiri alla (CSV, tabelarvutuse jaoks)
roster-confirmed = Kinnitatud
roster-attendance-later = Kohalolijaid saad märkida alates 30 minutist enne algust.
roster-nobody = Keegi pole veel registreerunud.
roster-attended = Tuli
roster-no-show = Ei tulnud
roster-remove = Eemalda
roster-waiting = Ootenimekiri
roster-nobody-waiting = Keegi ei oota.
roster-position = koht { $position }
roster-ended = Tühistatud
roster-cancelled = tühistas
roster-removed = koordinaator eemaldas
roster-late = hilja
roster-erased-name = Endine liige
roster-edit-shift = Muuda seda aega
roster-edit-hint = Mitte vähem, kui on juba kinnitatud inimesi.
roster-edit-submit = Salvesta muudatused
field-minutes = Minutid
roster-notice-attendance-saved = Kohalolek on salvestatud.
roster-notice-removed = Registreerumine on eemaldatud. Koha saab nüüd esimene ootaja, kui keegi ootab.
roster-notice-shift-saved = Aega on muudetud. Kõigile registreerunutele antakse teada.

## Minu vahetused

my-shifts-nav = Minu vahetused
my-shifts-title = Minu vahetused
my-shifts-total = Minu antud tunnid:
my-shifts-calendar = Lisa minu vahetused minu kalendrisse
my-shifts-upcoming = Tulemas
my-shifts-none-upcoming = Sa pole registreerunud ühelegi eelseisvale ajale.
my-shifts-recent = Hiljuti
my-shifts-none-recent = Viimase 30 päeva jooksul pole midagi.
my-shifts-attended = Sa olid kohal: { $duration }
my-shifts-no-show = Märgitud puudujaks
my-shifts-done = Tehtud
my-shifts-cancelled = Sa tühistasid
my-shifts-removed = Koordinaator eemaldas
my-shifts-reports = Minu teatatud tunnid
my-shifts-no-reports = Sa pole veel ühtegi tundi teatanud.
my-shifts-report-pending = ootab kinnitust
my-shifts-report-approved = kinnitatud
my-shifts-report-declined = tagasi lükatud
my-shifts-notice-cancelled = Sinu registreerumine on tühistatud.

## Organisatsiooni töölaud

dashboard-link = Töölaud
dashboard-title = Töölaud
dashboard-publish = Avalda tegevus
dashboard-figures = Arvudes
dashboard-upcoming-shifts = Eelseisvad ajad
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Täidetud kohad
dashboard-percent = { $percent }%
dashboard-places = { $taken } / { $slots }
dashboard-no-places = Eelseisvaid kohti pole
dashboard-hours-month = Tunnid sel kuul
dashboard-hours-total = Tunnid kokku
dashboard-upcoming = Tulemas
dashboard-no-upcoming = Ühtegi aega pole planeeritud.
dashboard-fill = { $taken } / { $slots } kohta täidetud{ $waiting ->
    [0] {""}
   *[other] , { $waiting } ootab
}
dashboard-opportunities = Meie tegevused
dashboard-no-opportunities = Sa pole veel midagi avaldanud.
dashboard-reports = Kinnitamist ootavad tunnid
dashboard-no-reports = Sinu kinnitust ei oota ühtegi tundi.
dashboard-approve = Kinnita
dashboard-decline = Lükka tagasi
dashboard-notice-report-approved = Tunnid on kinnitatud.
dashboard-notice-report-declined = Tunnid on tagasi lükatud.
dashboard-notice-report-decided-before = Keegi oli nende tundide kohta juba otsuse teinud.

## Oskused ja valdkonnad

terms-link = Oskused ja valdkonnad
terms-title = Oskused ja valdkonnad
terms-skills = Oskused
terms-causes = Valdkonnad
terms-empty = Loend on tühi.
terms-rename = Nimeta ümber
terms-remove = Eemalda
terms-add = Lisa oskus või valdkond
terms-add-submit = Lisa
terms-kind-skill = Oskus
terms-kind-cause = Valdkond
terms-notice-added = Lisatud.
terms-notice-renamed = Ümber nimetatud.
terms-notice-removed = Eemaldatud.
field-term-kind = Milline loend?
field-term-code = Kood
field-term-code-hint = Lühike püsiv nimi programmide jaoks: 2 kuni 40 väiketähte, numbrit ja sidekriipsu, näiteks first-aid.

# Kestus lugejale harjumuspärasel kujul („1 h 15 min“); $hours ja $minutes tulevad juba vormindatuna.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Praegu käimas
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Lisa oma sünnikuupäev
terms-intro-languages = Tegevused liigitatakse nende loendite järgi ja inimesed saavad nende järgi filtreerida. Igal kirjel on ingliskeelne nimi; anna sellele nimed keeltes, mida siin loetakse.
field-term-english = Nimi inglise keeles
terms-names-link = Nimed teistes keeltes
terms-names-title = Kirje „{ $name }“ nimed
terms-names-intro = Anna sellele kirjele nimi igas keeles, mida siin loetakse. Kui mõnes keeles nime pole, näevad selle lugejad nime platvormi keeles ({ $language }), muidu inglise keeles. Vaikimisi kirjed on juba kõigis keeltes olemas, kuni nende ingliskeelset nime muudetakse.
terms-names-other-languages = Muud keeled
terms-names-submit = Salvesta nimed
terms-add-name-in = Nimi keeles { $language } (valikuline)
terms-add-name-hint = Teistes keeltes nimesid saad lisada hiljem.
terms-notice-named = Nimed on salvestatud.
error-term-name-english = Ingliskeelne nimi käib eraldi väljale.
roster-came = { $name } tuli
roster-attendance-how = Kõik on märgitud tulnuks ja minutiteks on pandud aja kestus. Võta märge ära neilt, kes ei tulnud, muuda vajaduse korral minuteid ja salvesta siis üks kord.
roster-save-all = Salvesta kohalolek
error-attendance-minutes-out-of-range = Sisesta minutid täisarvuna vahemikus 0 kuni aja kestus pluss 12 tundi.
error-too-many-marks = Saada korraga kõige rohkem 1000 inimese kohalolek.
opportunity-create-account = Loo konto
opportunity-notice-welcome = Tere tulemast! Sinu konto on valmis: registreerumiseks vali allpool sobiv aeg.
signup-cancel-title = Kas loobud oma kohast?
signup-cancel-question = Kas loobud oma kohast: „{ $title }“, { $when }?
signup-cancel-hint = Sinu koha saab esimene ootaja või see vabaneb uuesti. Saad uuesti registreeruda, kuni vabu kohti on.
signup-cancel-confirm = Jah, loobun oma kohast
signup-cancel-keep = Ei, jätan oma koha alles
roster-remove-title = Kas eemaldada keegi sellelt ajalt?
roster-remove-question = Kas eemaldada { $name } ajalt „{ $title }“, { $when }?
roster-remove-hint = Talle antakse sellest teada ja koha saab esimene ootaja.
roster-remove-confirm = Jah, eemalda { $name }
roster-remove-keep = Ei, jäta nimekirja
