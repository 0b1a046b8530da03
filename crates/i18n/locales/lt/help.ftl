# Kaimynų pagalba: prašymai, pasiūlymai, privatūs pokalbiai ir užbaigimas.
error-category-unknown = Pasirinkite vieną iš šios platformos pagalbos kategorijų.
error-window-ends-before-start = Laiko intervalo pabaiga turi būti vėlesnė nei jo pradžia.
error-phone-malformed = Įveskite telefono numerį iš 6–15 skaitmenų, pavyzdžiui, +32 470 12 34 56.
error-within-km-out-of-range = Atstumas turi būti didesnis nei 0 ir ne didesnis nei 25 km.
error-help-minutes-out-of-range = Minučių turi būti bent 1 ir ne daugiau, nei trunka prašymo laiko intervalas.
error-request-closed = Šis prašymas jau baigtas.
error-request-not-open = Šiam prašymui pasiūlymai nebepriimami.
error-request-not-accepted = Šiam prašymui dar nepriimtas joks pasiūlymas.
error-taken-offer = Jau pasiūlėte pagalbą pagal šį prašymą.
error-taken-completed = Šis prašymas jau pažymėtas kaip įvykdytas.
error-unknown-request = Tokio prašymo nėra.
error-unknown-offer = Tokio pasiūlymo nėra arba jis nebėra atviras.
error-unknown-category = Tokios pagalbos kategorijos nėra.

## Kaimynų pagalbos puslapiai.

help-page-nav = Kaimynų pagalba
help-page-platform-link = Kaimynų pagalba
help-page-list-title = Kaimynų pagalba
help-page-list-intro = Kaimynai padeda vieni kitiems smulkiais reikalais. Paprašykite pagalbos arba pasiūlykite savo.
help-page-ask-button = Prašyti pagalbos
help-page-mine-link = Mano prašymai ir pasiūlymai
help-page-filters = Pasirinkite, kokius prašymus rodyti
help-page-field-category-filter = Pagalbos rūšis
help-page-any-category = Bet kokia pagalba
help-page-field-distance = Kaip toli
help-page-within = Iki { $distance }
help-page-show = Rodyti
help-page-results = Prašymai
help-page-none = Šiuo metu niekas neprašo tokios pagalbos.
help-page-fix-filters = Pakeiskite pasirinkimus aukščiau, kad pamatytumėte prašymus.
help-page-next-page = Daugiau prašymų
help-page-distance = maždaug už { $distance }
help-page-area = Vietovė aplink { $lat }, { $lon }
help-page-area-unknown = Vietovė nežinoma
help-page-asked-on = Paprašyta { $date }

help-page-status-open = Laukiama padėjėjo
help-page-status-accepted = Padėjėjas išrinktas
help-page-status-completed = Atlikta
help-page-status-cancelled = Atšaukta
help-page-offer-open = Pasiūlėte pagalbą. Laukiama atsakymo.
help-page-offer-accepted = Jūsų pasiūlymas priimtas.
help-page-offer-declined = Šį kartą padeda kažkas kitas.
help-page-offer-line-open = Laukiama jūsų atsakymo
help-page-offer-line-accepted = Priimtas
help-page-offer-line-declined = Neišrinktas

help-page-when = Kada
help-page-where = Kur
help-page-address-private = Tikslus adresas rodomas tik išrinktam padėjėjui.
help-page-exact-point = Taškas žemėlapyje: { $point }
help-page-requester = Prašo
help-page-on-behalf = Kam
help-page-consent = Sutikimą davė { $by }, { $date } ({ $how })
help-page-helper = Padėjėjas
help-page-time-given = Skirtas laikas
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}
help-page-erased-name = Buvęs narys
help-page-messages-link = Žinutės
help-page-sign-in-to-offer = Prisijunkite, kad galėtumėte pasiūlyti pagalbą
help-page-join-first = Prisijunkite prie šios platformos, kad galėtumėte pasiūlyti pagalbą.
help-page-offer-title = Pasiūlyti pagalbą
help-page-field-offer-message = Trumpa žinutė (galite palikti tuščią)
help-page-field-offer-message-hint = Pavyzdžiui: kada galite atvykti.
help-page-offer-submit = Pasiūlyti pagalbą
help-page-offers-title = Pasiūlę pagalbą žmonės
help-page-no-offers = Pasiūlymų dar nėra. Pranešime, kai kas nors pasiūlys pagalbą.
help-page-accept = Priimti
help-page-done-title = Pažymėti kaip atliktą
help-page-done-intro = Ar pagalba suteikta? Nurodykite, kiek laiko tai užtruko. Jūsų padėjėjas gaus šį laiką kaip kreditą.
help-page-field-minutes = Kiek minučių tai užtruko?
help-page-field-minutes-hint = Nuo 1 iki { $max } minučių. 60 minučių yra viena valanda.
help-page-done-submit = Pažymėti kaip atliktą
help-page-cancel-link = Atšaukti mano prašymą
help-page-cancel-title = Atšaukti mano prašymą
help-page-cancel-question = Ar norite atšaukti „{ $title }“?
help-page-cancel-hint = Pagalbą pasiūlę žmonės matys, kad jos jums nebereikia.
help-page-cancel-confirm = Taip, atšaukti
help-page-cancel-keep = Ne, palikti

