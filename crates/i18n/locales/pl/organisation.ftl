# Organizacje.

organisation-new-title = Zarejestruj organizację
organisation-new-submit = Zarejestruj organizację
organisation-verified = Zweryfikowana
organisation-verify = Oznacz jako zweryfikowaną
organisation-unverify = Usuń oznaczenie weryfikacji
organisation-members = Członkowie
organisation-leave = Opuść
organisation-remove-member = Usuń
organisation-add-member = Dodaj członka
organisation-add-member-submit = Dodaj
field-organisation-name = Nazwa organizacji
field-organisation-kind = Rodzaj organizacji
field-organisation-description = Czym się zajmuje?
field-member-email = Adres e-mail tej osoby
field-member-email-hint = Ta osoba musi najpierw mieć konto w Entraide.
field-member-role = Rola
organisation-member-since = od { $date }
