## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Pozvánka: { $title }
mail-shift-invitation-body = Organizace { $organisation } si myslí, že byste byli velkou pomocí na směně „{ $title }“ ({ $when }), a zve vás, abyste přišli. Pokud můžete, přihlaste se na tuto směnu na její stránce na platformě { $platform }. Pokud nemůžete, nemusíte nic dělat.
notification-shift-invitation = Organizace { $organisation } vás zve na směnu „{ $title }“ ({ $when }).
mail-cover-needed-subject = Místo k obsazení: { $title }
mail-cover-needed-body = Někdo na poslední chvíli zrušil přihlášku na směnu „{ $title }“ ({ $when }) a na čekací listině nikdo není. Na stránce navržených lidí pro tuto směnu můžete jedním kliknutím pozvat vhodné lidi.
notification-cover-needed = Kvůli zrušení na poslední chvíli je na směně „{ $title }“ ({ $when }) volné místo: podívejte se, koho byste mohli pozvat.
mail-open-link = Otevřít: { $link }
suggestion-invite = Pozvat
suggestion-notice-invited = Vaše pozvánka je na cestě. Pozvaní lidé už zde nejsou uvedeni.
error-taken-invitation = Tento člověk už je na tuto směnu pozván.
