# Powiadomienia w aplikacji oraz strona skrzynki nadawczej dla osób prowadzących platformę.

nav-notifications = Powiadomienia
nav-notifications-unread = { $count ->
    [one] 1 nieprzeczytane
    [few] { $count } nieprzeczytane
    [many] { $count } nieprzeczytanych
   *[other] { $count } nieprzeczytanego
}

notifications-title = Powiadomienia
notifications-intro = Co działo się z Twoimi zapisami i dyżurami, od najnowszych.
notifications-empty = Na razie nic. Gdy coś zmieni się w Twoich zapisach, znajdziesz to tutaj.
notifications-new = Nowe

notification-signup-confirmed = Twoje miejsce na dyżurze „{ $title }” ({ $when }) jest potwierdzone.
notification-signup-waitlisted = Masz numer { $position } na liście oczekujących na dyżur „{ $title }” ({ $when }).
notification-signup-promoted = Zwolniło się miejsce: Twój udział w dyżurze „{ $title }” ({ $when }) jest teraz potwierdzony.
notification-signup-removed = Koordynatorzy usunęli Twój zapis na dyżur „{ $title }” ({ $when }).
notification-shift-changed = Dyżur „{ $title }” został zmieniony. Nowy termin: { $when }.
notification-shift-cancelled = Dyżur „{ $title }” ({ $when }) został odwołany.
notification-shift-reminder = Przypomnienie: czekamy na Ciebie na dyżurze „{ $title }”, { $when }.
notification-other = Coś zmieniło się w Twoich zapisach.

outbox-title = Skrzynka nadawcza
outbox-intro = Każda wiadomość wysyłana przez { $platform } jest tu przechowywana. Wiadomości oznaczone jako „nie wysłano” czekają, bo nie skonfigurowano serwera poczty: przeczytaj je tutaj i w razie potrzeby przekaż dalej.
outbox-empty = Na razie brak wiadomości.
outbox-to = Do
outbox-written = Napisano
outbox-status = Stan
outbox-sent = Wysłano
outbox-not-sent = Nie wysłano
outbox-read = Przeczytaj wiadomość
notification-offer-received = Ktoś zaoferował pomoc przy „{ $title }”.
notification-offer-accepted = Twoja oferta pomocy przy „{ $title }” została przyjęta.
notification-offer-declined = Dziękujemy za zaoferowanie pomocy przy „{ $title }”: tym razem sprawa została załatwiona inaczej.
notification-request-nearby = Sąsiad w pobliżu potrzebuje pomocy: „{ $title }”.
notification-help-thanked = Otrzymujesz podziękowanie za „{ $title }”.
notification-moderation-warning = Zespół { $platform } wysłał Ci ostrzeżenie: { $reason }
outbox-filter-recipient = Adres odbiorcy
outbox-filter-submit = Pokaż
outbox-state-all = Wszystkie wiadomości
outbox-none-match = Żadna wiadomość nie pasuje. Spróbuj części adresu albo wszystkich wiadomości.
outbox-older = Starsze wiadomości
outbox-site-title = Wiadomości o kontach
outbox-site-intro = Wiadomości dotyczące samych kont, na przykład link do wyboru nowego hasła, nie należą do żadnej platformy. Bez serwera poczty czekają tutaj. Link w takiej wiadomości otwiera konto, dla którego ją napisano: przekaż go tylko właścicielowi tego konta.
error-outbox-state-unknown = Wybierz wszystkie wiadomości, wysłane albo niewysłane.
outbox-filters = Znajdź wiadomość
notification-message-received = { $count ->
    [one] { $from } pisze do Ciebie w sprawie „{ $title }”: masz nową wiadomość.
    [few] { $from } pisze do Ciebie w sprawie „{ $title }”: masz { $count } nowe wiadomości.
    [many] { $from } pisze do Ciebie w sprawie „{ $title }”: masz { $count } nowych wiadomości.
   *[other] { $from } pisze do Ciebie w sprawie „{ $title }”: masz { $count } nowej wiadomości.
}
