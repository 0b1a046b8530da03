# Eagraíochtaí.

organisation-new-title = Cláraigh eagraíocht
organisation-new-submit = Cláraigh an eagraíocht
organisation-verified = Fíoraithe
organisation-verify = Marcáil mar fhíoraithe
organisation-unverify = Bain an marc fíoraithe
organisation-members = Baill
organisation-leave = Fág
organisation-remove-member = Bain
organisation-add-member = Cuir ball leis
organisation-add-member-submit = Cuir leis
field-organisation-name = Ainm na heagraíochta
field-organisation-kind = Cineál eagraíochta
field-organisation-description = Cad a dhéanann sí?
field-member-email = Seoladh ríomhphoist an duine
field-member-email-hint = Ní mór cuntas a bheith acu ar Entraide ar dtús.
field-member-role = Ról
organisation-member-since = ó { $date }
