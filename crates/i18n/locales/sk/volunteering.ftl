# Dobrovoľníctvo: hľadanie príležitostí, stránka príležitosti, termíny a prihlášky,
# zoznamy účastníkov, moje termíny, prehľady organizácií, zručnosti a oblasti.

## Hľadanie príležitostí

opportunities-title = Nájdite si, kde pomôcť
opportunities-find = Nájsť, kde pomôcť
opportunities-filters = Filtre
opportunities-more-filters = Ďalšie filtre: zručnosť, oblasť, jazyk, dátumy, miesto
opportunities-any = Nezáleží
opportunities-sort-start = Od najbližšieho termínu
opportunities-sort-distance = Od najbližšieho miesta
opportunities-search = Hľadať
opportunities-reset = Zrušiť všetky filtre
opportunities-results = Príležitosti
opportunities-none = Týmto filtrom zatiaľ nič nezodpovedá. Skúste menej filtrov alebo širšie okolie.
opportunities-fix-filters = Opravte, prosím, filtre vyššie, aby ste videli výsledky.
opportunities-distance = vo vzdialenosti { $distance }
opportunities-more-shifts = { $count ->
    [one] a ešte jeden termín
    [few] a ešte { $count } termíny
    [many] a ešte { $count } termínu
   *[other] a ešte { $count } termínov
}
opportunities-next-page = Ďalšia stránka
opportunities-list-title = S čím nám môžete pomôcť
opportunities-none-published = Momentálne tu nie je nič, na čo sa dá zapísať.

field-search-words = Hľadané slová
field-search-words-hint = Napríklad: potravinová banka, čítanie, záhrada.
field-skill = Zručnosť
field-cause = Oblasť
field-spoken-language = Jazyk, ktorým sa tam hovorí
field-from-day = Od (deň)
field-to-day = Do (deň)
field-near = V blízkosti tohto miesta
field-near-hint = Ulica, adresa, PSČ alebo štvrť. Fungujú aj dve čísla z mapovej aplikácie, napríklad 51.05,3.72.
field-near-hint-no-places = Dve čísla z mapovej aplikácie, napríklad 51.05,3.72. Keď tím platformy naimportuje ulice, bude fungovať aj ulica alebo štvrť.
opportunities-near-place = V blízkosti miesta { $place }.
opportunities-near-others = Alebo v blízkosti iného miesta:
error-place-not-found = Táto platforma nepozná žiadne miesto s takým názvom. Skúste ulicu, PSČ alebo štvrť, prípadne dve čísla z mapovej aplikácie, napríklad 51.05,3.72.
field-within-km = Do vzdialenosti (km)
field-remote-only = Len to, čo môžem robiť z domu
field-sort = Zoradenie

## Jedna príležitosť

opportunity-remote = Na diaľku: odkiaľkoľvek
opportunity-address-unknown = Miesto ešte upresní organizácia
opportunity-coordinator-tools = Nástroje koordinátora
opportunity-edit = Upraviť
opportunity-skills = Zručnosti
opportunity-causes = Oblasti
opportunity-languages = Jazyky, ktorými sa tam hovorí
opportunity-min-age = Minimálny vek
opportunity-min-age-value = { $age ->
    [one] { $age } rok
    [few] { $age } roky
    [many] { $age } roka
   *[other] { $age } rokov
}
opportunity-accessibility = Prístupnosť
opportunity-where = Kde
opportunity-shifts = Kedy
opportunity-not-open = Táto príležitosť momentálne neprijíma prihlášky.
opportunity-sign-in-to-sign-up = Ak sa chcete zapísať, prihláste sa
opportunity-join-first = Ak sa chcete zapísať, pridajte sa k tejto platforme. Je to zadarmo a stačí jedno kliknutie.
opportunity-ongoing = Nie sú tu žiadne pevné časy: pomáhajte, keď to vyhovuje vám aj organizácii.
opportunity-ongoing-short = Priebežne, bez pevných časov
opportunity-no-upcoming = Momentálne nie sú naplánované žiadne termíny.
opportunity-dates-nav = Ďalšie termíny
opportunity-earlier-dates = Skoršie termíny
opportunity-later-dates = Neskoršie termíny
opportunity-past-shifts = Minulé termíny
opportunity-report-hours = Nahlásiť moje hodiny
opportunity-report-hours-intro = Dajte organizácii vedieť, ako dlho ste pomáhali. Koordinátor to potvrdí.
opportunity-report-hours-submit = Nahlásiť tieto hodiny
opportunity-times-in-zone = Dátumy a časy sú v časovom pásme platformy ({ $zone }).
opportunity-add-shift = Pridať termín
opportunity-add-shift-submit = Pridať tento termín
opportunity-add-series = Pridať opakované termíny
opportunity-add-series-intro = Napríklad každý utorok od 14:00 do 17:00 až do konca marca. Každý termín sa potom dá upraviť samostatne.
opportunity-add-series-submit = Pridať tieto termíny
opportunity-status-draft = Koncept
opportunity-status-published = Zverejnené
opportunity-status-closed = Uzavreté
opportunity-status-draft-hint = Vidí ju len vaša organizácia.
opportunity-status-published-hint = Každý ju nájde a môže sa zapísať.
opportunity-status-closed-hint = Je stále viditeľná, ale nikto sa nemôže zapísať.
opportunity-new-title = Zverejniť príležitosť
opportunity-new-submit = Uložiť príležitosť
opportunity-edit-title = Upraviť príležitosť
opportunity-edit-submit = Uložiť zmeny
opportunity-form-cancel = Zrušiť

