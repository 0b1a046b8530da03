# Organisaatiot.

organisation-new-title = Rekisteröi organisaatio
organisation-new-submit = Rekisteröi organisaatio
organisation-verified = Vahvistettu
organisation-verify = Merkitse vahvistetuksi
organisation-unverify = Poista vahvistusmerkintä
organisation-members = Jäsenet
organisation-leave = Eroa
organisation-remove-member = Poista
organisation-add-member = Lisää jäsen
organisation-add-member-submit = Lisää
field-organisation-name = Organisaation nimi
field-organisation-kind = Organisaation tyyppi
field-organisation-description = Mitä se tekee?
field-member-email = Henkilön sähköpostiosoite
field-member-email-hint = Henkilöllä on oltava ensin Entraide-tili.
field-member-role = Rooli
organisation-member-since = { $date } alkaen
