# Wiadomości o zapisach i dyżurach. Zmienne: $name (odbiorca), $title (oferta),
# $organisation, $when (dzień i godziny, już zapisane tak, jak przywykł czytelnik),
# $position (miejsce na liście oczekujących), $platform (nazwa platformy).

mail-greeting = Witaj, { $name },
mail-when = { $start } – { $end }
mail-place = Miejsce: { $address }
mail-signature = Dziękujemy za Twoją pomoc!
mail-footer = Otrzymujesz tę wiadomość, ponieważ masz zapis na dyżur na platformie { $platform }. Wszystkie Twoje powiadomienia znajdziesz na swoim koncie.

mail-signup-confirmed-subject = Masz miejsce: { $title }
mail-signup-confirmed-body = Twoje miejsce na dyżurze „{ $title }” w organizacji { $organisation } jest potwierdzone: { $when }. Jeśli nie możesz już przyjść, anuluj swój zapis, aby ktoś inny mógł zająć Twoje miejsce.

mail-signup-waitlisted-subject = Jesteś na liście oczekujących: { $title }
mail-signup-waitlisted-body = Na dyżurze „{ $title }” w organizacji { $organisation } ({ $when }) na razie nie ma wolnych miejsc. Masz numer { $position } na liście oczekujących i napiszemy do Ciebie, gdy tylko zwolni się dla Ciebie miejsce.

mail-signup-promoted-subject = Zwolniło się dla Ciebie miejsce: { $title }
mail-signup-promoted-body = Dobra wiadomość: zwolniło się miejsce i jest Twoje. Twój udział w dyżurze „{ $title }” w organizacji { $organisation } jest teraz potwierdzony: { $when }.

mail-signup-removed-subject = Twój zapis został usunięty: { $title }
mail-signup-removed-body = Koordynatorzy organizacji { $organisation } usunęli Twój zapis na dyżur „{ $title }” ({ $when }). Jeśli uważasz, że to pomyłka, skontaktuj się z nimi.

mail-shift-changed-subject = Nowy termin: { $title }
mail-shift-changed-body = Dyżur „{ $title }” w organizacji { $organisation }, na który masz zapis, został zmieniony. Nowy termin: { $when }. Jeśli już Ci nie pasuje, anuluj swój zapis.

mail-shift-cancelled-subject = Odwołano: { $title }
mail-shift-cancelled-body = Organizacja { $organisation } odwołała dyżur „{ $title }” zaplanowany na { $when }. Nie musisz przychodzić. Dziękujemy za gotowość do pomocy.

mail-shift-reminder-subject = Przypomnienie: { $title }
mail-shift-reminder-body = Przyjazne przypomnienie: czekamy na Ciebie na dyżurze „{ $title }” w organizacji { $organisation }, { $when }. Jeśli jednak nie możesz przyjść, anuluj swój zapis, aby ktoś inny mógł zająć Twoje miejsce.

## Pomoc sąsiedzka. Nigdy adresu: wiadomość może zostać przeczytana wszędzie.
mail-help-signature = Dziękujemy, że jesteś dobrym sąsiadem!
mail-help-footer = Otrzymujesz tę wiadomość, ponieważ bierzesz udział w pomocy sąsiedzkiej na platformie { $platform }. Wszystkie Twoje powiadomienia znajdziesz na swoim koncie.
mail-offer-received-subject = Ktoś zaoferował pomoc: { $title }
mail-offer-received-body = Sąsiad zaoferował pomoc przy Twojej prośbie „{ $title }”. Otwórz prośbę, aby przeczytać jego wiadomość, i przyjmij ofertę, jeśli Ci odpowiada.
mail-offer-accepted-subject = Twoja oferta została przyjęta: { $title }
mail-offer-accepted-body = Dobra wiadomość: Twoja oferta pomocy przy „{ $title }” została przyjęta ({ $when }). Teraz widzisz adres i możesz pisać do tej osoby w rozmowie przy prośbie.
mail-offer-declined-subject = Dziękujemy za Twoją ofertę: { $title }
mail-offer-declined-body = Dziękujemy za zaoferowanie pomocy przy „{ $title }”. Tym razem prośba została załatwiona w inny sposób, więc Twoja pomoc nie jest przy niej potrzebna. Twoja życzliwość nie umknęła naszej uwadze: inni sąsiedzi proszą o pomoc i mamy nadzieję, że znajdziesz kogoś, komu możesz pomóc.
mail-request-nearby-subject = Sąsiad w pobliżu potrzebuje pomocy: { $title }
mail-request-nearby-body = Nowa prośba pasuje do tego, w czym możesz pomóc: „{ $title }” ({ $when }). Otwórz ją, aby dowiedzieć się więcej, i zaoferuj pomoc, jeśli możesz.
mail-help-thanked-subject = Podziękowanie za „{ $title }”
mail-help-thanked-body = Osoba, z którą łączy Cię pomoc przy „{ $title }”, zostawiła Ci wiadomość. Otwórz prośbę, aby ją przeczytać.
mail-moderation-warning-subject = Wiadomość od zespołu { $platform }
mail-moderation-warning-body = Zespół prowadzący platformę { $platform } przeczytał Twoje wpisy i prosi Cię o zmianę sposobu, w jaki bierzesz udział. Powód: { $reason }. Jeśli to się powtórzy, Twoje konto może zostać zawieszone.
mail-open-this = Otwórz tutaj:
mail-message-received-subject = { $from } pisze do Ciebie w sprawie „{ $title }”
mail-message-received-body = { $count ->
    [one] { $from } pisze do Ciebie w sprawie „{ $title }”: masz nową wiadomość. Przeczytaj ją i odpowiedz na platformie { $platform }.
    [few] { $from } pisze do Ciebie w sprawie „{ $title }”: masz { $count } nowe wiadomości. Przeczytaj je i odpowiedz na platformie { $platform }.
    [many] { $from } pisze do Ciebie w sprawie „{ $title }”: masz { $count } nowych wiadomości. Przeczytaj je i odpowiedz na platformie { $platform }.
   *[other] { $from } pisze do Ciebie w sprawie „{ $title }”: masz { $count } nowej wiadomości. Przeczytaj je i odpowiedz na platformie { $platform }.
}
