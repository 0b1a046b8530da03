## Informacja o prywatności i regulamin platformy
policy-title = Informacja o prywatności i regulamin
policy-of = Informacja o prywatności i regulamin platformy { $platform }
policy-version = Wersja { $version }, opublikowana { $date }.
policy-standard-note = To jest tekst standardowy: zespół platformy nie napisał jeszcze własnego.
policy-accept = Znam i akceptuję informację o prywatności i regulamin platformy { $platform }
policy-read = Przeczytaj informację o prywatności i regulamin
sign-up-privacy = Przechowujemy Twoje imię i adres e-mail, aby prowadzić Twoje konto, i nigdy ich nikomu nie udostępniamy. Każda platforma pokazuje Ci swoją informację o prywatności i regulamin, zanim do niej dołączysz.
sign-up-join-accept = Dołącz też do platformy { $platform }, aby zapisywać się na jej działania. Akceptuję jej informację o prywatności i regulamin.
policy-edit-link = Edytuj informację o prywatności i regulamin
policy-edit-title = Edytuj informację o prywatności i regulamin
policy-edit-intro = Napisz tekst, który ludzie akceptują, gdy dołączają do platformy { $platform }, w każdym języku, w którym chcesz. Jeśli w danym języku nie ma tekstu, czytelnicy dostają tekst w języku platformy. Zapisanie publikuje nową wersję: akceptują ją osoby, które dołączą od tej chwili.
policy-edit-written = Napisano w językach: { $languages }.
policy-edit-choose = Pisz w tym języku
field-policy-language = Język
field-policy-body = Tekst
field-policy-body-hint = Oddzielaj akapity pustym wierszem. Zostaw puste, aby usunąć ten język.
policy-edit-save = Opublikuj tę wersję
notice-policy-published = Nowa wersja została opublikowana.
error-policy-not-accepted = Zaznacz to pole, aby dołączyć: oznacza ono, że akceptujesz informację o prywatności i regulamin.
error-taken-policy = W tej samej chwili opublikowano inną wersję. Spróbuj ponownie.

## Tekst standardowy, dopóki platforma nie napisze własnego
policy-standard-who = Platforma { $platform } prowadzi tę witrynę, aby sąsiedzi mogli sobie nawzajem pomagać i działać jako wolontariusze w lokalnych organizacjach. Oto, co o Tobie przechowujemy, kto to widzi, oraz kilka zasad, dzięki którym to miejsce jest bezpieczne.
policy-standard-kept = Co przechowujemy: Twoje imię, adres e-mail, hasło (wyłącznie w postaci, której nikt nie może odczytać) oraz to, co zechcesz dodać: numer telefonu, datę urodzenia, profil wolontariusza, zapisy na dyżury i godziny, prośby, oferty i wiadomości.
policy-standard-seen = Kto to widzi: inni widzą Twoje imię. Koordynatorzy dyżuru, na który się zapiszesz, widzą Twój adres e-mail i numer telefonu. Dokładny adres prośby o pomoc widzi tylko pomocnik, którego przyjmie osoba prosząca. Rozmowę czytają tylko dwie osoby, które ją prowadzą, oraz zespół platformy, gdy jedna z nich ją zgłosi.
policy-standard-never = Czego nigdy nie robimy: nie sprzedajemy ani nie przekazujemy Twoich danych, nie wyświetlamy reklam i nie wysyłamy Twojego adresu do innych serwisów. Wysyłamy Ci e-maile tylko w sprawie tego, co robisz tutaj.
policy-standard-rights = Twoje prawa: na stronie swojego konta możesz w każdej chwili pobrać wszystko, co o Tobie przechowujemy, poprawić to lub usunąć konto. Twoja dotychczasowa aktywność pozostaje wtedy w historii, ale bez Twojego imienia.
policy-standard-rules = Zasady: zachowuj się życzliwie i uczciwie, szanuj prywatność innych i nigdy nie proś o pieniądze za pomoc udzielaną tutaj. Zespół może ukryć to, co łamie te zasady, i zawiesić konta, które je łamią.
policy-standard-questions = Masz pytania? Zwróć się do zespołu platformy { $platform }.
