# Błędy: tytuły problemów (API i strony) oraz komunikaty dla każdego kodu błędu.

problem-invalid-input = Brakuje niektórych informacji lub są one błędne
problem-malformed = Nie udało się odczytać żądania
problem-json-expected = Wyślij treść w formacie JSON z nagłówkiem Content-Type application/json.
problem-object-expected = Treść musi być obiektem JSON.
problem-conflict = To już istnieje
problem-unauthenticated = Zaloguj się
problem-forbidden = Nie masz uprawnień, aby to zrobić
problem-not-found = Nie znaleziono
problem-refused = Ta zmiana nie jest możliwa
problem-too-many-requests = Zbyt wiele prób
problem-retry-after = Odczekaj { $seconds ->
    [one] jedną sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} przed kolejną próbą.
problem-internal = Coś poszło nie tak po naszej stronie

page-forbidden = Twoja rola na tej platformie na to nie pozwala.
page-internal = Przepraszamy: coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
page-form-expired = Ten formularz wygasł. Wróć, odśwież stronę i spróbuj ponownie.

error-required = Wypełnij to pole.
error-too-long = To jest za długie.
error-type = Ta wartość ma nieprawidłowy typ: { $detail }
error-email-malformed = Wpisz adres e-mail w formacie name@example.org.
error-password-too-short = Hasło musi mieć co najmniej 10 znaków.
error-password-wrong = To hasło jest nieprawidłowe.
error-credentials-wrong = Adres e-mail lub hasło są nieprawidłowe.
error-date-malformed = Wpisz datę w formacie 1990-04-23.
error-birth-date-implausible = Sprawdź datę urodzenia: nie może być w przyszłości ani przed 1900 rokiem.
error-locale-unknown = Ten język nie jest dostępny.
error-slug-length = Użyj od 2 do 40 znaków.
error-slug-characters = Używaj tylko małych liter (a–z), cyfr i łączników; adres nie może zaczynać się ani kończyć łącznikiem.
error-latitude-out-of-range = Szerokość geograficzna musi mieścić się w przedziale od -90 do 90.
error-longitude-out-of-range = Długość geograficzna musi mieścić się w przedziale od -180 do 180.
error-coordinates-malformed = Zapisz punkt jako szerokość,długość, na przykład 50.85,4.35.
error-organisation-kind-unknown = Wybierz jeden z rodzajów organizacji.
error-role-unknown = Taka rola nie istnieje.
error-account-unknown = Nikt nie ma jeszcze konta z tym adresem e-mail.
error-platform-unknown = Nie ma platformy o tym adresie.
error-last-admin = Organizacja musi mieć co najmniej jednego administratora. Najpierw dodaj innego administratora.
error-taken-email = Konto z tym adresem e-mail już istnieje.
error-taken-slug = Inna platforma używa już tego adresu.
error-taken-member = Ta osoba jest już członkiem.
error-unknown-platform = Nie ma takiej platformy.
error-unknown-organisation = Nie ma takiej organizacji.
error-unknown-account = Nie ma takiego konta.
error-unknown-token = Nie ma takiego klucza.
error-unknown-member = Ta osoba nie jest członkiem.
error-unknown-page = Pod tym adresem nic nie ma.
error-unknown-parent = Nie ma takiej platformy nadrzędnej.
error-time-zone-unknown = Taka strefa czasowa nie istnieje. Użyj nazwy w formacie Europe/Brussels.
error-term-kind-unknown = Wybierz umiejętność lub obszar działania.
error-term-code-invalid = Użyj od 2 do 40 małych liter, cyfr i łączników, np. first-aid.
error-term-in-use = Ta pozycja jest nadal używana w jednej z ofert.
error-status-unknown = Wybierz: szkic, opublikowana lub zamknięta.
error-min-age-out-of-range = Minimalny wiek musi mieścić się w przedziale od 0 do 99.
error-datetime-malformed = Wpisz datę i godzinę w formacie 2026-12-01T14:00:00+01:00.
error-time-malformed = Wpisz godzinę w formacie 14:00.
error-shift-ends-before-start = Koniec musi nastąpić po początku.
error-slots-out-of-range = Dyżur musi mieć od 1 do 10000 miejsc.
error-frequency-unknown = Wybierz: codziennie lub co tydzień.
error-series-without-end = Seria musi mieć ostatni dzień.
error-series-ends-before-start = Ostatni dzień musi być późniejszy niż pierwszy.
error-series-too-long = Seria może utworzyć najwyżej 400 dyżurów.
error-series-empty = Przy tych dniach i wyjątkach nie zostaje żaden dyżur.
error-weekday-out-of-range = Dni tygodnia mają numery od 1 (poniedziałek) do 7 (niedziela).
error-birth-date-needed = To działanie ma dolną granicę wieku: najpierw dodaj datę urodzenia na swoim koncie.
error-too-young = Nie osiągasz minimalnego wieku wymaganego w tym działaniu.
error-minutes-out-of-range = Podaj od 1 minuty do 24 godzin.
error-day-in-future = Ten dzień jeszcze nie nadszedł.
error-slots-below-taken = Potwierdzonych osób jest już więcej, niż wynosi ta liczba miejsc.
error-shift-cancelled = Ten dyżur został odwołany.
error-shift-past = Ten dyżur już się rozpoczął; zapisy są zamknięte.
error-shift-not-started = Obecność można zaznaczyć dopiero po rozpoczęciu dyżuru.
error-signup-ended = Ten zapis już się zakończył.
error-signup-not-confirmed = Jako obecne lub nieobecne można oznaczyć tylko potwierdzone osoby.
error-report-decided = To zgłoszenie godzin zostało już zatwierdzone lub odrzucone.
error-opportunity-not-open = Ta oferta nie przyjmuje zapisów.
error-skill-unknown = Tej umiejętności nie ma na liście platformy.
error-cause-unknown = Tego obszaru działania nie ma na liście platformy.
error-taken-signup = Masz już zapis na ten dyżur.
error-unknown-term = Nie ma takiej umiejętności ani obszaru działania.
error-unknown-opportunity = Nie ma takiej oferty.
error-unknown-shift = Nie ma takiego dyżuru.
error-unknown-signup = Nie ma takiego zapisu.
error-unknown-report = Nie ma takiego zgłoszenia godzin.
error-term-code-taken = Ten kod jest już na liście. Zamiast tego zmień nazwę tamtej pozycji.
error-radius-out-of-range = Podaj odległość od 0 do 500 km.
error-limit-out-of-range = Wybierz od 1 do 100 wyników na stronę.
error-near-needed-for-distance = Aby sortować według odległości, podaj, w pobliżu jakiego miejsca szukasz.
error-sort-unknown = Wybierz: najpierw najbliższe terminy lub najpierw najbliższe miejsca.
error-cursor-invalid = Ten link do strony nie jest już ważny. Rozpocznij wyszukiwanie od nowa.
