# Organizații.

organisation-new-title = Înregistrarea unei organizații
organisation-new-submit = Înregistrați organizația
organisation-verified = Verificată
organisation-verify = Marcați ca verificată
organisation-unverify = Eliminați marcajul de verificare
organisation-members = Membri
organisation-leave = Părăsiți
organisation-remove-member = Eliminați
organisation-add-member = Adăugați un membru
organisation-add-member-submit = Adăugați
field-organisation-name = Numele organizației
field-organisation-kind = Tipul organizației
field-organisation-description = Cu ce se ocupă?
field-member-email = Adresa de e-mail a persoanei
field-member-email-hint = Persoana trebuie să aibă mai întâi un cont pe Entraide.
field-member-role = Rol
organisation-member-since = din { $date }
