# Organizācijas.

organisation-new-title = Organizācijas reģistrēšana
organisation-new-submit = Reģistrēt organizāciju
organisation-verified = Pārbaudīta
organisation-verify = Atzīmēt kā pārbaudītu
organisation-unverify = Noņemt pārbaudes atzīmi
organisation-members = Dalībnieki
organisation-leave = Izstāties
organisation-remove-member = Noņemt
organisation-add-member = Pievienot dalībnieku
organisation-add-member-submit = Pievienot
field-organisation-name = Organizācijas nosaukums
field-organisation-kind = Organizācijas veids
field-organisation-description = Ar ko tā nodarbojas?
field-member-email = Personas e-pasta adrese
field-member-email-hint = Šai personai vispirms jābūt Entraide kontam.
field-member-role = Loma
organisation-member-since = kopš { $date }
