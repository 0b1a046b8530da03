# Savanorystė: veiklų paieška, veiklos puslapis, pamainos ir registracijos,
# dalyvių sąrašai, mano pamainos, organizacijų suvestinės, įgūdžiai ir sritys.

## Veiklų paieška

opportunities-title = Raskite, ką veikti
opportunities-find = Raskite, ką veikti
opportunities-filters = Filtrai
opportunities-more-filters = Daugiau filtrų: įgūdis, sritis, kalba, datos, vieta
opportunities-any = Bet kuri
opportunities-sort-start = Anksčiausi pirma
opportunities-sort-distance = Artimiausi pirma
opportunities-search = Ieškoti
opportunities-reset = Išvalyti visus filtrus
opportunities-results = Veiklos
opportunities-none = Pagal šiuos filtrus kol kas nieko nerasta. Pabandykite naudoti mažiau filtrų arba ieškoti platesnėje teritorijoje.
opportunities-fix-filters = Norėdami pamatyti rezultatus, pataisykite aukščiau esančius filtrus.
opportunities-distance = už { $distance }
opportunities-more-shifts = { $count ->
    [one] ir dar { $count } kartas
    [few] ir dar { $count } kartai
    [many] ir dar { $count } karto
   *[other] ir dar { $count } kartų
}
opportunities-next-page = Kitas puslapis
opportunities-list-title = Ką galite nuveikti su mumis
opportunities-none-published = Šiuo metu nėra į ką registruotis.

field-search-words = Ieškomi žodžiai
field-search-words-hint = Pavyzdžiui: maisto bankas, skaitymas, sodas.
field-skill = Įgūdis
field-cause = Sritis
field-spoken-language = Ten vartojama kalba
field-from-day = Nuo (diena)
field-to-day = Iki (diena)
field-near = Netoli šios vietos
field-near-hint = Gatvė, adresas, pašto kodas arba rajonas. Tinka ir du skaičiai iš žemėlapių programėlės, pavyzdžiui, 51.05,3.72.
field-near-hint-no-places = Du skaičiai iš žemėlapių programėlės, pavyzdžiui, 51.05,3.72. Kai platformos komanda importuos gatves, tiks ir gatvė arba rajonas.
opportunities-near-place = Netoli vietos { $place }.
opportunities-near-others = Arba netoli kitos vietos:
error-place-not-found = Šioje platformoje nėra vietos tokiu pavadinimu. Pabandykite įvesti gatvę, pašto kodą arba rajoną arba du skaičius iš žemėlapių programėlės, pavyzdžiui, 51.05,3.72.
field-within-km = Atstumu iki (km)
field-remote-only = Tik tai, ką galiu daryti iš namų
field-sort = Tvarka

## Viena veikla

opportunity-remote = Nuotoliu: iš bet kur
opportunity-address-unknown = Vietą dar patvirtins organizacija
opportunity-coordinator-tools = Koordinatoriaus įrankiai
opportunity-edit = Redaguoti
opportunity-skills = Įgūdžiai
opportunity-causes = Sritys
opportunity-languages = Ten vartojamos kalbos
opportunity-min-age = Minimalus amžius
opportunity-min-age-value = { $age } m.
opportunity-accessibility = Prieinamumas
opportunity-where = Kur
opportunity-shifts = Kada
opportunity-not-open = Į šią veiklą šiuo metu registruotis negalima.
opportunity-sign-in-to-sign-up = Prisijunkite, kad galėtumėte užsiregistruoti
opportunity-join-first = Kad galėtumėte užsiregistruoti, prisijunkite prie šios platformos. Tai nemokama ir tereikia vieno spustelėjimo.
opportunity-ongoing = Nustatyto laiko nėra: padėkite, kai patogu jums ir organizacijai.
opportunity-ongoing-short = Nuolatinė, be nustatyto laiko
opportunity-no-upcoming = Šiuo metu pamainų nesuplanuota.
opportunity-dates-nav = Daugiau datų
opportunity-earlier-dates = Ankstesnės datos
opportunity-later-dates = Vėlesnės datos
opportunity-past-shifts = Praėjusios pamainos
opportunity-report-hours = Pranešti apie savo valandas
opportunity-report-hours-intro = Praneškite organizacijai, kiek laiko padėjote. Koordinatorius tai patvirtins.
opportunity-report-hours-submit = Pranešti apie šias valandas
opportunity-times-in-zone = Datos ir laikas nurodyti platformos laiko juostoje ({ $zone }).
opportunity-add-shift = Pridėti pamainą
opportunity-add-shift-submit = Pridėti šią pamainą
opportunity-add-series = Pridėti pasikartojančias pamainas
opportunity-add-series-intro = Pavyzdžiui, kiekvieną antradienį nuo 14:00 iki 17:00 iki kovo pabaigos. Vėliau kiekvieną pamainą galima keisti atskirai.
opportunity-add-series-submit = Pridėti šias pamainas
opportunity-status-draft = Juodraštis
opportunity-status-published = Paskelbta
opportunity-status-closed = Uždaryta
opportunity-status-draft-hint = Ją mato tik jūsų organizacija.
opportunity-status-published-hint = Visi gali ją rasti ir užsiregistruoti.
opportunity-status-closed-hint = Vis dar matoma, bet niekas negali užsiregistruoti.
opportunity-new-title = Paskelbti veiklą
opportunity-new-submit = Išsaugoti veiklą
opportunity-edit-title = Veiklos redagavimas
opportunity-edit-submit = Išsaugoti pakeitimus
opportunity-form-cancel = Atšaukti

