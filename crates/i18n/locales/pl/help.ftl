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
