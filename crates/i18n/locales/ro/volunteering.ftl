# Voluntariat: găsirea oportunităților, pagina unei oportunități, ture și înscrieri,
# listele participanților, turele mele, tablourile de bord ale organizațiilor, competențe și cauze.

## Găsirea oportunităților

opportunities-title = Găsiți ceva de făcut
opportunities-find = Găsiți ceva de făcut
opportunities-filters = Filtre
opportunities-more-filters = Mai multe filtre: competență, cauză, limbă, date, loc
opportunities-any = Oricare
opportunities-sort-start = Întâi cele mai apropiate ca dată
opportunities-sort-distance = Întâi cele mai apropiate ca distanță
opportunities-search = Căutați
opportunities-reset = Ștergeți toate filtrele
opportunities-results = Oportunități
opportunities-none = Deocamdată nimic nu corespunde acestor filtre. Încercați mai puține filtre sau o zonă mai largă.
opportunities-fix-filters = Corectați filtrele de mai sus pentru a vedea rezultatele.
opportunities-distance = la { $distance }
opportunities-more-shifts = { $count ->
    [one] și încă o tură
    [few] și încă { $count } ture
   *[other] și încă { $count } de ture
}
opportunities-next-page = Pagina următoare
opportunities-list-title = Ce puteți face alături de noi
opportunities-none-published = Momentan nu există nimic la care să vă puteți înscrie.

field-search-words = Cuvinte de căutat
field-search-words-hint = De exemplu: banca de alimente, lectură, grădină.
field-skill = Competență
field-cause = Cauză
field-spoken-language = Limba vorbită acolo
field-from-day = De la (ziua)
field-to-day = Până la (ziua)
field-near = Lângă acest loc
field-near-hint = O stradă, o adresă, un cod poștal sau un cartier. Puteți folosi și două numere dintr-o aplicație de hărți, de exemplu 51.05,3.72.
field-near-hint-no-places = Două numere dintr-o aplicație de hărți, de exemplu 51.05,3.72. După ce echipa platformei îi importă străzile, veți putea folosi și o stradă sau un cartier.
opportunities-near-place = Lângă { $place }.
opportunities-near-others = Sau lângă:
error-place-not-found = Niciun loc de pe această platformă nu are acest nume. Încercați o stradă, un cod poștal sau un cartier ori două numere dintr-o aplicație de hărți, de exemplu 51.05,3.72.
field-within-km = Pe o rază de (km)
field-remote-only = Doar ce pot face de acasă
field-sort = Ordine

## O oportunitate

opportunity-remote = La distanță: de oriunde
opportunity-address-unknown = Locul urmează să fie confirmat de organizație
opportunity-coordinator-tools = Instrumente pentru coordonatori
opportunity-edit = Editați
opportunity-skills = Competențe
opportunity-causes = Cauze
opportunity-languages = Limbi vorbite acolo
opportunity-min-age = Vârsta minimă
opportunity-min-age-value = { $age ->
    [one] { $age } an
    [few] { $age } ani
   *[other] { $age } de ani
}
opportunity-accessibility = Accesibilitate
opportunity-where = Unde
opportunity-shifts = Când
opportunity-not-open = Momentan această oportunitate nu primește înscrieri.
opportunity-sign-in-to-sign-up = Conectați-vă pentru a vă înscrie
opportunity-join-first = Alăturați-vă acestei platforme pentru a vă înscrie. Este gratuit și durează un singur clic.
opportunity-ongoing = Nu există ore fixe: ajutați atunci când vă convine dumneavoastră și organizației.
opportunity-ongoing-short = Permanent, fără ore fixe
opportunity-no-upcoming = Momentan nu este planificată nicio tură.
opportunity-dates-nav = Mai multe date
opportunity-earlier-dates = Date anterioare
opportunity-later-dates = Date ulterioare
opportunity-past-shifts = Ture trecute
opportunity-report-hours = Raportați orele mele
opportunity-report-hours-intro = Spuneți organizației cât timp ați ajutat. Un coordonator confirmă.
opportunity-report-hours-submit = Raportați aceste ore
opportunity-times-in-zone = Datele și orele sunt în fusul orar al platformei ({ $zone }).
opportunity-add-shift = Adăugați o tură
opportunity-add-shift-submit = Adăugați această tură
opportunity-add-series = Adăugați ture recurente
opportunity-add-series-intro = De exemplu, în fiecare marți de la 14:00 la 17:00, până la sfârșitul lunii martie. Ulterior, fiecare tură poate fi modificată separat.
opportunity-add-series-submit = Adăugați aceste ture
opportunity-status-draft = Ciornă
opportunity-status-published = Publicată
opportunity-status-closed = Închisă
opportunity-status-draft-hint = Doar organizația dumneavoastră o vede.
opportunity-status-published-hint = Toată lumea o poate găsi și se poate înscrie.
opportunity-status-closed-hint = Rămâne vizibilă, dar nimeni nu se mai poate înscrie.
opportunity-new-title = Publicați o oportunitate
opportunity-new-submit = Salvați oportunitatea
opportunity-edit-title = Editați oportunitatea
opportunity-edit-submit = Salvați modificările
opportunity-form-cancel = Anulați

