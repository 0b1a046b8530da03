## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Meghívó: { $title }
mail-shift-invitation-body = A szervezet ({ $organisation }) úgy gondolja, hogy Ön nagy segítség lenne ezen a műszakon: { $title }, { $when }, és szeretettel meghívja. Ha teheti, jelentkezzen erre a műszakra a műszak oldalán, itt: { $platform }. Ha nem tud eljönni, nincs semmi teendője.
notification-shift-invitation = A szervezet ({ $organisation }) meghívja Önt: { $title } ({ $when }).
mail-cover-needed-subject = Betöltendő hely: { $title }
mail-cover-needed-body = Valaki az utolsó pillanatban lemondta a jelentkezését: { $title }, { $when }, és a várólistán nincs senki. A műszakhoz javasolt személyek oldalán egyetlen kattintással meghívhatja a megfelelő személyeket.
notification-cover-needed = Egy utolsó pillanatban történt lemondás miatt szabad hely maradt: { $title } ({ $when }). Nézze meg, kit hívhatna meg.
mail-open-link = Megnyitás: { $link }
suggestion-invite = Meghívás
suggestion-notice-invited = A meghívóját elküldtük. A meghívott személyek már nem szerepelnek itt.
error-taken-invitation = Ezt a személyt már meghívták erre a műszakra.