opportunity-notice-created = Príležitosť je uložená. Teraz pridajte termíny, keď ľudia môžu prísť.
opportunity-notice-saved = Vaše zmeny sú uložené.
opportunity-notice-signed-up = Ste zapísaní. Ďakujeme! Deň vopred dostanete pripomienku.
opportunity-notice-waitlisted = Tento termín je plne obsadený: ste na čakacej listine. Ak sa uvoľní miesto, bude vaše a dáme vám vedieť.
opportunity-notice-left = Vaša prihláška je zrušená.
opportunity-notice-shift-added = Termín bol pridaný.
opportunity-notice-series-added = Opakované termíny boli pridané.
opportunity-notice-shift-cancelled = Termín bol zrušený. Všetci zapísaní dostanú správu.
opportunity-notice-hours-reported = Vaše hodiny sú nahlásené. Koordinátor ich potvrdí.

field-opportunity-title = Čo treba urobiť?
field-opportunity-title-hint = Pár slov, napríklad: Triedenie potravín v potravinovej banke.
field-opportunity-description = Povedzte dobrovoľníkom viac
field-skills = Užitočné zručnosti
field-causes = Oblasti, ktorým pomáha
field-languages = Jazyky, ktorými sa tam hovorí
field-languages-hint = Zaškrtnite jazyky, ktoré môže dobrovoľník na mieste používať.
field-min-age = Minimálny vek (nepovinné)
field-min-age-hint = Nechajte prázdne, ak môže pomôcť ktokoľvek.
field-accessibility = Prístupnosť (nepovinné)
field-accessibility-hint = Schody, výťah, toalety, parkovanie, verejná doprava…
field-where = Kde sa to odohráva?
field-where-place = Na konkrétnom mieste
field-where-remote = Na diaľku: odkiaľkoľvek
field-where-place-hint = Pri mieste uveďte jeho adresu a polohu na mape (čísla môžete skopírovať z mapovej aplikácie).
field-address = Adresa
field-latitude = Zemepisná šírka
field-latitude-hint = Napríklad 51.0543
field-longitude = Zemepisná dĺžka
field-longitude-hint = Napríklad 3.7174
field-status = Kto ju uvidí?

## Termíny

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Zostáva { $left } miesto
    [few] Zostávajú { $left } miesta
    [many] Zostáva { $left } miesta
   *[other] Zostáva { $left } miest
} z { $slots }
shift-full = Obsadené
shift-waiting = { $count ->
    [one] { $count } človek na čakacej listine
    [few] { $count } ľudia na čakacej listine
    [many] { $count } človeka na čakacej listine
   *[other] { $count } ľudí na čakacej listine
}
shift-cancelled = Zrušené
shift-sign-up = Zapísať sa
shift-join-waiting-list = Zapísať sa na čakaciu listinu
shift-you-confirmed = Ste zapísaní.
shift-you-waiting = Ste na čakacej listine, { $position }. v poradí.
shift-leave = Zrušiť moju prihlášku
shift-cancel = Zrušiť tento termín
shift-roster-link = Kto príde
shift-weekday-1 = Pondelok
shift-weekday-2 = Utorok
shift-weekday-3 = Streda
shift-weekday-4 = Štvrtok
shift-weekday-5 = Piatok
shift-weekday-6 = Sobota
shift-weekday-7 = Nedeľa

