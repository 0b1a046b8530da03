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
