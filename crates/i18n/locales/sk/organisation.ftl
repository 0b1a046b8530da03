# Organizácie.

organisation-new-title = Registrácia organizácie
organisation-new-submit = Zaregistrovať organizáciu
organisation-verified = Overená
organisation-verify = Označiť ako overenú
organisation-unverify = Odstrániť označenie overenia
organisation-members = Členovia
organisation-leave = Odísť
organisation-remove-member = Odstrániť
organisation-add-member = Pridať člena
organisation-add-member-submit = Pridať
field-organisation-name = Názov organizácie
field-organisation-kind = Typ organizácie
field-organisation-description = Čomu sa venuje?
field-member-email = E-mailová adresa osoby
field-member-email-hint = Táto osoba musí mať najprv účet v Entraide.
field-member-role = Rola
organisation-member-since = od { $date }
