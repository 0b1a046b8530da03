# Rejestracja, logowanie i wylogowanie; strona konta.

sign-up-title = Załóż konto
sign-up-intro = To zajmie minutę. Prosimy tylko o to, co niezbędne.
sign-up-submit = Załóż moje konto
sign-up-have-account = Masz już konto?
sign-in-title = Zaloguj się
sign-in-submit = Zaloguj się
sign-in-no-account = Pierwszy raz tutaj?

field-display-name = Twoje imię
field-display-name-hint = Imię, które zobaczą inne osoby.
field-email = Adres e-mail
field-password = Hasło
field-password-hint = Co najmniej 10 znaków. Dobrze sprawdza się kilka słów, które łatwo zapamiętasz.
field-birth-date = Data urodzenia (opcjonalnie)
field-birth-date-hint = Niektóre działania mają dolną granicę wieku. Używamy tej daty tylko do jej sprawdzenia.
field-language = Język
field-current-password = Obecne hasło
field-new-password = Nowe hasło
field-password-confirm = Twoje hasło (dla potwierdzenia)

account-title = Moje konto
account-platforms = Moje platformy
account-no-platforms = Nie należysz jeszcze do żadnej platformy.
account-language = Język
account-language-submit = Zapisz język
account-password = Zmień hasło
account-password-submit = Zmień hasło
account-tokens = Dostęp dla aplikacji
account-tokens-intro = Aplikacje i skrypty działające w Twoim imieniu używają tych kluczy. Unieważnij te, których już nie używasz.
account-no-tokens = Żadna aplikacja nie ma dostępu.
account-token-revoked = unieważniony
account-token-revoke = Unieważnij
account-calendar = Kalendarz
account-calendar-intro = Twoje potwierdzone dyżury mogą pojawiać się w aplikacji kalendarza, której już używasz, w telefonie lub na komputerze. Zasubskrybuj w niej swój prywatny link do kalendarza („dodaj kalendarz z adresu internetowego”): aplikacja sama go sprawdza i pokazuje nowe dyżury, zmiany i odwołania.
account-calendar-link = Twój prywatny link do kalendarza
account-calendar-link-hint = Skopiuj go teraz do swojej aplikacji kalendarza. Ze względów bezpieczeństwa nie przechowujemy go, więc nie możemy pokazać go ponownie.
account-calendar-active = Masz prywatny link do kalendarza. Jeśli gdzieś Ci zginął, utwórz nowy.
account-calendar-none = Nie masz jeszcze prywatnego linku do kalendarza.
account-calendar-secret = Każdy, kto ma ten link, może zobaczyć Twoje dyżury, więc zachowaj go dla siebie. Jeśli ktoś inny go zdobył, utwórz nowy: stary link od razu przestanie działać.
account-calendar-create = Utwórz mój prywatny link
account-calendar-replace = Utwórz nowy link
account-calendar-revoke = Wyłącz mój link
account-calendar-download = Pobierz moje dyżury jako plik kalendarza
account-data = Moje dane
account-data-intro = Pobierz wszystko, co ta platforma przechowuje o Tobie, w pliku, który mogą odczytać inne programy.
account-data-download = Pobierz moje dane
account-delete = Usuń moje konto
account-delete-intro = Twoje imię, adres e-mail i data urodzenia zostaną usunięte, a logowanie nie będzie już możliwe. Twoja pomoc dla innych pozostanie w historii, ale bez Twojego imienia. Tej operacji nie można cofnąć.
account-delete-submit = Usuń moje konto na zawsze

notice-welcome = Witaj! Twoje konto jest gotowe.
notice-signed-out = Wylogowano Cię. Do zobaczenia!
notice-account-deleted = Twoje konto zostało usunięte.
notice-password-changed = Twoje hasło zostało zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.
notice-language-changed = Zapisano wybrany język.
notice-token-revoked = Klucz został unieważniony.
notice-calendar-created = Twój prywatny link do kalendarza jest gotowy: skopiuj go teraz z sekcji Kalendarz.
notice-calendar-revoked = Twój prywatny link do kalendarza został wyłączony. Aplikacje kalendarza, które go używały, nie będą już otrzymywać Twoich dyżurów.

# Prywatny kanał kalendarza, odczytywany przez aplikacje kalendarza.
error-unknown-calendar-feed = Pod tym adresem nie ma kalendarza. Link mógł zostać wyłączony lub zastąpiony.
problem-host-missing = Żądanie nie określa, do której witryny jest skierowane (brakuje nagłówka Host lub ma on nieprawidłowy format).
account-birth-date = Data urodzenia
account-birth-date-submit = Zapisz datę urodzenia
notice-birth-date-saved = Twoja data urodzenia została zapisana.

