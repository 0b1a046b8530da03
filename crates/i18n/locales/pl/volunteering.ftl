# Wolontariat: wyszukiwanie ofert, strona oferty, dyżury i zapisy,
# listy uczestników, moje dyżury, panele organizacji, umiejętności i obszary działania.

## Wyszukiwanie ofert

opportunities-title = Znajdź coś do zrobienia
opportunities-find = Znajdź coś do zrobienia
opportunities-filters = Filtry
opportunities-more-filters = Więcej filtrów: umiejętność, obszar działania, język, daty, miejsce
opportunities-any = Wszystkie
opportunities-sort-start = Najpierw najbliższe terminy
opportunities-sort-distance = Najpierw najbliższe miejsca
opportunities-search = Szukaj
opportunities-reset = Wyczyść wszystkie filtry
opportunities-results = Oferty
opportunities-none = Na razie nic nie pasuje do tych filtrów. Spróbuj użyć mniej filtrów lub większego obszaru.
opportunities-fix-filters = Popraw powyższe filtry, aby zobaczyć wyniki.
opportunities-distance = { $distance } stąd
opportunities-more-shifts = { $count ->
    [one] i jeszcze jeden termin
    [few] i jeszcze { $count } terminy
    [many] i jeszcze { $count } terminów
   *[other] i jeszcze { $count } terminu
}
opportunities-next-page = Następna strona
opportunities-list-title = Co możesz robić razem z nami
opportunities-none-published = Obecnie nie ma nic, na co można się zapisać.

field-search-words = Szukane słowa
field-search-words-hint = Na przykład: bank żywności, czytanie, ogród.
field-skill = Umiejętność
field-cause = Obszar działania
field-spoken-language = Język używany na miejscu
field-from-day = Od (dzień)
field-to-day = Do (dzień)
field-near = W pobliżu tego miejsca
field-near-hint = Ulica, adres, kod pocztowy lub dzielnica. Możesz też wpisać dwie liczby z aplikacji z mapami, na przykład 51.05,3.72.
field-near-hint-no-places = Dwie liczby z aplikacji z mapami, na przykład 51.05,3.72. Gdy zespół platformy zaimportuje jej ulice, możesz też wpisać ulicę lub dzielnicę.
opportunities-near-place = W pobliżu miejsca { $place }.
opportunities-near-others = Albo w pobliżu innego miejsca:
error-place-not-found = Na tej platformie nie ma miejsca o takiej nazwie. Spróbuj wpisać ulicę, kod pocztowy lub dzielnicę albo dwie liczby z aplikacji z mapami, na przykład 51.05,3.72.
field-within-km = W promieniu (km)
field-remote-only = Tylko to, co mogę robić z domu
field-sort = Kolejność

## Jedna oferta

opportunity-remote = Zdalnie: z dowolnego miejsca
opportunity-address-unknown = Miejsce zostanie potwierdzone przez organizację
opportunity-coordinator-tools = Narzędzia koordynatora
opportunity-edit = Edytuj
opportunity-skills = Umiejętności
opportunity-causes = Obszary działania
opportunity-languages = Języki używane na miejscu
opportunity-min-age = Minimalny wiek
opportunity-min-age-value = { $age ->
    [one] { $age } rok
    [few] { $age } lata
    [many] { $age } lat
   *[other] { $age } roku
}
opportunity-accessibility = Dostępność
opportunity-where = Gdzie
opportunity-shifts = Kiedy
opportunity-not-open = Ta oferta obecnie nie przyjmuje zapisów.
opportunity-sign-in-to-sign-up = Zaloguj się, aby się zapisać
opportunity-join-first = Dołącz do tej platformy, aby się zapisać. To nic nie kosztuje i wystarczy jedno kliknięcie.
opportunity-ongoing = Nie ma stałych terminów: pomagaj wtedy, gdy pasuje to Tobie i organizacji.
opportunity-ongoing-short = Na bieżąco, bez stałych terminów
opportunity-no-upcoming = Obecnie nie zaplanowano żadnych terminów.
opportunity-dates-nav = Więcej terminów
opportunity-earlier-dates = Wcześniejsze terminy
opportunity-later-dates = Późniejsze terminy
opportunity-past-shifts = Minione terminy
opportunity-report-hours = Zgłoś moje godziny
opportunity-report-hours-intro = Przekaż organizacji, ile czasu trwała Twoja pomoc. Koordynator to potwierdzi.
opportunity-report-hours-submit = Zgłoś te godziny
opportunity-times-in-zone = Daty i godziny są podane w strefie czasowej platformy ({ $zone }).
opportunity-add-shift = Dodaj termin
opportunity-add-shift-submit = Dodaj ten termin
opportunity-add-series = Dodaj powtarzające się terminy
opportunity-add-series-intro = Na przykład w każdy wtorek od 14:00 do 17:00 do końca marca. Każdy termin można potem zmienić osobno.
opportunity-add-series-submit = Dodaj te terminy
opportunity-status-draft = Szkic
opportunity-status-published = Opublikowana
opportunity-status-closed = Zamknięta
opportunity-status-draft-hint = Widzi ją tylko Twoja organizacja.
opportunity-status-published-hint = Każdy może ją znaleźć i się zapisać.
opportunity-status-closed-hint = Nadal widoczna, ale nikt nie może się zapisać.
opportunity-new-title = Opublikuj ofertę
opportunity-new-submit = Zapisz ofertę
opportunity-edit-title = Edytuj ofertę
opportunity-edit-submit = Zapisz zmiany
opportunity-form-cancel = Anuluj

