## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = En invitation: { $title }
mail-shift-invitation-body = { $organisation } mener, at du ville være en stor hjælp til { $title }, { $when }, og inviterer dig til at komme. Hvis du kan, så tilmeld dig vagten på dens side på { $platform }. Hvis du ikke kan, behøver du ikke at gøre noget.
notification-shift-invitation = { $organisation } inviterer dig til { $title } ({ $when }).
mail-cover-needed-subject = En ledig plads: { $title }
mail-cover-needed-body = Nogen har meldt afbud i sidste øjeblik til { $title }, { $when }, og der er ingen på ventelisten. På vagtens side med foreslåede personer kan du invitere egnede personer med ét klik.
notification-cover-needed = Et afbud i sidste øjeblik har givet en ledig plads til { $title } ({ $when }): se, hvem du kunne invitere.
mail-open-link = Åbn: { $link }
suggestion-invite = Invitér
suggestion-notice-invited = Din invitation er på vej. Inviterede personer vises ikke længere her.
error-taken-invitation = Denne person er allerede inviteret til denne vagt.
