# Organisationer.

organisation-new-title = Registrer en organisation
organisation-new-submit = Registrer organisationen
organisation-verified = Verificeret
organisation-verify = Markér som verificeret
organisation-unverify = Fjern markeringen som verificeret
organisation-members = Medlemmer
organisation-leave = Forlad
organisation-remove-member = Fjern
organisation-add-member = Tilføj et medlem
organisation-add-member-submit = Tilføj
field-organisation-name = Organisationens navn
field-organisation-kind = Organisationstype
field-organisation-description = Hvad laver den?
field-member-email = Personens e-mailadresse
field-member-email-hint = Personen skal først have en konto på Entraide.
field-member-role = Rolle
organisation-member-since = siden { $date }
