# Önkéntesség: lehetőségek keresése, egy lehetőség oldala, műszakok és jelentkezések,
# résztvevőlisták, műszakjaim, a szervezetek irányítópultja, készségek és ügyek.

## Lehetőségek keresése

opportunities-title = Találjon tennivalót
opportunities-find = Találjon tennivalót
opportunities-filters = Szűrők
opportunities-more-filters = További szűrők: készség, ügy, nyelv, dátumok, helyszín
opportunities-any = Bármelyik
opportunities-sort-start = A legkorábbiak elöl
opportunities-sort-distance = A legközelebbiek elöl
opportunities-search = Keresés
opportunities-reset = Minden szűrő törlése
opportunities-results = Lehetőségek
opportunities-none = Egyelőre semmi sem felel meg ezeknek a szűrőknek. Próbálkozzon kevesebb szűrővel vagy nagyobb területtel.
opportunities-fix-filters = Az eredmények megtekintéséhez javítsa a fenti szűrőket.
opportunities-distance = { $distance } távolságra
opportunities-more-shifts = { $count ->
    [one] és még egy időpont
   *[other] és még { $count } időpont
}
opportunities-next-page = Következő oldal
opportunities-list-title = Amiben nálunk segíthet
opportunities-none-published = Jelenleg nincs semmi, amire jelentkezni lehetne.

field-search-words = Keresett szavak
field-search-words-hint = Például: ételbank, felolvasás, kert.
field-skill = Készség
field-cause = Ügy
field-spoken-language = Az ott beszélt nyelv
field-from-day = Ettől a naptól
field-to-day = Eddig a napig
field-near = E hely közelében
field-near-hint = Utca, cím, irányítószám vagy városrész. Egy térképalkalmazásból vett két szám is jó, például 51.05,3.72.
field-near-hint-no-places = Egy térképalkalmazásból vett két szám, például 51.05,3.72. Amint a platform csapata importálja az utcákat, utca vagy városrész is jó lesz.
opportunities-near-place = { $place } közelében.
opportunities-near-others = Vagy más hely közelében:
error-place-not-found = Ezen a platformon nincs ilyen nevű hely. Próbálkozzon utcával, irányítószámmal vagy városrésszel, vagy egy térképalkalmazásból vett két számmal, például 51.05,3.72.
field-within-km = Legfeljebb ekkora távolságra (km)
field-remote-only = Csak amit otthonról is végezhetek
field-sort = Sorrend

## Egy lehetőség

opportunity-remote = Távolról: bárhonnan
opportunity-address-unknown = A helyszínt a szervezet később erősíti meg
opportunity-coordinator-tools = Koordinátori eszközök
opportunity-edit = Szerkesztés
opportunity-skills = Készségek
opportunity-causes = Ügyek
opportunity-languages = Az ott beszélt nyelvek
opportunity-min-age = Alsó korhatár
opportunity-min-age-value = { $age } év
opportunity-accessibility = Akadálymentesség
opportunity-where = Hol
opportunity-shifts = Mikor
opportunity-not-open = Erre a lehetőségre jelenleg nem lehet jelentkezni.
opportunity-sign-in-to-sign-up = A jelentkezéshez lépjen be
opportunity-join-first = A jelentkezéshez csatlakozzon ehhez a platformhoz. Ingyenes, és egyetlen kattintás az egész.
opportunity-ongoing = Nincsenek rögzített időpontok: akkor segítsen, amikor Önnek és a szervezetnek is megfelel.
opportunity-ongoing-short = Folyamatos, kötött időpontok nélkül
opportunity-no-upcoming = Jelenleg nincs tervezett időpont.
opportunity-dates-nav = További dátumok
opportunity-earlier-dates = Korábbi dátumok
opportunity-later-dates = Későbbi dátumok
opportunity-past-shifts = Korábbi időpontok
opportunity-report-hours = Óráim bejelentése
opportunity-report-hours-intro = Jelezze a szervezetnek, mennyi ideig segített. Egy koordinátor megerősíti.
opportunity-report-hours-submit = Az órák bejelentése
opportunity-times-in-zone = A dátumok és időpontok a platform időzónájában értendők ({ $zone }).
opportunity-add-shift = Időpont hozzáadása
opportunity-add-shift-submit = Az időpont hozzáadása
opportunity-add-series = Ismétlődő időpontok hozzáadása
opportunity-add-series-intro = Például minden kedden 14:00 és 17:00 között március végéig. Utólag minden időpont külön is módosítható.
opportunity-add-series-submit = Az időpontok hozzáadása
opportunity-status-draft = Piszkozat
opportunity-status-published = Közzétéve
opportunity-status-closed = Lezárva
opportunity-status-draft-hint = Csak az Ön szervezete látja.
opportunity-status-published-hint = Bárki megtalálhatja, és jelentkezhet rá.
opportunity-status-closed-hint = Továbbra is látható, de senki sem jelentkezhet rá.
opportunity-new-title = Lehetőség közzététele
opportunity-new-submit = A lehetőség mentése
opportunity-edit-title = A lehetőség szerkesztése
opportunity-edit-submit = A módosítások mentése
opportunity-form-cancel = Mégse