opportunity-notice-created = Oportunitatea a fost salvată. Acum adăugați turele la care pot veni oamenii.
opportunity-notice-saved = Modificările au fost salvate.
opportunity-notice-signed-up = V-ați înscris. Vă mulțumim! Veți primi un memento cu o zi înainte.
opportunity-notice-waitlisted = Această tură este completă: sunteți pe lista de așteptare. Dacă se eliberează un loc, este al dumneavoastră și vă anunțăm.
opportunity-notice-left = Înscrierea dumneavoastră a fost anulată.
opportunity-notice-shift-added = Tura a fost adăugată.
opportunity-notice-series-added = Turele recurente au fost adăugate.
opportunity-notice-shift-cancelled = Tura a fost anulată. Toți cei înscriși sunt anunțați.
opportunity-notice-hours-reported = Orele au fost raportate. Un coordonator le va confirma.

field-opportunity-title = Ce este de făcut?
field-opportunity-title-hint = Câteva cuvinte, de exemplu: Sortarea alimentelor la banca de alimente.
field-opportunity-description = Spuneți-le voluntarilor mai multe
field-skills = Competențe utile
field-causes = Cauzele pe care le sprijină
field-languages = Limbi vorbite acolo
field-languages-hint = Bifați limbile pe care un voluntar le poate folosi la fața locului.
field-min-age = Vârsta minimă (opțional)
field-min-age-hint = Lăsați gol dacă oricine poate ajuta.
field-accessibility = Accesibilitate (opțional)
field-accessibility-hint = Trepte, lift, toalete, parcare, transport public…
field-where = Unde are loc?
field-where-place = Într-un loc anume
field-where-remote = La distanță: de oriunde
field-where-place-hint = Pentru un loc, indicați adresa și poziția lui pe hartă (puteți copia numerele dintr-o aplicație de hărți).
field-address = Adresă
field-latitude = Latitudine
field-latitude-hint = De exemplu 51.0543
field-longitude = Longitudine
field-longitude-hint = De exemplu 3.7174
field-status = Cine o poate vedea?

## Ture

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 loc liber
    [few] { $left } locuri libere
   *[other] { $left } de locuri libere
} din { $slots }
shift-full = Complet
shift-waiting = { $count ->
    [one] 1 persoană pe lista de așteptare
    [few] { $count } persoane pe lista de așteptare
   *[other] { $count } de persoane pe lista de așteptare
}
shift-cancelled = Anulată
shift-sign-up = Înscrieți-vă
shift-join-waiting-list = Înscrieți-vă pe lista de așteptare
shift-you-confirmed = Înscrierea dumneavoastră este confirmată.
shift-you-waiting = Sunteți pe lista de așteptare, pe locul { $position }.
shift-leave = Anulați-mi înscrierea
shift-cancel = Anulați această tură
shift-roster-link = Cine vine
shift-weekday-1 = Luni
shift-weekday-2 = Marți
shift-weekday-3 = Miercuri
shift-weekday-4 = Joi
shift-weekday-5 = Vineri
shift-weekday-6 = Sâmbătă
shift-weekday-7 = Duminică

