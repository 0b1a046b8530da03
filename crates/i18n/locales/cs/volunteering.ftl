# Dobrovolnictví: hledání příležitostí, stránka příležitosti, směny a přihlášky,
# rozpisy, moje směny, přehledy organizací, dovednosti a oblasti.

## Hledání příležitostí

opportunities-title = Najděte si, kde pomoci
opportunities-find = Najít, kde pomoci
opportunities-filters = Filtry
opportunities-more-filters = Další filtry: dovednost, oblast, jazyk, data, místo
opportunities-any = Nezáleží
opportunities-sort-start = Od nejbližšího termínu
opportunities-sort-distance = Od nejbližšího místa
opportunities-search = Hledat
opportunities-reset = Zrušit všechny filtry
opportunities-results = Příležitosti
opportunities-none = Těmto filtrům zatím nic neodpovídá. Zkuste méně filtrů nebo širší okolí.
opportunities-fix-filters = Opravte prosím filtry výše, abyste viděli výsledky.
opportunities-distance = ve vzdálenosti { $distance }
opportunities-more-shifts = { $count ->
    [one] a ještě jeden termín
    [few] a ještě { $count } termíny
    [many] a ještě { $count } termínu
   *[other] a ještě { $count } termínů
}
opportunities-next-page = Další stránka
opportunities-list-title = S čím nám můžete pomoci
opportunities-none-published = Momentálně tu není nic, na co se zapsat.

field-search-words = Hledaná slova
field-search-words-hint = Například: potravinová banka, čtení, zahrada.
field-skill = Dovednost
field-cause = Oblast
field-spoken-language = Jazyk, kterým se tam mluví
field-from-day = Od (den)
field-to-day = Do (den)
field-near = Poblíž tohoto místa
field-near-hint = Ulice, adresa, PSČ nebo čtvrť. Fungují i dvě čísla z mapové aplikace, například 51.05,3.72.
field-near-hint-no-places = Dvě čísla z mapové aplikace, například 51.05,3.72. Jakmile tým platformy naimportuje ulice, bude fungovat i ulice nebo čtvrť.
opportunities-near-place = Poblíž místa { $place }.
opportunities-near-others = Nebo poblíž jiného místa:
error-place-not-found = Tato platforma nezná žádné místo s tímto názvem. Zkuste ulici, PSČ nebo čtvrť, případně dvě čísla z mapové aplikace, například 51.05,3.72.
field-within-km = Do vzdálenosti (km)
field-remote-only = Jen to, co můžu dělat z domova
field-sort = Řazení

## Jedna příležitost

opportunity-remote = Na dálku: odkudkoli
opportunity-address-unknown = Místo ještě upřesní organizace
opportunity-coordinator-tools = Nástroje koordinátora
opportunity-edit = Upravit
opportunity-skills = Dovednosti
opportunity-causes = Oblasti
opportunity-languages = Jazyky, kterými se tam mluví
opportunity-min-age = Minimální věk
opportunity-min-age-value = { $age ->
    [one] { $age } rok
    [few] { $age } roky
    [many] { $age } roku
   *[other] { $age } let
}
opportunity-accessibility = Přístupnost
opportunity-where = Kde
opportunity-shifts = Kdy
opportunity-not-open = Tato příležitost momentálně nepřijímá přihlášky.
opportunity-sign-in-to-sign-up = Pro zápis se přihlaste
opportunity-join-first = Abyste se mohli zapsat, připojte se k této platformě. Je to zdarma a stačí jedno kliknutí.
opportunity-ongoing = Nejsou žádné pevné časy: pomáhejte, kdy se to hodí vám i organizaci.
opportunity-ongoing-short = Průběžně, bez pevných časů
opportunity-no-upcoming = Momentálně nejsou naplánované žádné termíny.
opportunity-dates-nav = Další termíny
opportunity-earlier-dates = Dřívější termíny
opportunity-later-dates = Pozdější termíny
opportunity-past-shifts = Minulé termíny
opportunity-report-hours = Nahlásit své hodiny
opportunity-report-hours-intro = Dejte organizaci vědět, jak dlouho jste pomáhali. Koordinátor to potvrdí.
opportunity-report-hours-submit = Nahlásit tyto hodiny
opportunity-times-in-zone = Data a časy jsou v časovém pásmu platformy ({ $zone }).
opportunity-add-shift = Přidat termín
opportunity-add-shift-submit = Přidat tento termín
opportunity-add-series = Přidat opakované termíny
opportunity-add-series-intro = Například každé úterý od 14:00 do 17:00 až do konce března. Každý termín lze potom upravit samostatně.
opportunity-add-series-submit = Přidat tyto termíny
opportunity-status-draft = Koncept
opportunity-status-published = Zveřejněno
opportunity-status-closed = Uzavřeno
opportunity-status-draft-hint = Vidí ji jen vaše organizace.
opportunity-status-published-hint = Každý ji najde a může se zapsat.
opportunity-status-closed-hint = Je stále vidět, ale nikdo se nemůže zapsat.
opportunity-new-title = Zveřejnit příležitost
opportunity-new-submit = Uložit příležitost
opportunity-edit-title = Upravit příležitost
opportunity-edit-submit = Uložit změny
opportunity-form-cancel = Zrušit

