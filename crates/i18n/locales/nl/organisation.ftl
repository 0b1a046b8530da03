# Organisaties.

organisation-new-title = Een organisatie registreren
organisation-new-submit = Organisatie registreren
organisation-verified = Geverifieerd
organisation-verify = Als geverifieerd markeren
organisation-unverify = Markering als geverifieerd weghalen
organisation-members = Leden
organisation-leave = Verlaten
organisation-remove-member = Verwijderen
organisation-add-member = Een lid toevoegen
organisation-add-member-submit = Toevoegen
field-organisation-name = Naam van de organisatie
field-organisation-kind = Soort organisatie
field-organisation-description = Wat doet de organisatie?
field-member-email = E-mailadres van de persoon
field-member-email-hint = Die persoon heeft eerst een account op Entraide nodig.
field-member-role = Rol
organisation-member-since = sinds { $date }
