# Organisationen.

organisation-new-title = Organisation registrieren
organisation-new-submit = Organisation registrieren
organisation-verified = Verifiziert
organisation-verify = Als verifiziert markieren
organisation-unverify = Markierung „verifiziert“ entfernen
organisation-members = Mitglieder
organisation-leave = Verlassen
organisation-remove-member = Entfernen
organisation-add-member = Mitglied hinzufügen
organisation-add-member-submit = Hinzufügen
field-organisation-name = Name der Organisation
field-organisation-kind = Art der Organisation
field-organisation-description = Was macht sie?
field-member-email = E-Mail-Adresse der Person
field-member-email-hint = Die Person braucht zuerst ein Konto bei Entraide.
field-member-role = Rolle
organisation-member-since = seit { $date }