opportunity-notice-created = Příležitost je uložena. Teď přidejte termíny, kdy lidé mohou přijít.
opportunity-notice-saved = Vaše změny jsou uloženy.
opportunity-notice-signed-up = Jste zapsáni. Děkujeme! Den předem dostanete připomínku.
opportunity-notice-waitlisted = Tento termín je plně obsazený: jste na čekací listině. Pokud se uvolní místo, bude vaše a dáme vám vědět.
opportunity-notice-left = Vaše přihláška je zrušena.
opportunity-notice-shift-added = Termín byl přidán.
opportunity-notice-series-added = Opakované termíny byly přidány.
opportunity-notice-shift-cancelled = Termín byl zrušen. Všichni zapsaní dostanou zprávu.
opportunity-notice-hours-reported = Vaše hodiny jsou nahlášeny. Koordinátor je potvrdí.

field-opportunity-title = Co je potřeba udělat?
field-opportunity-title-hint = Pár slov, například: Třídění potravin v potravinové bance.
field-opportunity-description = Řekněte dobrovolníkům víc
field-skills = Užitečné dovednosti
field-causes = Oblasti, kterým pomáhá
field-languages = Jazyky, kterými se tam mluví
field-languages-hint = Zaškrtněte jazyky, které dobrovolník může na místě používat.
field-min-age = Minimální věk (nepovinné)
field-min-age-hint = Nechte prázdné, pokud může pomoci kdokoli.
field-accessibility = Přístupnost (nepovinné)
field-accessibility-hint = Schody, výtah, toalety, parkování, veřejná doprava…
field-where = Kde se to odehrává?
field-where-place = Na určitém místě
field-where-remote = Na dálku: odkudkoli
field-where-place-hint = U místa uveďte jeho adresu a polohu na mapě (čísla můžete zkopírovat z mapové aplikace).
field-address = Adresa
field-latitude = Zeměpisná šířka
field-latitude-hint = Například 51.0543
field-longitude = Zeměpisná délka
field-longitude-hint = Například 3.7174
field-status = Kdo ji uvidí?

## Směny

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Zbývá { $left } místo
    [few] Zbývají { $left } místa
    [many] Zbývá { $left } místa
   *[other] Zbývá { $left } míst
} z { $slots }
shift-full = Obsazeno
shift-waiting = { $count ->
    [one] { $count } člověk na čekací listině
    [few] { $count } lidé na čekací listině
    [many] { $count } člověka na čekací listině
   *[other] { $count } lidí na čekací listině
}
shift-cancelled = Zrušeno
shift-sign-up = Zapsat se
shift-join-waiting-list = Zapsat se na čekací listinu
shift-you-confirmed = Jste zapsáni.
shift-you-waiting = Jste na čekací listině, { $position }. v pořadí.
shift-leave = Zrušit moji přihlášku
shift-cancel = Zrušit tento termín
shift-roster-link = Kdo přijde
shift-weekday-1 = Pondělí
shift-weekday-2 = Úterý
shift-weekday-3 = Středa
shift-weekday-4 = Čtvrtek
shift-weekday-5 = Pátek
shift-weekday-6 = Sobota
shift-weekday-7 = Neděle