opportunity-notice-created = Oferta została zapisana. Teraz dodaj terminy, w których można przyjść.
opportunity-notice-saved = Twoje zmiany zostały zapisane.
opportunity-notice-signed-up = Zapis przyjęty. Dziękujemy! Dzień wcześniej otrzymasz przypomnienie.
opportunity-notice-waitlisted = Ten termin jest pełny: jesteś na liście oczekujących. Jeśli zwolni się miejsce, będzie Twoje i damy Ci znać.
opportunity-notice-left = Twój zapis został anulowany.
opportunity-notice-shift-added = Termin został dodany.
opportunity-notice-series-added = Powtarzające się terminy zostały dodane.
opportunity-notice-shift-cancelled = Termin został odwołany. Wszystkie zapisane osoby zostaną powiadomione.
opportunity-notice-hours-reported = Twoje godziny zostały zgłoszone. Koordynator je potwierdzi.

field-opportunity-title = Co trzeba zrobić?
field-opportunity-title-hint = Kilka słów, na przykład: Sortowanie żywności w banku żywności.
field-opportunity-description = Opowiedz wolontariuszom więcej
field-skills = Przydatne umiejętności
field-causes = Obszary działania
field-languages = Języki używane na miejscu
field-languages-hint = Zaznacz języki, którymi wolontariusz może się posługiwać na miejscu.
field-min-age = Minimalny wiek (opcjonalnie)
field-min-age-hint = Zostaw puste, jeśli każdy może pomóc.
field-accessibility = Dostępność (opcjonalnie)
field-accessibility-hint = Schody, winda, toalety, parking, komunikacja publiczna…
field-where = Gdzie to się odbywa?
field-where-place = W określonym miejscu
field-where-remote = Zdalnie: z dowolnego miejsca
field-where-place-hint = W przypadku miejsca podaj jego adres i położenie na mapie (liczby możesz skopiować z aplikacji z mapami).
field-address = Adres
field-latitude = Szerokość geograficzna
field-latitude-hint = Na przykład 51.0543
field-longitude = Długość geograficzna
field-longitude-hint = Na przykład 3.7174
field-status = Kto może ją zobaczyć?

## Dyżury

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 wolne miejsce
    [few] { $left } wolne miejsca
    [many] { $left } wolnych miejsc
   *[other] { $left } wolnego miejsca
} z { $slots }
shift-full = Komplet
shift-waiting = { $count ->
    [one] 1 osoba na liście oczekujących
    [few] { $count } osoby na liście oczekujących
    [many] { $count } osób na liście oczekujących
   *[other] { $count } osoby na liście oczekujących
}
shift-cancelled = Odwołany
shift-sign-up = Zapisz się
shift-join-waiting-list = Zapisz się na listę oczekujących
shift-you-confirmed = Twój zapis jest potwierdzony.
shift-you-waiting = Jesteś na liście oczekujących, pozycja { $position }.
shift-leave = Anuluj mój zapis
shift-cancel = Odwołaj ten termin
shift-roster-link = Kto przychodzi
shift-weekday-1 = Poniedziałek
shift-weekday-2 = Wtorek
shift-weekday-3 = Środa
shift-weekday-4 = Czwartek
shift-weekday-5 = Piątek
shift-weekday-6 = Sobota
shift-weekday-7 = Niedziela

