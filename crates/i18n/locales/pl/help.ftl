# Pomoc sąsiedzka: prośby, oferty, prywatne wątki i zakończenie.

error-category-unknown = Wybierz jedną z kategorii pomocy tej platformy.
error-window-ends-before-start = Koniec przedziału czasowego musi nastąpić po jego początku.
error-phone-malformed = Wpisz numer telefonu składający się z 6–15 cyfr, na przykład +32 470 12 34 56.
error-within-km-out-of-range = Odległość musi być większa niż 0 i wynosić najwyżej 25 km.
error-help-minutes-out-of-range = Liczba minut musi wynosić co najmniej 1 i nie może przekraczać przedziału czasowego prośby.
error-request-closed = Ta prośba jest już zakończona.
error-request-not-open = Ta prośba nie przyjmuje już ofert.
error-request-not-accepted = Dla tej prośby nie przyjęto jeszcze żadnej oferty.
error-taken-offer = Masz już zgłoszoną ofertę pomocy przy tej prośbie.
error-taken-completed = Ta prośba została już oznaczona jako wykonana.
error-unknown-request = Nie ma takiej prośby.
error-unknown-offer = Nie ma takiej oferty albo nie jest już aktualna.
error-unknown-category = Nie ma takiej kategorii pomocy.

## Strony pomocy sąsiedzkiej.

help-page-nav = Pomoc sąsiedzka
help-page-platform-link = Pomoc sąsiedzka
help-page-list-title = Pomoc sąsiedzka
help-page-list-intro = Sąsiedzi pomagają sobie nawzajem w drobnych sprawach. Poproś o pomoc albo zaoferuj swoją.
help-page-ask-button = Poproś o pomoc
help-page-mine-link = Moje prośby i oferty
help-page-filters = Wybierz, które prośby pokazać
help-page-field-category-filter = Rodzaj pomocy
help-page-any-category = Każdy rodzaj pomocy
help-page-field-distance = Jak daleko
help-page-within = Do { $distance }
help-page-show = Pokaż
help-page-results = Prośby
help-page-none = Teraz nikt nie prosi o taki rodzaj pomocy.
help-page-fix-filters = Zmień wybór powyżej, aby zobaczyć prośby.
help-page-next-page = Więcej próśb
help-page-distance = około { $distance } stąd
help-page-area = Okolica punktu { $lat }, { $lon }
help-page-area-unknown = Okolica nieznana
help-page-asked-on = Prośba z dnia { $date }

help-page-status-open = Czeka na pomocnika
help-page-status-accepted = Pomocnik został wybrany
help-page-status-completed = Wykonane
help-page-status-cancelled = Anulowane
help-page-offer-open = Twoja oferta pomocy została wysłana. Czekamy na odpowiedź.
help-page-offer-accepted = Twoja oferta została przyjęta.
help-page-offer-declined = Tym razem pomaga ktoś inny.
help-page-offer-line-open = Czeka na Twoją odpowiedź
help-page-offer-line-accepted = Przyjęta
help-page-offer-line-declined = Niewybrana

help-page-when = Kiedy
help-page-where = Gdzie
help-page-address-private = Dokładny adres widzi tylko wybrany pomocnik.
help-page-exact-point = Punkt na mapie: { $point }
help-page-requester = Prośba od
help-page-on-behalf = Dla kogo
help-page-consent = Zgoda: { $by }, dnia { $date } ({ $how })
help-page-helper = Pomocnik
help-page-time-given = Poświęcony czas
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
help-page-erased-name = Były członek
help-page-messages-link = Wiadomości
help-page-sign-in-to-offer = Zaloguj się, aby zaoferować pomoc
help-page-join-first = Dołącz do tej platformy, aby zaoferować pomoc.
help-page-offer-title = Zaoferuj pomoc
help-page-field-offer-message = Krótka wiadomość (możesz ją pominąć)
help-page-field-offer-message-hint = Na przykład: kiedy możesz przyjść.
help-page-offer-submit = Zaoferuj pomoc
help-page-offers-title = Osoby, które zaoferowały pomoc
help-page-no-offers = Na razie brak ofert. Damy Ci znać, gdy ktoś zaoferuje pomoc.
help-page-accept = Przyjmij
help-page-done-title = Oznacz jako wykonane
help-page-done-intro = Czy pomoc została udzielona? Napisz, ile trwała. Twój pomocnik otrzyma ten czas jako kredyt.
help-page-field-minutes = Ile minut to trwało?
help-page-field-minutes-hint = Od 1 do { $max } minut. 60 minut to jedna godzina.
help-page-done-submit = Oznacz jako wykonane
help-page-cancel-link = Anuluj moją prośbę
help-page-cancel-title = Anuluj moją prośbę
help-page-cancel-question = Czy chcesz anulować „{ $title }”?
help-page-cancel-hint = Osoby, które zaoferowały pomoc, zobaczą, że już jej nie potrzebujesz.
help-page-cancel-confirm = Tak, anuluj
help-page-cancel-keep = Nie, zostaw

