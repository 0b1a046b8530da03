## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = En inbjudan: { $title }
mail-shift-invitation-body = { $organisation } tror att du skulle vara till stor hjälp på { $title }, { $when }, och bjuder in dig att komma. Om du kan, anmäl dig till passet på dess sida på { $platform }. Om du inte kan behöver du inte göra något.
notification-shift-invitation = { $organisation } bjuder in dig till { $title } ({ $when }).
mail-cover-needed-subject = En plats att fylla: { $title }
mail-cover-needed-body = Någon avbokade sent till { $title }, { $when }, och ingen står på väntelistan. På passets sida med föreslagna personer kan du bjuda in personer som passar, med ett klick.
notification-cover-needed = En sen avbokning lämnade en ledig plats på { $title } ({ $when }): se vem du kan bjuda in.
mail-open-link = Öppna: { $link }
suggestion-invite = Bjud in
suggestion-notice-invited = Din inbjudan är på väg. Inbjudna personer visas inte längre här.
error-taken-invitation = Den här personen är redan inbjuden till det här passet.
