# Organizacijos.

organisation-new-title = Organizacijos registravimas
organisation-new-submit = Užregistruoti organizaciją
organisation-verified = Patvirtinta
organisation-verify = Pažymėti kaip patvirtintą
organisation-unverify = Pašalinti patvirtinimo žymą
organisation-members = Nariai
organisation-leave = Išstoti
organisation-remove-member = Pašalinti
organisation-add-member = Pridėti narį
organisation-add-member-submit = Pridėti
field-organisation-name = Organizacijos pavadinimas
field-organisation-kind = Organizacijos tipas
field-organisation-description = Kuo ji užsiima?
field-member-email = Asmens el. pašto adresas
field-member-email-hint = Šis asmuo pirmiausia turi turėti Entraide paskyrą.
field-member-role = Vaidmuo
organisation-member-since = nuo { $date }