opportunity-notice-created = A lehetőséget elmentettük. Most adja meg az időpontokat, amikor jönni lehet.
opportunity-notice-saved = A módosításait elmentettük.
opportunity-notice-signed-up = Sikeresen jelentkezett. Köszönjük! Az előző napon emlékeztetőt kap.
opportunity-notice-waitlisted = Ez az időpont betelt: felkerült a várólistára. Ha felszabadul egy hely, az Öné lesz, és értesítjük.
opportunity-notice-left = Lemondta a jelentkezését.
opportunity-notice-shift-added = Az időpontot hozzáadtuk.
opportunity-notice-series-added = Az ismétlődő időpontokat hozzáadtuk.
opportunity-notice-shift-cancelled = Az időpontot töröltük. Minden jelentkezőt értesítünk.
opportunity-notice-hours-reported = Bejelentette az óráit. Egy koordinátor hamarosan megerősíti őket.

field-opportunity-title = Mi a teendő?
field-opportunity-title-hint = Néhány szó, például: Élelmiszer válogatása az ételbankban.
field-opportunity-description = Meséljen többet az önkénteseknek
field-skills = Hasznos készségek
field-causes = Támogatott ügyek
field-languages = Az ott beszélt nyelvek
field-languages-hint = Jelölje be azokat a nyelveket, amelyeket egy önkéntes a helyszínen használhat.
field-min-age = Alsó korhatár (nem kötelező)
field-min-age-hint = Hagyja üresen, ha bárki segíthet.
field-accessibility = Akadálymentesség (nem kötelező)
field-accessibility-hint = Lépcsők, lift, mosdó, parkolás, tömegközlekedés…
field-where = Hol zajlik?
field-where-place = Egy helyszínen
field-where-remote = Távolról: bárhonnan
field-where-place-hint = Helyszín esetén adja meg a címét és a helyét a térképen (a számokat egy térképalkalmazásból is kimásolhatja).
field-address = Cím
field-latitude = Földrajzi szélesség
field-latitude-hint = Például 51.0543
field-longitude = Földrajzi hosszúság
field-longitude-hint = Például 3.7174
field-status = Ki láthatja?

## Műszakok

shift-when = { $start } – { $end }
shift-places-left = { $slots } helyből { $left ->
    [one] 1 szabad
   *[other] { $left } szabad
}
shift-full = Betelt
shift-waiting = { $count ->
    [one] 1 fő a várólistán
   *[other] { $count } fő a várólistán
}
shift-cancelled = Törölve
shift-sign-up = Jelentkezés
shift-join-waiting-list = Feliratkozás a várólistára
shift-you-confirmed = Ön jelentkezett.
shift-you-waiting = Ön a várólistán van: { $position }. hely.
shift-leave = Jelentkezésem lemondása
shift-cancel = Az időpont törlése
shift-roster-link = Ki jön?
shift-weekday-1 = Hétfő
shift-weekday-2 = Kedd
shift-weekday-3 = Szerda
shift-weekday-4 = Csütörtök
shift-weekday-5 = Péntek
shift-weekday-6 = Szombat
shift-weekday-7 = Vasárnap