opportunity-notice-created = Veikla išsaugota. Dabar pridėkite pamainas, kada žmonės gali atvykti.
opportunity-notice-saved = Jūsų pakeitimai išsaugoti.
opportunity-notice-signed-up = Užsiregistravote. Ačiū! Dieną prieš gausite priminimą.
opportunity-notice-waitlisted = Ši pamaina pilna: esate laukiančiųjų sąraše. Jei vieta atsilaisvins, ji atiteks jums ir mes jums pranešime.
opportunity-notice-left = Jūsų registracija atšaukta.
opportunity-notice-shift-added = Pamaina pridėta.
opportunity-notice-series-added = Pasikartojančios pamainos pridėtos.
opportunity-notice-shift-cancelled = Pamaina atšaukta. Visiems užsiregistravusiems apie tai pranešama.
opportunity-notice-hours-reported = Apie jūsų valandas pranešta. Koordinatorius jas patvirtins.

field-opportunity-title = Ką reikia padaryti?
field-opportunity-title-hint = Keli žodžiai, pavyzdžiui: Rūšiuoti maistą maisto banke.
field-opportunity-description = Papasakokite savanoriams daugiau
field-skills = Naudingi įgūdžiai
field-causes = Sritys, kurioms ji skirta
field-languages = Ten vartojamos kalbos
field-languages-hint = Pažymėkite kalbas, kuriomis savanoris gali susikalbėti vietoje.
field-min-age = Minimalus amžius (neprivaloma)
field-min-age-hint = Palikite tuščią, jei padėti gali bet kas.
field-accessibility = Prieinamumas (neprivaloma)
field-accessibility-hint = Laiptai, liftas, tualetai, automobilių stovėjimas, viešasis transportas…
field-where = Kur tai vyksta?
field-where-place = Konkrečioje vietoje
field-where-remote = Nuotoliu: iš bet kur
field-where-place-hint = Jei tai vieta, nurodykite jos adresą ir padėtį žemėlapyje (skaičius galite nukopijuoti iš žemėlapių programėlės).
field-address = Adresas
field-latitude = Platuma
field-latitude-hint = Pavyzdžiui, 51.0543
field-longitude = Ilguma
field-longitude-hint = Pavyzdžiui, 3.7174
field-status = Kas gali ją matyti?

## Pamainos

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Liko { $left } vieta
    [few] Liko { $left } vietos
    [many] Liko { $left } vietos
   *[other] Liko { $left } vietų
} iš { $slots }
shift-full = Pilna
shift-waiting = { $count ->
    [one] { $count } žmogus laukiančiųjų sąraše
    [few] { $count } žmonės laukiančiųjų sąraše
    [many] { $count } žmogaus laukiančiųjų sąraše
   *[other] { $count } žmonių laukiančiųjų sąraše
}
shift-cancelled = Atšaukta
shift-sign-up = Užsiregistruoti
shift-join-waiting-list = Įsirašyti į laukiančiųjų sąrašą
shift-you-confirmed = Jūs užsiregistravote.
shift-you-waiting = Esate laukiančiųjų sąraše, eilės numeris { $position }.
shift-leave = Atšaukti mano registraciją
shift-cancel = Atšaukti šią pamainą
shift-roster-link = Kas ateis
shift-weekday-1 = Pirmadienis
shift-weekday-2 = Antradienis
shift-weekday-3 = Trečiadienis
shift-weekday-4 = Ketvirtadienis
shift-weekday-5 = Penktadienis
shift-weekday-6 = Šeštadienis
shift-weekday-7 = Sekmadienis