help-page-ask-title = Prašyti pagalbos
help-page-join-to-ask = Prisijunkite prie šios platformos, kad galėtumėte prašyti pagalbos.
help-page-question-category = Kuo jums reikia padėti?
help-page-next = Toliau
help-page-chosen-category = Jūs prašote: { $category }
help-page-change-category = Keisti
help-page-section-what = Kas
help-page-field-title = Keliais žodžiais
help-page-field-title-hint = Pavyzdžiui: Pirkiniai iš parduotuvės už kampo
help-page-field-description = Papasakokite daugiau
help-page-field-description-hint = Ko reikia ir ką padėjėjui reikėtų žinoti.
help-page-section-where = Kur
help-page-where-private = Adresą mato tik jūsų išrinktas padėjėjas. Kiti mato tik vietovę.
help-page-field-address = Adresas
help-page-place-hint = Vieta žemėlapyje padeda netoliese gyvenantiems kaimynams rasti jūsų prašymą. Abu skaičius galite nukopijuoti iš žemėlapių programėlės.
help-page-use-my-position = Naudoti mano dabartinę vietą
help-page-position-failed = Nepavyko nustatyti jūsų vietos. Įrašykite skaičius patys.
help-page-section-when = Kada
help-page-field-from-day = Nuo (diena)
help-page-field-from-time = Nuo (laikas)
help-page-field-until-day = Iki (diena)
help-page-field-until-time = Iki (laikas)
help-page-on-behalf-summary = Prašau kito žmogaus vardu
help-page-on-behalf-intro = Pildykite tik tada, jei prašote kitam žmogui, gavę jo sutikimą.
help-page-field-on-behalf-name = Jo ar jos vardas
help-page-field-on-behalf-phone = Jo ar jos telefono numeris
help-page-field-on-behalf-phone-hint = Pavyzdžiui, +32 470 12 34 56
help-page-field-consent-given-by = Kas davė sutikimą?
help-page-field-consent-given-by-hint = Pats žmogus arba kas nors, kam leista už jį spręsti.
help-page-field-consent-day = Kada buvo duotas sutikimas?
help-page-field-consent-how = Kaip buvo duotas sutikimas?
help-page-field-consent-how-hint = Pavyzdžiui: telefonu, asmeniškai, raštu.
help-page-ask-submit = Prašyti pagalbos
help-page-ask-cancel = Atgal

help-page-messages-title = Žinutės
help-page-messages-with = Su { $name }
help-page-messages-private = Šias žinutes galite skaityti tik jūs du.
help-page-no-messages = Žinučių dar nėra.
help-page-message-erased = (žinutė pašalinta)
help-page-write-title = Rašyti žinutę
help-page-field-message = Jūsų žinutė
help-page-send = Siųsti
help-page-back-to-request = Atgal į prašymą

help-page-mine-title = Mano prašymai ir pasiūlymai
help-page-mine-requests = Ko aš prašiau
help-page-mine-no-requests = Dar neprašėte pagalbos.
help-page-mine-offers = Kur aš pasiūliau pagalbą
help-page-mine-no-offers = Dar nepasiūlėte pagalbos.
help-page-mine-see-offers = Žiūrėti, kas pasiūlė pagalbą
help-page-mine-talk-and-finish = Parašykite padėjėjui arba pažymėkite kaip atliktą
help-page-mine-talk = Rašyti žinutę
help-page-mine-offer-done = Jūs padėjote. Ačiū!

help-page-notice-asked = Jūsų prašymas paskelbtas. Pranešime, kai kas nors pasiūlys pagalbą.
help-page-notice-offered = Ačiū! Žmogus pamatys jūsų pasiūlymą.
help-page-notice-accepted = Priėmėte pasiūlymą. Dabar jūsų padėjėjas mato adresą.
help-page-notice-cancelled = Jūsų prašymas atšauktas.
help-page-notice-completed = Atlikta! Jūsų padėjėjas gavo laiką kaip kreditą.
help-page-notice-sent = Jūsų žinutė išsiųsta.
