# Szervezetek.

organisation-new-title = Szervezet regisztrálása
organisation-new-submit = A szervezet regisztrálása
organisation-verified = Ellenőrzött
organisation-verify = Megjelölés ellenőrzöttként
organisation-unverify = Az ellenőrzött jelölés eltávolítása
organisation-members = Tagok
organisation-leave = Kilépés
organisation-remove-member = Eltávolítás
organisation-add-member = Tag hozzáadása
organisation-add-member-submit = Hozzáadás
field-organisation-name = A szervezet neve
field-organisation-kind = A szervezet típusa
field-organisation-description = Mivel foglalkozik?
field-member-email = A személy e-mail-címe
field-member-email-hint = A személynek előbb fiókkal kell rendelkeznie az Entraide-en.
field-member-role = Szerepkör
organisation-member-since = { $date } óta