field-shift-day = Dzień
field-start-time = Godzina rozpoczęcia
field-end-time = Godzina zakończenia
field-slots = Liczba miejsc
field-frequency = Jak często?
field-frequency-weekly = Co tydzień, w dni zaznaczone poniżej
field-frequency-daily = Codziennie
field-weekdays = Dni tygodnia
field-weekdays-hint = Dla terminów cotygodniowych. Jeśli nic nie zaznaczysz, zostanie użyty dzień tygodnia pierwszego dnia.
field-first-day = Pierwszy dzień
field-last-day = Ostatni dzień
field-except = Dni bez tego terminu (opcjonalnie)
field-except-hint = Na przykład święta: 2026-12-25, 2027-01-01
field-hours-day = Dzień
field-hours-minutes = Ile minut?
field-hours-minutes-hint = Za półtorej godziny wpisz 90.
field-hours-note = Na czym polegała pomoc? (opcjonalnie)

## Lista uczestników dyżuru

roster-title = Kto przychodzi
roster-fill = Zajęte miejsca: { $taken } z { $slots }
roster-csv = Pobierz listę (CSV, do arkusza kalkulacyjnego)
roster-confirmed = Potwierdzone osoby
roster-attendance-later = Obecność możesz zaznaczyć od 30 minut przed rozpoczęciem terminu.
roster-nobody = Nikt się jeszcze nie zapisał.
roster-attended = Obecność
roster-no-show = Nieobecność
roster-remove = Usuń
roster-waiting = Lista oczekujących
roster-nobody-waiting = Nikt nie czeka.
roster-position = pozycja { $position }
roster-ended = Anulowane
roster-cancelled = anulowany
roster-removed = usunięty przez koordynatora
roster-late = w ostatniej chwili
roster-erased-name = Dawny członek
roster-edit-shift = Zmień ten termin
roster-edit-hint = Nie mniej niż liczba już potwierdzonych osób.
roster-edit-submit = Zapisz zmiany
field-minutes = Minuty
roster-notice-attendance-saved = Obecność została zapisana.
roster-notice-removed = Zapis został usunięty. Miejsce dostaje teraz pierwsza osoba z listy oczekujących, jeśli taka jest.
roster-notice-shift-saved = Termin został zmieniony. Wszystkie zapisane osoby zostaną powiadomione.

## Moje dyżury

my-shifts-nav = Moje dyżury
my-shifts-title = Moje dyżury
my-shifts-total = Moje godziny pomocy:
my-shifts-calendar = Dodaj moje dyżury do mojego kalendarza
my-shifts-upcoming = Nadchodzące
my-shifts-none-upcoming = Nie masz zapisów na nadchodzące terminy.
my-shifts-recent = Ostatnio
my-shifts-none-recent = Nic w ciągu ostatnich 30 dni.
my-shifts-attended = Obecność: { $duration }
my-shifts-no-show = Odnotowano nieobecność
my-shifts-done = Zakończone
my-shifts-cancelled = Zapis anulowany przez Ciebie
my-shifts-removed = Zapis usunięty przez koordynatora
my-shifts-reports = Zgłoszone przeze mnie godziny
my-shifts-no-reports = Nie masz jeszcze zgłoszonych godzin.
my-shifts-report-pending = czeka na potwierdzenie
my-shifts-report-approved = potwierdzone
my-shifts-report-declined = odrzucone
my-shifts-notice-cancelled = Twój zapis został anulowany.

## Panel organizacji

dashboard-link = Panel
dashboard-title = Panel
dashboard-publish = Opublikuj ofertę
dashboard-figures = W liczbach
dashboard-upcoming-shifts = Nadchodzące terminy
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Zajęte miejsca
dashboard-percent = { $percent }%
dashboard-places = { $taken } z { $slots }
dashboard-no-places = Brak miejsc w nadchodzących terminach
dashboard-hours-month = Godziny w tym miesiącu
dashboard-hours-total = Godziny łącznie
dashboard-upcoming = Nadchodzące
dashboard-no-upcoming = Nie zaplanowano żadnych terminów.
dashboard-fill = Zajęte miejsca: { $taken } z { $slots }{ $waiting ->
    [0] {""}
   *[other] , na liście oczekujących: { $waiting }
}
dashboard-opportunities = Nasze oferty
dashboard-no-opportunities = Nic jeszcze nie zostało opublikowane.
dashboard-reports = Godziny do potwierdzenia
dashboard-no-reports = Żadne godziny nie czekają na Twoje potwierdzenie.
dashboard-approve = Potwierdź
dashboard-decline = Odrzuć
dashboard-notice-report-approved = Godziny zostały potwierdzone.
dashboard-notice-report-declined = Godziny zostały odrzucone.
dashboard-notice-report-decided-before = Ktoś już wcześniej podjął decyzję w sprawie tych godzin.