## Imię, telefon i adres e-mail na stronie konta
account-details = Twoje imię i telefon
account-details-submit = Zapisz imię i telefon
field-phone = Numer telefonu (opcjonalnie)
field-phone-hint = Widzą go tylko koordynatorzy dyżurów, na które się zapiszesz, aby móc skontaktować się z Tobą w sprawie dyżuru.
notice-details-saved = Twoje imię i numer telefonu zostały zapisane.
account-email = Adres e-mail
account-email-current = Logujesz się adresem { $email }.
account-email-unconfirmed = Ten adres nie jest jeszcze potwierdzony. Otwórz link, który na niego wysłaliśmy: do tego czasu nie możemy wysyłać Ci żadnych wiadomości.
account-email-pending = Twój nowy adres { $email } czeka na potwierdzenie. Otwórz link, który tam wysłaliśmy; do tego czasu nadal logujesz się obecnym adresem.
account-email-resend = Wyślij link ponownie
account-email-have-code = Mam kod z e-maila
account-email-change = Zmień mój adres e-mail
account-email-how = Wyślemy link na nowy adres. Nowy adres zastąpi obecny dopiero wtedy, gdy otworzysz ten link.
field-new-email = Nowy adres e-mail
field-email-password = Twoje hasło (dla potwierdzenia)
account-email-submit = Wyślij link
notice-email-link-sent = Wysłaliśmy Ci link. Otwórz go w swojej skrzynce pocztowej, aby potwierdzić adres.
notice-email-confirmed = Twój adres e-mail jest potwierdzony.
banner-email-unconfirmed = Potwierdź swój adres e-mail { $email }: otwórz link, który Ci wysłaliśmy. Do tego czasu nie możemy wysyłać Ci żadnych wiadomości.
banner-email-unconfirmed-link = Nie dotarł?

## Potwierdzanie adresu linkiem z e-maila
email-confirm-title = Potwierdź swój adres e-mail
email-confirm-text = Czy { $email } to Twój adres? Naciśnij przycisk, aby go potwierdzić: Twoje konto będzie go używać do logowania i do wiadomości e-mail.
email-confirm-submit = Tak, potwierdzam mój adres
field-confirm-code = Kod z e-maila
field-confirm-code-hint = Wklej długi kod z e-maila, który Ci wysłaliśmy.
email-confirmed-title = Twój adres jest potwierdzony
email-confirmed-text = Od teraz wysyłamy Twoje wiadomości na adres { $email } i logujesz się tym adresem.
email-confirmed-continue = Dalej
email-confirm-expired-title = Ten link już nie działa
email-confirm-expired-text = Link do potwierdzenia adresu działa jeden raz, przez { $days } dni. Poproś o nowy na stronie swojego konta: to zajmie minutę.
email-confirm-ask-again = Poproś o nowy link
email-confirm-taken-title = Ten adres jest już używany
email-confirm-taken-text = Adresu { $email } używa teraz inne konto, więc nie może być także Twój. Twoje konto zachowuje dotychczasowy adres.

## E-mail z linkiem
mail-confirm-subject = Potwierdź swój adres e-mail
mail-confirm-body = Witamy w Entraide! Aby dostawać e-mailem wiadomości o swoich dyżurach i prośbach sąsiadów, potwierdź, że ten adres należy do Ciebie.
mail-confirm-new-body = Ten adres ma zostać przypisany do Twojego konta Entraide. Potwierdź go, aby logować się nim i dostawać tu swoje wiadomości.
mail-confirm-link = Aby go potwierdzić, otwórz ten link w ciągu 7 dni:
mail-confirm-code = Aby go potwierdzić, zaloguj się na stronie, otwórz „Moje konto”, wybierz „Mam kod z e-maila” i wklej ten kod w ciągu 7 dni:
mail-confirm-ignore = Jeśli to nie Ty o to prosisz, możesz zignorować tę wiadomość: nic się nie zmieni.
mail-confirm-footer = Otrzymujesz tę wiadomość, ponieważ ten adres podano dla konta w Entraide.

## Wiadomość na adres, którego konto już nie używa
mail-email-changed-subject = Twój adres e-mail został zmieniony
mail-email-changed-body = Twoje konto Entraide nie używa już adresu { $previous }: od teraz logujesz się adresem { $email } i tam trafiają Twoje wiadomości.
mail-email-changed-not-you = Jeśli to nie Ty, ktoś inny może korzystać z Twojego konta. Napisz od razu do zespołu swojej platformy: pomoże Ci je odzyskać.
mail-email-changed-footer = Otrzymujesz tę wiadomość, ponieważ ten adres należał do konta w Entraide.