field-shift-day = Ziua
field-start-time = Începe la
field-end-time = Se termină la
field-slots = Număr de locuri
field-frequency = Cât de des?
field-frequency-weekly = Săptămânal, în zilele bifate mai jos
field-frequency-daily = Zilnic
field-weekdays = Zilele săptămânii
field-weekdays-hint = Pentru turele săptămânale. Dacă nu este bifată nicio zi, se folosește ziua săptămânii în care cade prima zi.
field-first-day = Prima zi
field-last-day = Ultima zi
field-except = Zile fără această tură (opțional)
field-except-hint = Sărbători, de exemplu: 2026-12-25, 2027-01-01
field-hours-day = Ziua
field-hours-minutes = Câte minute?
field-hours-minutes-hint = Pentru o oră și jumătate, scrieți 90.
field-hours-note = Ce ați făcut? (opțional)

## Lista participanților la o tură

roster-title = Cine vine
roster-fill = Locuri ocupate: { $taken } din { $slots }
roster-csv = Descărcați lista (CSV, pentru o foaie de calcul)
roster-confirmed = Persoane confirmate
roster-attendance-later = Puteți marca cine a venit începând cu 30 de minute înainte de începerea turei.
roster-nobody = Nu s-a înscris încă nimeni.
roster-attended = A venit
roster-no-show = Nu a venit
roster-remove = Eliminați
roster-waiting = Lista de așteptare
roster-nobody-waiting = Nu așteaptă nimeni.
roster-position = locul { $position }
roster-ended = Înscrieri anulate
roster-cancelled = anulată
roster-removed = eliminată de un coordonator
roster-late = în ultimul moment
roster-erased-name = Un fost membru
roster-edit-shift = Modificați această tură
roster-edit-hint = Nu mai puține decât persoanele deja confirmate.
roster-edit-submit = Salvați modificările
field-minutes = Minute
roster-notice-attendance-saved = Prezența a fost salvată.
roster-notice-removed = Înscrierea a fost eliminată. Prima persoană de pe lista de așteptare, dacă există, primește acum locul.
roster-notice-shift-saved = Tura a fost modificată. Toți cei înscriși sunt anunțați.

## Turele mele

my-shifts-nav = Turele mele
my-shifts-title = Turele mele
my-shifts-total = Orele pe care le-am oferit:
my-shifts-calendar = Adăugați turele mele în calendarul meu
my-shifts-upcoming = Urmează
my-shifts-none-upcoming = Nu v-ați înscris la nimic din ce urmează.
my-shifts-recent = Recent
my-shifts-none-recent = Nimic în ultimele 30 de zile.
my-shifts-attended = Ați venit: { $duration }
my-shifts-no-show = Absență înregistrată
my-shifts-done = Încheiată
my-shifts-cancelled = Ați anulat
my-shifts-removed = Eliminată de un coordonator
my-shifts-reports = Orele raportate de mine
my-shifts-no-reports = Nu ați raportat nicio oră.
my-shifts-report-pending = în așteptarea confirmării
my-shifts-report-approved = confirmate
my-shifts-report-declined = respinse
my-shifts-notice-cancelled = Înscrierea dumneavoastră a fost anulată.

## Tabloul de bord al unei organizații

dashboard-link = Tablou de bord
dashboard-title = Tablou de bord
dashboard-publish = Publicați o oportunitate
dashboard-figures = În cifre
dashboard-upcoming-shifts = Ture viitoare
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Locuri ocupate
dashboard-percent = { $percent }%
dashboard-places = { $taken } din { $slots }
dashboard-no-places = Niciun loc în turele viitoare
dashboard-hours-month = Ore în această lună
dashboard-hours-total = Ore în total
dashboard-upcoming = Urmează
dashboard-no-upcoming = Nu este planificată nicio tură.
dashboard-fill = Locuri ocupate: { $taken } din { $slots }{ $waiting ->
    [0] {""}
   *[other] , { $waiting } în așteptare
}
dashboard-opportunities = Oportunitățile noastre
dashboard-no-opportunities = Nu ați publicat încă nimic.
dashboard-reports = Ore de confirmat
dashboard-no-reports = Nu vă așteaptă nicio oră de confirmat.
dashboard-approve = Confirmați
dashboard-decline = Respingeți
dashboard-notice-report-approved = Orele au fost confirmate.
dashboard-notice-report-declined = Orele au fost respinse.
dashboard-notice-report-decided-before = Altcineva luase deja o decizie privind aceste ore.