field-shift-day = Den
field-start-time = Začátek
field-end-time = Konec
field-slots = Počet míst
field-frequency = Jak často?
field-frequency-weekly = Každý týden, ve dny zaškrtnuté níže
field-frequency-daily = Každý den
field-weekdays = Dny v týdnu
field-weekdays-hint = Pro týdenní termíny. Pokud není zaškrtnutý žádný den, použije se den v týdnu, na který připadá první den.
field-first-day = První den
field-last-day = Poslední den
field-except = Dny bez tohoto termínu (nepovinné)
field-except-hint = Například svátky: 2026-12-25, 2027-01-01
field-hours-day = Den
field-hours-minutes = Kolik minut?
field-hours-minutes-hint = Za hodinu a půl napište 90.
field-hours-note = Co jste dělali? (nepovinné)

## Rozpis směny

roster-title = Kdo přijde
roster-fill = Obsazená místa: { $taken } z { $slots }
roster-csv = Stáhnout seznam (CSV pro tabulkový procesor)
roster-confirmed = Potvrzeno
roster-attendance-later = Kdo přišel, můžete označit od 30 minut před začátkem termínu.
roster-nobody = Zatím se nikdo nezapsal.
roster-attended = Přišel(a)
roster-no-show = Nepřišel(a)
roster-remove = Odebrat
roster-waiting = Čekací listina
roster-nobody-waiting = Nikdo nečeká.
roster-position = { $position }. v pořadí
roster-ended = Zrušené
roster-cancelled = zrušeno
roster-removed = odebráno koordinátorem
roster-late = pozdě
roster-erased-name = Bývalý člen
roster-edit-shift = Změnit tento termín
roster-edit-hint = Ne méně, než kolik lidí je už potvrzeno.
roster-edit-submit = Uložit změny
field-minutes = Minuty
roster-notice-attendance-saved = Účast uložena.
roster-notice-removed = Přihláška byla odebrána. Místo teď dostane první čekající, pokud nějaký je.
roster-notice-shift-saved = Termín byl změněn. Všichni zapsaní dostanou zprávu.

## Moje směny

my-shifts-nav = Moje směny
my-shifts-title = Moje směny
my-shifts-total = Moje hodiny pomoci:
my-shifts-calendar = Přidat moje směny do kalendáře
my-shifts-upcoming = Nadcházející
my-shifts-none-upcoming = Nejste zapsáni na nic nadcházejícího.
my-shifts-recent = Nedávno
my-shifts-none-recent = Za posledních 30 dní nic.
my-shifts-attended = Vaše účast: { $duration }
my-shifts-no-show = Zaznamenáno jako neúčast
my-shifts-done = Hotovo
my-shifts-cancelled = Zrušili jste
my-shifts-removed = Odebráno koordinátorem
my-shifts-reports = Nahlášené hodiny
my-shifts-no-reports = Zatím jste nenahlásili žádné hodiny.
my-shifts-report-pending = čeká na potvrzení
my-shifts-report-approved = potvrzeno
my-shifts-report-declined = zamítnuto
my-shifts-notice-cancelled = Vaše přihláška je zrušena.

## Přehled organizace