field-shift-day = Nap
field-start-time = Kezdés
field-end-time = Befejezés
field-slots = Helyek száma
field-frequency = Milyen gyakran?
field-frequency-weekly = Hetente, az alább bejelölt napokon
field-frequency-daily = Naponta
field-weekdays = A hét napjai
field-weekdays-hint = Heti időpontokhoz. Ha egyik nap sincs bejelölve, az első nap szerinti napot használjuk.
field-first-day = Első nap
field-last-day = Utolsó nap
field-except = Napok, amikor elmarad (nem kötelező)
field-except-hint = Ünnepnapok, például: 2026-12-25, 2027-01-01
field-hours-day = Nap
field-hours-minutes = Hány perc?
field-hours-minutes-hint = Másfél órához írjon 90-et.
field-hours-note = Mit csinált? (nem kötelező)

## Egy műszak résztvevőlistája

roster-title = Ki jön?
roster-fill = { $slots } helyből { $taken } foglalt
roster-csv = A lista letöltése (CSV, táblázatkezelőhöz)
roster-confirmed = Megerősítve
roster-attendance-later = Már 30 perccel az időpont kezdete előtt bejelölheti, ki jött el.
roster-nobody = Még senki sem jelentkezett.
roster-attended = Eljött
roster-no-show = Nem jött el
roster-remove = Eltávolítás
roster-waiting = Várólista
roster-nobody-waiting = Senki sem vár.
roster-position = { $position }. hely
roster-ended = Lemondott jelentkezések
roster-cancelled = lemondta
roster-removed = egy koordinátor eltávolította
roster-late = az utolsó pillanatban
roster-erased-name = Egy korábbi tag
roster-edit-shift = Az időpont módosítása
roster-edit-hint = Nem lehet kevesebb, mint a már megerősített személyek száma.
roster-edit-submit = A módosítások mentése
field-minutes = Perc
roster-notice-attendance-saved = A jelenlétet elmentettük.
roster-notice-removed = A jelentkezést eltávolítottuk. A várólista első személye, ha van ilyen, most megkapja a helyet.
roster-notice-shift-saved = Az időpontot módosítottuk. Minden jelentkezőt értesítünk.

## Műszakjaim

my-shifts-nav = Műszakjaim
my-shifts-title = Műszakjaim
my-shifts-total = Önkéntes óráim összesen:
my-shifts-calendar = Műszakjaim felvétele a naptáramba
my-shifts-upcoming = Hamarosan
my-shifts-none-upcoming = Nem jelentkezett egyetlen közelgő időpontra sem.
my-shifts-recent = Nemrég
my-shifts-none-recent = Az elmúlt 30 napban semmi.
my-shifts-attended = Eljött: { $duration }
my-shifts-no-show = Nem jelent meg
my-shifts-done = Teljesítve
my-shifts-cancelled = Lemondta
my-shifts-removed = Egy koordinátor eltávolította
my-shifts-reports = Bejelentett óráim
my-shifts-no-reports = Még nem jelentett be órákat.
my-shifts-report-pending = megerősítésre vár
my-shifts-report-approved = megerősítve
my-shifts-report-declined = elutasítva
my-shifts-notice-cancelled = Lemondta a jelentkezését.

## Egy szervezet irányítópultja

dashboard-link = Irányítópult
dashboard-title = Irányítópult
dashboard-publish = Lehetőség közzététele
dashboard-figures = Számokban
dashboard-upcoming-shifts = Közelgő időpontok
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Betöltött helyek
dashboard-percent = { $percent }%
dashboard-places = { $slots } helyből { $taken }
dashboard-no-places = Nincsenek közelgő helyek
dashboard-hours-month = Órák ebben a hónapban
dashboard-hours-total = Órák összesen
dashboard-upcoming = Hamarosan
dashboard-no-upcoming = Nincs tervezett időpont.
dashboard-fill = { $slots } helyből { $taken } foglalt{ $waiting ->
    [0] {""}
   *[other] , { $waiting } várakozik
}
dashboard-opportunities = Lehetőségeink
dashboard-no-opportunities = Még nem tett közzé semmit.
dashboard-reports = Megerősítendő órák
dashboard-no-reports = Nincsenek Önre váró órák.
dashboard-approve = Megerősítés
dashboard-decline = Elutasítás
dashboard-notice-report-approved = Az órákat megerősítettük.
dashboard-notice-report-declined = Az órákat elutasítottuk.
dashboard-notice-report-decided-before = Ezekről az órákról már döntött valaki.