field-shift-day = Deň
field-start-time = Začiatok
field-end-time = Koniec
field-slots = Počet miest
field-frequency = Ako často?
field-frequency-weekly = Každý týždeň, v dni zaškrtnuté nižšie
field-frequency-daily = Každý deň
field-weekdays = Dni v týždni
field-weekdays-hint = Pre týždenné termíny. Ak nie je zaškrtnutý žiadny deň, použije sa deň v týždni, na ktorý pripadá prvý deň.
field-first-day = Prvý deň
field-last-day = Posledný deň
field-except = Dni bez tohto termínu (nepovinné)
field-except-hint = Napríklad sviatky: 2026-12-25, 2027-01-01
field-hours-day = Deň
field-hours-minutes = Koľko minút?
field-hours-minutes-hint = Za hodinu a pol napíšte 90.
field-hours-note = Čo ste robili? (nepovinné)

## Zoznam účastníkov termínu

roster-title = Kto príde
roster-fill = Obsadené miesta: { $taken } z { $slots }
roster-csv = Stiahnuť zoznam (CSV pre tabuľkový procesor)
roster-confirmed = Potvrdení
roster-attendance-later = Kto prišiel, môžete označiť od 30 minút pred začiatkom termínu.
roster-nobody = Zatiaľ sa nikto nezapísal.
roster-attended = Prišiel/prišla
roster-no-show = Neprišiel/neprišla
roster-remove = Odstrániť
roster-waiting = Čakacia listina
roster-nobody-waiting = Nikto nečaká.
roster-position = { $position }. v poradí
roster-ended = Zrušené
roster-cancelled = zrušené
roster-removed = odstránené koordinátorom
roster-late = neskoro
roster-erased-name = Bývalý člen
roster-edit-shift = Zmeniť tento termín
roster-edit-hint = Nie menej, než koľko ľudí je už potvrdených.
roster-edit-submit = Uložiť zmeny
field-minutes = Minúty
roster-notice-attendance-saved = Účasť bola uložená.
roster-notice-removed = Prihláška bola odstránená. Miesto teraz dostane prvý čakajúci, ak nejaký je.
roster-notice-shift-saved = Termín bol zmenený. Všetci zapísaní dostanú správu.

## Moje termíny

my-shifts-nav = Moje termíny
my-shifts-title = Moje termíny
my-shifts-total = Moje hodiny pomoci:
my-shifts-calendar = Pridať moje termíny do kalendára
my-shifts-upcoming = Nadchádzajúce
my-shifts-none-upcoming = Nie ste zapísaní na nič nadchádzajúce.
my-shifts-recent = Nedávno
my-shifts-none-recent = Za posledných 30 dní nič.
my-shifts-attended = Vaša účasť: { $duration }
my-shifts-no-show = Zaznamenané ako neúčasť
my-shifts-done = Hotovo
my-shifts-cancelled = Zrušili ste
my-shifts-removed = Odstránené koordinátorom
my-shifts-reports = Nahlásené hodiny
my-shifts-no-reports = Zatiaľ ste nenahlásili žiadne hodiny.
my-shifts-report-pending = čaká na potvrdenie
my-shifts-report-approved = potvrdené
my-shifts-report-declined = zamietnuté
my-shifts-notice-cancelled = Vaša prihláška je zrušená.

## Prehľad organizácie

dashboard-link = Prehľad
dashboard-title = Prehľad
dashboard-publish = Zverejniť príležitosť
dashboard-figures = V číslach
dashboard-upcoming-shifts = Nadchádzajúce termíny
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Obsadenosť miest
dashboard-percent = { $percent } %
dashboard-places = { $taken } z { $slots }
dashboard-no-places = Žiadne nadchádzajúce miesta
dashboard-hours-month = Hodiny tento mesiac
dashboard-hours-total = Hodiny celkom
dashboard-upcoming = Nadchádzajúce
dashboard-no-upcoming = Nie sú naplánované žiadne termíny.
dashboard-fill = Obsadené miesta: { $taken } z { $slots }{ $waiting ->
    [0] {""}
    [one] , { $waiting } čaká
    [few] , { $waiting } čakajú
    [many] , { $waiting } čaká
   *[other] , { $waiting } čaká
}
dashboard-opportunities = Naše príležitosti
dashboard-no-opportunities = Zatiaľ ste nič nezverejnili.
dashboard-reports = Hodiny na potvrdenie
dashboard-no-reports = Žiadne hodiny na vás nečakajú.
dashboard-approve = Potvrdiť
dashboard-decline = Zamietnuť
dashboard-notice-report-approved = Hodiny sú potvrdené.
dashboard-notice-report-declined = Hodiny sú zamietnuté.
dashboard-notice-report-decided-before = O týchto hodinách už niekto rozhodol.

