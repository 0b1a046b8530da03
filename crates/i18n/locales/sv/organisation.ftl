# Organisationer.

organisation-new-title = Registrera en organisation
organisation-new-submit = Registrera organisationen
organisation-verified = Verifierad
organisation-verify = Markera som verifierad
organisation-unverify = Ta bort markeringen som verifierad
organisation-members = Medlemmar
organisation-leave = Lämna
organisation-remove-member = Ta bort
organisation-add-member = Lägg till en medlem
organisation-add-member-submit = Lägg till
field-organisation-name = Organisationens namn
field-organisation-kind = Typ av organisation
field-organisation-description = Vad gör den?
field-member-email = Personens e-postadress
field-member-email-hint = Personen behöver först ett konto på Entraide.
field-member-role = Roll
organisation-member-since = sedan { $date }