## Competențe și cauze

terms-link = Competențe și cauze
terms-title = Competențe și cauze
terms-skills = Competențe
terms-causes = Cauze
terms-empty = Lista este goală.
terms-rename = Redenumiți
terms-remove = Eliminați
terms-add = Adăugați o competență sau o cauză
terms-add-submit = Adăugați
terms-kind-skill = O competență
terms-kind-cause = O cauză
terms-notice-added = Intrarea a fost adăugată.
terms-notice-renamed = Intrarea a fost redenumită.
terms-notice-removed = Intrarea a fost eliminată.
field-term-kind = Ce listă?
field-term-code = Cod
field-term-code-hint = Un nume scurt și fix, pentru programe: între 2 și 40 de litere mici, cifre și cratime, de exemplu first-aid.

# O durată, așa cum o citește omul („1 h 15 min”); $hours și $minutes vin deja formatate.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = În desfășurare acum
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Adaugă data mea de naștere
terms-intro-languages = Oportunitățile sunt încadrate după aceste liste, care servesc și drept filtre. Fiecare intrare are un nume în engleză; dați-i nume în limbile pe care le citesc oamenii de aici.
field-term-english = Nume în engleză
terms-names-link = Nume în alte limbi
terms-names-title = Numele pentru „{ $name }”
terms-names-intro = Dați acestei intrări un nume în fiecare limbă pe care o citesc oamenii de aici. Dacă o limbă nu are niciun nume, cititorii ei văd numele în limba { $language }, altfel în engleză. Intrările implicite se citesc deja în toate limbile, cât timp numele lor în engleză nu este schimbat.
terms-names-other-languages = Alte limbi
terms-names-submit = Salvați numele
terms-add-name-in = Nume în limba { $language } (opțional)
terms-add-name-hint = Puteți adăuga nume în alte limbi ulterior.
terms-notice-named = Numele au fost salvate.
error-term-name-english = Numele în engleză are propriul câmp.
roster-came = { $name } a venit
roster-attendance-how = Toate persoanele sunt bifate ca prezente, cu minutele turei. Debifați persoanele care nu au venit, modificați minutele unde este nevoie, apoi salvați o singură dată.
roster-save-all = Salvați prezența
error-attendance-minutes-out-of-range = Introduceți minutele ca număr întreg, de la 0 până la durata turei plus 12 ore.
error-too-many-marks = Trimiteți prezența a cel mult 1.000 de persoane odată.
opportunity-create-account = Creați un cont
opportunity-notice-welcome = Bun venit! Contul dumneavoastră este gata: alegeți o tură mai jos pentru a vă înscrie.
signup-cancel-title = Renunțați la locul dumneavoastră?
signup-cancel-question = Renunțați la locul dumneavoastră din tura „{ $title }”, { $when }?
signup-cancel-hint = Locul dumneavoastră va reveni primei persoane de pe lista de așteptare sau va deveni din nou liber. Vă puteți înscrie din nou cât timp mai sunt locuri libere.
signup-cancel-confirm = Da, renunț la locul meu
signup-cancel-keep = Nu, îmi păstrez locul
roster-remove-title = Doriți să eliminați pe cineva din această tură?
roster-remove-question = Doriți să eliminați persoana { $name } din tura „{ $title }”, { $when }?
roster-remove-hint = Persoana va fi anunțată, iar locul va reveni primei persoane de pe lista de așteptare.
roster-remove-confirm = Da, eliminați persoana { $name }
roster-remove-keep = Nu, păstrați înscrierea