## Zručnosti a oblasti

terms-link = Zručnosti a oblasti
terms-title = Zručnosti a oblasti
terms-skills = Zručnosti
terms-causes = Oblasti
terms-empty = Zoznam je prázdny.
terms-rename = Premenovať
terms-remove = Odstrániť
terms-add = Pridať zručnosť alebo oblasť
terms-add-submit = Pridať
terms-kind-skill = Zručnosť
terms-kind-cause = Oblasť
terms-notice-added = Pridané.
terms-notice-renamed = Premenované.
terms-notice-removed = Odstránené.
field-term-kind = Ktorý zoznam?
field-term-code = Kód
field-term-code-hint = Krátky pevný názov pre programy: 2 až 40 malých písmen, číslic a spojovníkov, napríklad first-aid.

# Dĺžka času tak, ako ju číta človek („1 h 15 min“); $hours a $minutes prichádzajú už naformátované.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Práve prebieha
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Doplniť dátum narodenia
terms-intro-languages = Príležitosti sa zaraďujú podľa týchto zoznamov a ľudia podľa nich filtrujú. Každá položka má názov v angličtine; dajte jej názvy v jazykoch, ktoré tu ľudia čítajú.
field-term-english = Názov v angličtine
terms-names-link = Názvy v iných jazykoch
terms-names-title = Názvy položky „{ $name }“
terms-names-intro = Dajte tejto položke názov v každom jazyku, ktorý tu ľudia čítajú. Ak v niektorom jazyku názov chýba, jeho čitatelia uvidia názov v jazyku platformy ({ $language }), inak v angličtine. Predvolené položky už majú názvy vo všetkých jazykoch, kým sa nezmení ich anglický názov.
terms-names-other-languages = Ďalšie jazyky
terms-names-submit = Uložiť názvy
terms-add-name-in = Názov v jazyku: { $language } (nepovinné)
terms-add-name-hint = Názvy v ďalších jazykoch môžete doplniť neskôr.
terms-notice-named = Názvy boli uložené.
error-term-name-english = Anglický názov patrí do samostatného poľa.
roster-came = { $name } – účasť
roster-attendance-how = Všetci sú zaškrtnutí ako prítomní, s minútami termínu. Odškrtnite tých, ktorí neprišli, podľa potreby upravte minúty a potom všetko raz uložte.
roster-save-all = Uložiť účasť
error-attendance-minutes-out-of-range = Zadajte minúty ako celé číslo od 0 po dĺžku termínu plus 12 hodín.
error-too-many-marks = Naraz odošlite účasť najviac 1 000 ľudí.
opportunity-create-account = Vytvoriť účet
opportunity-notice-welcome = Vitajte! Váš účet je pripravený: nižšie si vyberte termín a zapíšte sa.
signup-cancel-title = Chcete zrušiť svoje miesto?
signup-cancel-question = Chcete zrušiť svoje miesto na termíne „{ $title }“, { $when }?
signup-cancel-hint = Vaše miesto dostane prvý čakajúci alebo sa znova uvoľní. Kým zostávajú voľné miesta, môžete sa znova zapísať.
signup-cancel-confirm = Áno, zrušiť moje miesto
signup-cancel-keep = Nie, ponechať moje miesto
roster-remove-title = Odstrániť niekoho z tohto termínu?
roster-remove-question = Odstrániť osobu { $name } z termínu „{ $title }“, { $when }?
roster-remove-hint = Osoba dostane správu a miesto pripadne prvému čakajúcemu.
roster-remove-confirm = Áno, odstrániť osobu { $name }
roster-remove-keep = Nie, ponechať na zozname