field-shift-day = Diena
field-start-time = Pradžia
field-end-time = Pabaiga
field-slots = Vietų skaičius
field-frequency = Kaip dažnai?
field-frequency-weekly = Kas savaitę, žemiau pažymėtomis dienomis
field-frequency-daily = Kasdien
field-weekdays = Savaitės dienos
field-weekdays-hint = Savaitinėms pamainoms. Jei nepažymėta nė viena, naudojama pirmosios dienos savaitės diena.
field-first-day = Pirmoji diena
field-last-day = Paskutinė diena
field-except = Dienos be šios pamainos (neprivaloma)
field-except-hint = Pavyzdžiui, šventės: 2026-12-25, 2027-01-01
field-hours-day = Diena
field-hours-minutes = Kiek minučių?
field-hours-minutes-hint = Jei padėjote pusantros valandos, įrašykite 90.
field-hours-note = Ką veikėte? (neprivaloma)

## Pamainos dalyvių sąrašas

roster-title = Kas ateis
roster-fill = Užimta vietų: { $taken } iš { $slots }
roster-csv = Atsisiųsti sąrašą (CSV, skaičiuoklei)
roster-confirmed = Patvirtinti
roster-attendance-later = Pažymėti, kas atėjo, galite jau likus 30 minučių iki pamainos pradžios.
roster-nobody = Dar niekas neužsiregistravo.
roster-attended = Atėjo
roster-no-show = Neatėjo
roster-remove = Pašalinti
roster-waiting = Laukiančiųjų sąrašas
roster-nobody-waiting = Niekas nelaukia.
roster-position = eilės nr. { $position }
roster-ended = Atšauktos
roster-cancelled = atšaukė
roster-removed = pašalino koordinatorius
roster-late = pavėluotai
roster-erased-name = Buvęs narys
roster-edit-shift = Keisti šią pamainą
roster-edit-hint = Ne mažiau nei jau patvirtintų žmonių.
roster-edit-submit = Išsaugoti pakeitimus
field-minutes = Minutės
roster-notice-attendance-saved = Dalyvavimas išsaugotas.
roster-notice-removed = Registracija pašalinta. Vietą dabar gauna pirmasis laukiantysis, jei toks yra.
roster-notice-shift-saved = Pamaina pakeista. Visiems užsiregistravusiems apie tai pranešama.

## Mano pamainos

my-shifts-nav = Mano pamainos
my-shifts-title = Mano pamainos
my-shifts-total = Mano skirtos valandos:
my-shifts-calendar = Pridėti mano pamainas į kalendorių
my-shifts-upcoming = Artėjančios
my-shifts-none-upcoming = Neužsiregistravote į jokią artėjančią pamainą.
my-shifts-recent = Neseniai
my-shifts-none-recent = Per pastarąsias 30 dienų nieko.
my-shifts-attended = Dalyvavote: { $duration }
my-shifts-no-show = Pažymėta, kad nedalyvavote
my-shifts-done = Atlikta
my-shifts-cancelled = Atšaukėte
my-shifts-removed = Pašalino koordinatorius
my-shifts-reports = Mano praneštos valandos
my-shifts-no-reports = Dar nepranešėte apie jokias valandas.
my-shifts-report-pending = laukia patvirtinimo
my-shifts-report-approved = patvirtinta
my-shifts-report-declined = atmesta
my-shifts-notice-cancelled = Jūsų registracija atšaukta.

## Organizacijos suvestinė

dashboard-link = Suvestinė
dashboard-title = Suvestinė
dashboard-publish = Paskelbti veiklą
dashboard-figures = Skaičiais
dashboard-upcoming-shifts = Artėjančios pamainos
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Užimtos vietos
dashboard-percent = { $percent } %
dashboard-places = { $taken } iš { $slots }
dashboard-no-places = Artėjančių vietų nėra
dashboard-hours-month = Valandos šį mėnesį
dashboard-hours-total = Iš viso valandų
dashboard-upcoming = Artėjančios
dashboard-no-upcoming = Pamainų nesuplanuota.
dashboard-fill = Užimta vietų: { $taken } iš { $slots }{ $waiting ->
    [0] {""}
   *[other] , laukia: { $waiting }
}
dashboard-opportunities = Mūsų veiklos
dashboard-no-opportunities = Dar nieko nepaskelbėte.
dashboard-reports = Valandos, laukiančios patvirtinimo
dashboard-no-reports = Jūsų patvirtinimo nelaukia jokios valandos.
dashboard-approve = Patvirtinti
dashboard-decline = Atmesti
dashboard-notice-report-approved = Valandos patvirtintos.
dashboard-notice-report-declined = Valandos atmestos.
dashboard-notice-report-decided-before = Dėl šių valandų kažkas jau buvo priėmęs sprendimą.

