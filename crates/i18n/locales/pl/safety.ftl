## Stałe oferty, podziękowania, blokady, zgłoszenia i moderacja.

error-blocked = Jedno z Was zablokowało drugie: nie możesz wysyłać tej osobie ofert ani wiadomości.
error-account-suspended = To konto jest zawieszone. Jeśli uważasz, że to pomyłka, skontaktuj się z osobami, które prowadzą tę witrynę.
error-platform-suspended = Zespół tej platformy zawiesił Cię tutaj: nadal możesz czytać, ale nie możesz prosić o pomoc, oferować pomocy, zapisywać się ani pisać. Jeśli uważasz, że to pomyłka, skontaktuj się z zespołem.
error-moderate-admin = Administratorów platformy nie można tutaj ostrzec ani zawiesić. Mogą pomóc osoby, które prowadzą tę witrynę.
error-block-self = Nie możesz zablokować siebie.
error-report-kind-unknown = Wybierz, co zgłaszasz: prośbę, ofertę czy wiadomość.
error-report-target-unknown = Nie ma tu nic do zgłoszenia albo nie możesz tego zobaczyć.
error-moderation-action-unknown = Wybierz jedno z działań: ukryj, ostrzeż, zawieś, przywróć lub odrzuć.
error-moderate-self = Nie możesz ostrzec ani zawiesić siebie.
error-standing-km-out-of-range = Wybierz odległość od 1 do 10 km.
error-request-not-completed = Podziękować możesz, gdy pomoc zostanie oznaczona jako wykonana.
error-taken-thanks = Masz już zostawione podziękowanie za tę prośbę.
error-unknown-standing-offer = Nie ma takiej stałej oferty.
error-unknown-block = Ta osoba nie jest przez Ciebie zablokowana.
error-category-in-use = Tej kategorii używają prośby lub stałe oferty, więc nie można jej usunąć. Zamiast tego zmień jej nazwę.

## Stałe oferty
standing-title = W czym mogę pomóc sąsiadom
standing-intro = Powiedz raz, w czym możesz pomóc, gdzie i w jakie dni. Gdy sąsiad poprosi o pasującą pomoc, damy Ci znać. Nikt nie widzi, skąd wyruszasz.
standing-mine = Moje stałe oferty
standing-none = Nie masz jeszcze stałej oferty.
standing-withdraw = Wycofaj tę ofertę
standing-new = Nowa stała oferta
standing-what = W czym możesz pomóc?
standing-any-help = Każdy rodzaj pomocy
standing-every-day = Codziennie
standing-within = do { $distance }
standing-days = W jakie dni?
standing-days-hint = Nie zaznaczaj nic, jeśli pasuje każdy dzień.
standing-km = Jak daleko możesz dotrzeć (w km)?
standing-km-hint = Do 10 km. 1 km to około 15 minut pieszo.
standing-point-hint = Miejsce, z którego wyruszasz, na przykład Twój dom. Widzisz je tylko Ty.
standing-note = Kilka słów (nieobowiązkowo)
standing-note-hint = Na przykład: mam samochód albo mogę nosić ciężkie torby.
standing-publish = Opublikuj moją ofertę
standing-notice-published = Twoja stała oferta jest opublikowana. Damy Ci znać o pasujących prośbach.
standing-notice-withdrawn = Twoja stała oferta została wycofana.
help-page-standing-link = W czym mogę pomóc sąsiadom

## Podziękowania
thanks-title = Podziękuj
thanks-intro = Pomoc została udzielona. Możesz zostawić drugiej osobie krótką prywatną wiadomość.
thanks-label = Twoja wiadomość
thanks-submit = Wyślij podziękowanie
thanks-received = Podziękowania

## Zgłoszenia
report-title = Zgłoś problem
report-intro = Zgłaszasz { $what } zespołowi, który prowadzi tę platformę.
report-what-request = prośbę
report-what-offer = ofertę
report-what-message = wiadomość
report-reason = Co jest nie tak?
report-reason-hint = Zespół czyta każde zgłoszenie. Osoba, którą zgłaszasz, nie zobaczy Twojego imienia.
report-submit = Wyślij zgłoszenie
report-sent = Dziękujemy. Zespół przyjrzy się Twojemu zgłoszeniu. Jeśli ta osoba Ci przeszkadza, możesz ją też zablokować.
report-link = Zgłoś problem

## Blokady
block-title = Zablokuj osobę
block-question = Zablokować osobę { $name }?
block-explained = Zablokowana osoba nie może oferować Ci pomocy ani do Ciebie pisać, a Ty nie możesz oferować jej pomocy ani do niej pisać. Ta osoba nie dostaje o tym informacji.
block-submit = Tak, zablokuj tę osobę
block-cancel = Nie, wróć
block-link = Zablokuj tę osobę
blocks-title = Zablokowane przeze mnie osoby
blocks-intro = Osoby, które zablokujesz, nie mogą oferować Ci pomocy ani do Ciebie pisać.
blocks-none = Nikogo nie blokujesz.
blocks-unblock = Odblokuj
blocks-notice-blocked = Ta osoba jest zablokowana.
blocks-notice-unblocked = Ta osoba nie jest już zablokowana.

## Moderacja
moderation-title = Moderacja
moderation-intro = Zgłoszenia od członków, od najstarszych. Każde działanie jest zapisywane z Twoim imieniem i powodem.
moderation-reports = Zgłoszenia do przejrzenia
moderation-empty = Nie ma zgłoszeń do przejrzenia.
moderation-suspended = zawieszone
moderation-hidden = ukryte
moderation-open-request = Otwórz prośbę
moderation-reported-by = Zgłoszenie od: { $name }
moderation-reason = Powód
moderation-hide = Ukryj
moderation-warn = Ostrzeż autora
moderation-suspend = Zawieś autora
moderation-dismiss = Wszystko w porządku
moderation-reinstate = Cofnij zawieszenie
moderation-log = Co zrobił zespół
moderation-log-empty = Jeszcze nic.
moderation-log-when = Kiedy
moderation-log-who = Kto
moderation-log-what = Co
moderation-log-person = Osoba
moderation-log-undo = Cofnij
moderation-done-hide = ukrycie treści
moderation-done-warn = ostrzeżenie
moderation-done-suspend = zawieszenie
moderation-done-reinstate = cofnięcie zawieszenia
moderation-done-dismiss = zamknięcie zgłoszenia
moderation-notice-hide = Treść jest ukryta.
moderation-notice-warn = Autor otrzymał ostrzeżenie.
moderation-notice-suspend = Konto jest zawieszone, a jego użytkownik wylogowany.
moderation-notice-reinstate = Zawieszenie zostało cofnięte.
moderation-notice-dismiss = Zgłoszenie jest zamknięte.
moderation-link = Moderacja
# Leaves the report form for the page the person was reading.
report-cancel = Wróć
