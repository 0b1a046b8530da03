# Organizacije.

organisation-new-title = Registracija organizacije
organisation-new-submit = Registriraj organizacijo
organisation-verified = Preverjena
organisation-verify = Označi kot preverjeno
organisation-unverify = Odstrani oznako preverjenosti
organisation-members = Člani
organisation-leave = Izstopi
organisation-remove-member = Odstrani
organisation-add-member = Dodaj člana
organisation-add-member-submit = Dodaj
field-organisation-name = Ime organizacije
field-organisation-kind = Vrsta organizacije
field-organisation-description = S čim se ukvarja?
field-member-email = E-poštni naslov osebe
field-member-email-hint = Oseba mora najprej imeti račun na platformi Entraide.
field-member-role = Vloga
organisation-member-since = od { $date }
