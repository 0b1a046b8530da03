# Wybór nowego hasła, gdy stare wypadło z pamięci: strony i wiadomość.

password-forgot-link = Nie pamiętasz hasła?
password-forgot-title = Nie pamiętasz hasła?
password-forgot-intro = Wpisz adres e-mail swojego konta. Wyślemy Ci link do wyboru nowego hasła.
password-forgot-submit = Wyślij mi link
password-have-code = Mam kod z wiadomości
password-sent-title = Sprawdź pocztę
password-sent-text = Jeśli jakieś konto używa adresu { $email }, wiadomość z linkiem do wyboru nowego hasła jest już w drodze. Link działa przez godzinę.
password-sent-nothing = Po kilku minutach nadal brak wiadomości? Zajrzyj do folderu ze spamem, sprawdź adres albo poproś jeszcze raz.
password-ask-again = Poproś jeszcze raz
password-back-to-sign-in = Wróć do logowania
password-reset-title = Wybierz nowe hasło
password-reset-for = Dla konta { $email }.
password-reset-submit = Zapisz moje nowe hasło
field-reset-code = Kod z wiadomości
field-reset-code-hint = Wklej długi kod z wiadomości, którą Ci wysłaliśmy.
password-expired-title = Ten link już nie działa
password-expired-text = Link do wyboru nowego hasła działa przez godzinę i tylko raz. Poproś o nowy: to zajmie minutę.
password-expired-ask = Poproś o nowy link
error-reset-link-expired = Ten kod już nie działa: został już użyty albo ma ponad godzinę. Poproś o nowy link.
notice-password-reset = Zapisaliśmy Twoje nowe hasło i zalogowaliśmy Cię. Na wszystkich innych urządzeniach wylogowaliśmy Cię.

mail-password-reset-subject = Wybierz nowe hasło
mail-password-reset-body = Ktoś, prawdopodobnie Ty, poprosił o wybór nowego hasła do Twojego konta.
mail-password-reset-link = Aby je wybrać, otwórz ten link w ciągu godziny (działa tylko raz):
mail-password-reset-code = Aby je wybrać, wejdź na stronę logowania serwisu, wybierz „Nie pamiętasz hasła?”, potem „Mam kod z wiadomości” i w ciągu godziny wklej ten kod:
mail-password-reset-ignore = Jeśli to nie Ty o to prosisz, możesz zignorować tę wiadomość: Twoje hasło pozostaje bez zmian.
mail-password-reset-footer = Otrzymujesz tę wiadomość, ponieważ ktoś poprosił o nowe hasło do konta z tym adresem.