## Készségek és ügyek

terms-link = Készségek és ügyek
terms-title = Készségek és ügyek
terms-skills = Készségek
terms-causes = Ügyek
terms-empty = A lista üres.
terms-rename = Átnevezés
terms-remove = Eltávolítás
terms-add = Készség vagy ügy hozzáadása
terms-add-submit = Hozzáadás
terms-kind-skill = Készség
terms-kind-cause = Ügy
terms-notice-added = Hozzáadva.
terms-notice-renamed = Átnevezve.
terms-notice-removed = Eltávolítva.
field-term-kind = Melyik lista?
field-term-code = Kód
field-term-code-hint = Rövid, állandó név programok számára: 2–40 kisbetű, számjegy és kötőjel, például first-aid.

# Időtartam, ahogy az olvasó megszokta („1 óra 15 perc”); a $hours és a $minutes már formázva érkezik.
duration-minutes = { $minutes } perc
duration-hours = { $hours } óra
duration-hours-minutes = { $hours } óra { $minutes } perc
# A shift that has started and not yet ended.
shift-happening-now = Éppen zajlik
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Születési dátum megadása
terms-intro-languages = A lehetőségeket ezekbe a listákba sorolják, és az emberek ezek szerint szűrnek. Minden bejegyzésnek van angol neve; adjon neki nevet azokon a nyelveken, amelyeken itt olvasnak.
field-term-english = Angol név
terms-names-link = Nevek más nyelveken
terms-names-title = „{ $name }” nevei
terms-names-intro = Adjon ennek a bejegyzésnek nevet minden nyelven, amelyen itt olvasnak. Ha egy nyelven nincs neve, az adott nyelv olvasói a platform nyelvén ({ $language }), ennek hiányában angolul látják. Az alapértelmezett bejegyzések már minden nyelven olvashatók, amíg az angol nevük meg nem változik.
terms-names-other-languages = További nyelvek
terms-names-submit = Nevek mentése
terms-add-name-in = Név { $language } nyelven (nem kötelező)
terms-add-name-hint = Más nyelvű neveket később is megadhat.
terms-notice-named = A neveket elmentettük.
error-term-name-english = Az angol név a saját mezőjébe kerül.
roster-came = { $name } eljött
roster-attendance-how = Mindenki be van jelölve, hogy eljött, az időpont perceivel. Vegye ki a jelölést azoknál, akik nem jöttek el, szükség szerint módosítsa a perceket, majd mentsen egyszer.
roster-save-all = Jelenlét mentése
error-attendance-minutes-out-of-range = A perceket egész számként adja meg, 0-tól az időpont hossza plusz 12 óráig.
error-too-many-marks = Egyszerre legfeljebb 1000 ember jelenlétét küldje el.
opportunity-create-account = Fiók létrehozása
opportunity-notice-welcome = Üdvözöljük! A fiókja elkészült: a jelentkezéshez válasszon lent egy időpontot.
signup-cancel-title = Le szeretné mondani a helyét?
signup-cancel-question = Le szeretné mondani a helyét itt: „{ $title }”, { $when }?
signup-cancel-hint = A helyét a várólista első személye kapja meg, vagy újra szabad lesz. Amíg van szabad hely, újra jelentkezhet.
signup-cancel-confirm = Igen, lemondom a helyem
signup-cancel-keep = Nem, megtartom a helyem
roster-remove-title = El szeretne távolítani valakit erről az időpontról?
roster-remove-question = El szeretné távolítani { $name } jelentkezését innen: „{ $title }”, { $when }?
roster-remove-hint = Értesítést kap, a helyét pedig a várólista első személye kapja meg.
roster-remove-confirm = Igen, { $name } eltávolítása
roster-remove-keep = Nem, maradjon a listán
