## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Pozivnica: { $title }
mail-shift-invitation-body = Organizacija { $organisation } smatra da biste bili od velike pomoći u smjeni „{ $title }“ ({ $when }) i poziva vas da dođete. Ako možete, prijavite se za ovu smjenu na njezinoj stranici na platformi { $platform }. Ako ne možete, ne trebate ništa učiniti.
notification-shift-invitation = Organizacija { $organisation } poziva vas u smjenu „{ $title }“ ({ $when }).
mail-cover-needed-subject = Slobodno mjesto: { $title }
mail-cover-needed-body = Netko je u zadnji čas otkazao prijavu za smjenu „{ $title }“ ({ $when }), a na listi čekanja nema nikoga. Na stranici predloženih osoba za ovu smjenu možete jednim klikom pozvati osobe koje odgovaraju.
notification-cover-needed = Zbog otkazivanja u zadnji čas u smjeni „{ $title }“ ({ $when }) ostalo je slobodno mjesto: pogledajte koga biste mogli pozvati.
mail-open-link = Otvori: { $link }
suggestion-invite = Pozovi
suggestion-notice-invited = Vaša je pozivnica poslana. Pozvane osobe više se ne prikazuju ovdje.
error-taken-invitation = Ta je osoba već pozvana u ovu smjenu.
