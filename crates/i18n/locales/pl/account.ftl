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