## Įgūdžiai ir sritys

terms-link = Įgūdžiai ir sritys
terms-title = Įgūdžiai ir sritys
terms-skills = Įgūdžiai
terms-causes = Sritys
terms-empty = Sąrašas tuščias.
terms-rename = Pervadinti
terms-remove = Pašalinti
terms-add = Pridėti įgūdį arba sritį
terms-add-submit = Pridėti
terms-kind-skill = Įgūdis
terms-kind-cause = Sritis
terms-notice-added = Pridėta.
terms-notice-renamed = Pervadinta.
terms-notice-removed = Pašalinta.
field-term-kind = Kuris sąrašas?
field-term-code = Kodas
field-term-code-hint = Trumpas nekintamas pavadinimas programoms: nuo 2 iki 40 mažųjų raidžių, skaitmenų ir brūkšnelių, pavyzdžiui, first-aid.

# Trukmė, kaip ją skaito žmogus („1 val. 15 min.“); $hours ir $minutes ateina jau suformatuoti.
duration-minutes = { $minutes } min.
duration-hours = { $hours } val.
duration-hours-minutes = { $hours } val. { $minutes } min.
# A shift that has started and not yet ended.
shift-happening-now = Vyksta dabar
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Pridėti savo gimimo datą
terms-intro-languages = Veikloms priskiriami šių sąrašų įrašai, o žmonės pagal juos filtruoja. Kiekvienas įrašas turi pavadinimą anglų kalba; suteikite jam pavadinimus kalbomis, kuriomis čia skaito žmonės.
field-term-english = Pavadinimas anglų kalba
terms-names-link = Pavadinimai kitomis kalbomis
terms-names-title = Įrašo „{ $name }“ pavadinimai
terms-names-intro = Suteikite šiam įrašui pavadinimą kiekviena kalba, kuria čia skaito žmonės. Jei kuria nors kalba pavadinimo nėra, jos skaitytojai mato pavadinimą platformos kalba ({ $language }), o jei ir jo nėra – anglų kalba. Numatytieji įrašai jau turi pavadinimus visomis kalbomis, kol nepakeičiamas jų angliškas pavadinimas.
terms-names-other-languages = Kitos kalbos
terms-names-submit = Išsaugoti pavadinimus
terms-add-name-in = Pavadinimas ({ $language }, neprivaloma)
terms-add-name-hint = Pavadinimus kitomis kalbomis galėsite suteikti vėliau.
terms-notice-named = Pavadinimai išsaugoti.
error-term-name-english = Angliškas pavadinimas įrašomas atskirame lauke.
roster-came = { $name } atėjo
roster-attendance-how = Visi pažymėti kaip atėję, su pamainos minutėmis. Nuimkite žymę tiems, kurie neatėjo, prireikus pakeiskite minutes ir tada išsaugokite vieną kartą.
roster-save-all = Išsaugoti dalyvavimą
error-attendance-minutes-out-of-range = Įrašykite minutes sveikuoju skaičiumi nuo 0 iki pamainos trukmės plius 12 valandų.
error-too-many-marks = Vienu kartu siųskite ne daugiau kaip 1000 žmonių dalyvavimą.
opportunity-create-account = Sukurti paskyrą
opportunity-notice-welcome = Sveiki! Jūsų paskyra paruošta: pasirinkite pamainą žemiau ir užsiregistruokite.
signup-cancel-title = Ar norite atsisakyti savo vietos?
signup-cancel-question = Ar norite atsisakyti savo vietos pamainoje „{ $title }“, { $when }?
signup-cancel-hint = Jūsų vietą gaus pirmasis laukiantysis arba ji vėl taps laisva. Galite vėl užsiregistruoti, kol dar yra laisvų vietų.
signup-cancel-confirm = Taip, atsisakau savo vietos
signup-cancel-keep = Ne, pasilieku savo vietą
roster-remove-title = Ar norite ką nors pašalinti iš šios pamainos?
roster-remove-question = { $name }: pašalinti iš pamainos „{ $title }“, { $when }?
roster-remove-hint = Žmogui bus pranešta, o vietą gaus pirmasis laukiantysis.
roster-remove-confirm = Taip, pašalinti: { $name }
roster-remove-keep = Ne, palikti sąraše
