# Organizace.

organisation-new-title = Registrace organizace
organisation-new-submit = Zaregistrovat organizaci
organisation-verified = Ověřená
organisation-verify = Označit jako ověřenou
organisation-unverify = Odebrat označení ověření
organisation-members = Členové
organisation-leave = Odejít
organisation-remove-member = Odebrat
organisation-add-member = Přidat člena
organisation-add-member-submit = Přidat
field-organisation-name = Název organizace
field-organisation-kind = Typ organizace
field-organisation-description = Čím se zabývá?
field-member-email = E-mailová adresa osoby
field-member-email-hint = Tato osoba musí mít nejdřív účet v Entraide.
field-member-role = Role
organisation-member-since = od { $date }
