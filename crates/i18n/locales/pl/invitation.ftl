## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Zaproszenie: { $title }
mail-shift-invitation-body = Organizacja { $organisation } uważa, że Twoja pomoc bardzo by się przydała na dyżurze „{ $title }”, { $when }, i zaprasza Cię do udziału. Jeśli możesz, zapisz się na ten dyżur na jego stronie na platformie { $platform }. Jeśli nie możesz, nie musisz nic robić.
notification-shift-invitation = Organizacja { $organisation } zaprasza Cię na dyżur „{ $title }” ({ $when }).
mail-cover-needed-subject = Miejsce do obsadzenia: { $title }
mail-cover-needed-body = Ktoś w ostatniej chwili zrezygnował z dyżuru „{ $title }”, { $when }, a na liście oczekujących nie ma nikogo. Na stronie proponowanych osób na ten dyżur możesz jednym kliknięciem zaprosić osoby, które pasują.
notification-cover-needed = Po rezygnacji w ostatniej chwili zwolniło się miejsce na dyżurze „{ $title }” ({ $when }): zobacz, kogo możesz zaprosić.
mail-open-link = Otwórz: { $link }
suggestion-invite = Zaproś
suggestion-notice-invited = Twoje zaproszenie jest w drodze. Zaproszone osoby nie są już tu wyświetlane.
error-taken-invitation = Ta osoba ma już zaproszenie na ten dyżur.
