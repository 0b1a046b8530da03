# Organizacije.

organisation-new-title = Registracija organizacije
organisation-new-submit = Registriraj organizaciju
organisation-verified = Provjerena
organisation-verify = Označi kao provjerenu
organisation-unverify = Ukloni oznaku provjere
organisation-members = Članovi
organisation-leave = Napusti
organisation-remove-member = Ukloni
organisation-add-member = Dodaj člana
organisation-add-member-submit = Dodaj
field-organisation-name = Naziv organizacije
field-organisation-kind = Vrsta organizacije
field-organisation-description = Čime se bavi?
field-member-email = Adresa e-pošte osobe
field-member-email-hint = Osoba najprije mora imati račun na platformi Entraide.
field-member-role = Uloga
organisation-member-since = od { $date }