help-page-ask-title = Poproś o pomoc
help-page-join-to-ask = Dołącz do tej platformy, aby poprosić o pomoc.
help-page-question-category = W czym potrzebujesz pomocy?
help-page-next = Dalej
help-page-chosen-category = Prosisz o: { $category }
help-page-change-category = Zmień
help-page-section-what = Co
help-page-field-title = W kilku słowach
help-page-field-title-hint = Na przykład: zakupy w sklepie na rogu
help-page-field-description = Opisz dokładniej
help-page-field-description-hint = Czego potrzeba i co pomocnik powinien wiedzieć.
help-page-section-where = Gdzie
help-page-where-private = Adres widzi tylko wybrany przez Ciebie pomocnik. Inni widzą tylko okolicę.
help-page-field-address = Adres
help-page-place-hint = Miejsce na mapie pomaga sąsiadom z okolicy znaleźć Twoją prośbę. Obie liczby możesz skopiować z aplikacji z mapami.
help-page-use-my-position = Użyj mojego obecnego położenia
help-page-position-failed = Nie udało się ustalić Twojego położenia. Wpisz liczby samodzielnie.
help-page-section-when = Kiedy
help-page-field-from-day = Od (dzień)
help-page-field-from-time = Od (godzina)
help-page-field-until-day = Do (dzień)
help-page-field-until-time = Do (godzina)
help-page-on-behalf-summary = Proszę o pomoc dla kogoś innego
help-page-on-behalf-intro = Wypełnij tę część tylko wtedy, gdy prosisz o pomoc dla innej osoby, za jej zgodą.
help-page-field-on-behalf-name = Imię i nazwisko tej osoby
help-page-field-on-behalf-phone = Numer telefonu tej osoby
help-page-field-on-behalf-phone-hint = Na przykład +32 470 12 34 56
help-page-field-consent-given-by = Kto wyraził zgodę?
help-page-field-consent-given-by-hint = Ta osoba albo ktoś, kto może decydować w jej imieniu.
help-page-field-consent-day = Kiedy wyrażono zgodę?
help-page-field-consent-how = W jaki sposób wyrażono zgodę?
help-page-field-consent-how-hint = Na przykład: telefonicznie, osobiście, na piśmie.
help-page-ask-submit = Poproś o pomoc
help-page-ask-cancel = Wróć

help-page-messages-title = Wiadomości
help-page-messages-with = Rozmowa z: { $name }
help-page-messages-private = Te wiadomości możesz czytać tylko Ty i druga osoba.
help-page-no-messages = Na razie brak wiadomości.
help-page-message-erased = (wiadomość usunięta)
help-page-write-title = Napisz wiadomość
help-page-field-message = Twoja wiadomość
help-page-send = Wyślij
help-page-back-to-request = Wróć do prośby

help-page-mine-title = Moje prośby i oferty
help-page-mine-requests = Moje prośby o pomoc
help-page-mine-no-requests = Na razie nie masz żadnych próśb o pomoc.
help-page-mine-offers = Moje oferty pomocy
help-page-mine-no-offers = Na razie nie masz żadnych ofert pomocy.
help-page-mine-see-offers = Zobacz, kto zaoferował pomoc
help-page-mine-talk-and-finish = Napisz do pomocnika albo oznacz jako wykonane
help-page-mine-talk = Napisz wiadomość
help-page-mine-offer-done = Pomoc została udzielona. Dziękujemy!

help-page-notice-asked = Twoja prośba jest już widoczna. Damy Ci znać, gdy ktoś zaoferuje pomoc.
help-page-notice-offered = Dziękujemy! Ta osoba zobaczy Twoją ofertę.
help-page-notice-accepted = Oferta została przyjęta. Twój pomocnik widzi teraz adres.
help-page-notice-cancelled = Twoja prośba została anulowana.
help-page-notice-completed = Gotowe! Twój pomocnik otrzymał ten czas jako kredyt.
help-page-notice-sent = Twoja wiadomość została wysłana.
