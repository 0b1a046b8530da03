## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Pozvánka: { $title }
mail-shift-invitation-body = Organizácia { $organisation } si myslí, že by ste boli veľkou pomocou na termíne „{ $title }“, { $when }, a pozýva vás. Ak môžete, zapíšte sa na tento termín na jeho stránke na platforme { $platform }. Ak nemôžete, nemusíte nič robiť.
notification-shift-invitation = Organizácia { $organisation } vás pozýva na termín „{ $title }“ ({ $when }).
mail-cover-needed-subject = Treba obsadiť miesto: { $title }
mail-cover-needed-body = Niekto na poslednú chvíľu zrušil prihlášku na termín „{ $title }“, { $when }, a na čakacej listine nie je nikto. Na stránke navrhovaných osôb pre tento termín môžete jedným kliknutím pozvať vhodných ľudí.
notification-cover-needed = Po neskorom zrušení sa uvoľnilo miesto na termíne „{ $title }“ ({ $when }): pozrite sa, koho by ste mohli pozvať.
mail-open-link = Otvoriť: { $link }
suggestion-invite = Pozvať
suggestion-notice-invited = Vaša pozvánka je na ceste. Pozvané osoby sa tu už nezobrazujú.
error-taken-invitation = Táto osoba už je na tento termín pozvaná.