dashboard-link = Přehled
dashboard-title = Přehled
dashboard-publish = Zveřejnit příležitost
dashboard-figures = V číslech
dashboard-upcoming-shifts = Nadcházející termíny
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Obsazenost míst
dashboard-percent = { $percent } %
dashboard-places = { $taken } z { $slots }
dashboard-no-places = Žádná nadcházející místa
dashboard-hours-month = Hodiny tento měsíc
dashboard-hours-total = Hodiny celkem
dashboard-upcoming = Nadcházející
dashboard-no-upcoming = Nejsou naplánované žádné termíny.
dashboard-fill = Obsazená místa: { $taken } z { $slots }{ $waiting ->
    [0] {""}
    [one] , { $waiting } čeká
    [few] , { $waiting } čekají
    [many] , { $waiting } čeká
   *[other] , { $waiting } čeká
}
dashboard-opportunities = Naše příležitosti
dashboard-no-opportunities = Zatím jste nic nezveřejnili.
dashboard-reports = Hodiny k potvrzení
dashboard-no-reports = Žádné hodiny na vás nečekají.
dashboard-approve = Potvrdit
dashboard-decline = Zamítnout
dashboard-notice-report-approved = Hodiny jsou potvrzeny.
dashboard-notice-report-declined = Hodiny jsou zamítnuty.
dashboard-notice-report-decided-before = O těchto hodinách už někdo rozhodl.

## Dovednosti a oblasti

terms-link = Dovednosti a oblasti
terms-title = Dovednosti a oblasti
terms-skills = Dovednosti
terms-causes = Oblasti
terms-empty = Seznam je prázdný.
terms-rename = Přejmenovat
terms-remove = Odebrat
terms-add = Přidat dovednost nebo oblast
terms-add-submit = Přidat
terms-kind-skill = Dovednost
terms-kind-cause = Oblast
terms-notice-added = Přidáno.
terms-notice-renamed = Přejmenováno.
terms-notice-removed = Odebráno.
field-term-kind = Který seznam?
field-term-code = Kód
field-term-code-hint = Krátký pevný název pro programy: 2 až 40 malých písmen, číslic a spojovníků, například first-aid.

# Délka času tak, jak ji čte člověk („1 h 15 min“); $hours a $minutes přicházejí už naformátované.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Právě probíhá
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Doplnit datum narození
terms-intro-languages = Příležitosti se zařazují podle těchto seznamů a lidé podle nich filtrují. Každá položka má název v angličtině; dejte jí názvy v jazycích, které tu lidé čtou.
field-term-english = Název v angličtině
terms-names-link = Názvy v jiných jazycích
terms-names-title = Názvy položky „{ $name }“
terms-names-intro = Dejte této položce název v každém jazyce, který tu lidé čtou. Pokud v některém jazyce název chybí, jeho čtenáři uvidí název v jazyce platformy ({ $language }), jinak v angličtině. Výchozí položky už mají názvy ve všech jazycích, dokud se nezmění jejich anglický název.
terms-names-other-languages = Další jazyky
terms-names-submit = Uložit názvy
terms-add-name-in = Název v jazyce: { $language } (nepovinné)
terms-add-name-hint = Názvy v dalších jazycích můžete doplnit později.
terms-notice-named = Názvy byly uloženy.
error-term-name-english = Anglický název patří do vlastního pole.
roster-came = { $name } – účast
roster-attendance-how = Všichni jsou zaškrtnutí jako přítomní, s minutami termínu. Odškrtněte ty, kdo nepřišli, podle potřeby upravte minuty a pak vše jednou uložte.
roster-save-all = Uložit účast
error-attendance-minutes-out-of-range = Zadejte minuty jako celé číslo od 0 do délky termínu plus 12 hodin.
error-too-many-marks = Odešlete najednou účast nejvýše 1 000 lidí.
opportunity-create-account = Vytvořit účet
opportunity-notice-welcome = Vítejte! Váš účet je připraven: níže si vyberte termín a zapište se.
signup-cancel-title = Chcete zrušit své místo?
signup-cancel-question = Chcete zrušit své místo na termínu „{ $title }“, { $when }?
signup-cancel-hint = Vaše místo dostane první čekající nebo se znovu uvolní. Dokud zbývají volná místa, můžete se znovu zapsat.
signup-cancel-confirm = Ano, zrušit moje místo
signup-cancel-keep = Ne, ponechat moje místo
roster-remove-title = Odebrat někoho z tohoto termínu?
roster-remove-question = Odebrat osobu { $name } z termínu „{ $title }“, { $when }?
roster-remove-hint = Osoba dostane zprávu a místo připadne prvnímu čekajícímu.
roster-remove-confirm = Ano, odebrat osobu { $name }
roster-remove-keep = Ne, ponechat na seznamu
