# Organisatsioonid.

organisation-new-title = Registreeri organisatsioon
organisation-new-submit = Registreeri organisatsioon
organisation-verified = Kinnitatud
organisation-verify = Märgi kinnitatuks
organisation-unverify = Eemalda kinnitusmärge
organisation-members = Liikmed
organisation-leave = Lahku
organisation-remove-member = Eemalda
organisation-add-member = Lisa liige
organisation-add-member-submit = Lisa
field-organisation-name = Organisatsiooni nimi
field-organisation-kind = Organisatsiooni liik
field-organisation-description = Millega see tegeleb?
field-member-email = Inimese e-posti aadress
field-member-email-hint = Inimesel peab kõigepealt olema Entraide'i konto.
field-member-role = Roll
organisation-member-since = alates { $date }