## Umiejętności i obszary działania

terms-link = Umiejętności i obszary działania
terms-title = Umiejętności i obszary działania
terms-skills = Umiejętności
terms-causes = Obszary działania
terms-empty = Lista jest pusta.
terms-rename = Zmień nazwę
terms-remove = Usuń
terms-add = Dodaj umiejętność lub obszar działania
terms-add-submit = Dodaj
terms-kind-skill = Umiejętność
terms-kind-cause = Obszar działania
terms-notice-added = Dodano.
terms-notice-renamed = Zmieniono nazwę.
terms-notice-removed = Usunięto.
field-term-kind = Która lista?
field-term-code = Kod
field-term-code-hint = Krótka, stała nazwa dla programów: od 2 do 40 małych liter, cyfr i łączników, np. first-aid.

# Czas trwania w postaci, do której czytelnik jest przyzwyczajony („1 godz. 15 min”); $hours i $minutes przychodzą już sformatowane.
duration-minutes = { $minutes } min
duration-hours = { $hours } godz.
duration-hours-minutes = { $hours } godz. { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Trwa teraz
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Dodaj datę urodzenia
terms-intro-languages = Oferty przypisuje się do pozycji z tych list, a użytkownicy filtrują według nich. Każda pozycja ma nazwę po angielsku; nadaj jej nazwy w językach, w których czytają tutejsi użytkownicy.
field-term-english = Nazwa po angielsku
terms-names-link = Nazwy w innych językach
terms-names-title = Nazwy pozycji „{ $name }”
terms-names-intro = Nadaj tej pozycji nazwę w każdym języku, w którym czytają tutejsi użytkownicy. Jeśli w danym języku nazwy brak, jego czytelnicy widzą nazwę w języku platformy ({ $language }), a gdy i jej nie ma – po angielsku. Standardowe pozycje mają już nazwy we wszystkich językach, dopóki nie zmieni się ich angielskiej nazwy.
terms-names-other-languages = Inne języki
terms-names-submit = Zapisz nazwy
terms-add-name-in = Nazwa w języku: { $language } (opcjonalnie)
terms-add-name-hint = Nazwy w innych językach możesz dodać później.
terms-notice-named = Nazwy zostały zapisane.
error-term-name-english = Angielska nazwa ma osobne pole.
roster-came = { $name } – obecność
roster-attendance-how = Wszystkie osoby są zaznaczone jako obecne, z minutami terminu. Odznacz osoby nieobecne, w razie potrzeby zmień minuty, a potem zapisz raz.
roster-save-all = Zapisz obecność
error-attendance-minutes-out-of-range = Podaj minuty jako liczbę całkowitą od 0 do czasu trwania terminu plus 12 godzin.
error-too-many-marks = Wyślij obecność najwyżej 1000 osób naraz.
opportunity-create-account = Załóż konto
opportunity-notice-welcome = Witaj! Twoje konto jest gotowe: wybierz termin poniżej, aby się zapisać.
signup-cancel-title = Czy chcesz zrezygnować ze swojego miejsca?
signup-cancel-question = Czy chcesz zrezygnować ze swojego miejsca na „{ $title }”, { $when }?
signup-cancel-hint = Twoje miejsce dostanie pierwsza osoba z listy oczekujących albo miejsce znów będzie wolne. Możesz zapisać się ponownie, dopóki są wolne miejsca.
signup-cancel-confirm = Tak, rezygnuję z miejsca
signup-cancel-keep = Nie, zachowuję swoje miejsce
roster-remove-title = Czy usunąć kogoś z tego terminu?
roster-remove-question = Czy usunąć osobę { $name } z „{ $title }”, { $when }?
roster-remove-hint = Ta osoba dostanie powiadomienie, a miejsce przejdzie na pierwszą osobę z listy oczekujących.
roster-remove-confirm = Tak, usuń osobę { $name }
roster-remove-keep = Nie, zostaw na liście
