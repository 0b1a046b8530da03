# Organizzazzjonijiet.

organisation-new-title = Irreġistra organizzazzjoni
organisation-new-submit = Irreġistra l-organizzazzjoni
organisation-verified = Ivverifikata
organisation-verify = Immarka bħala vverifikata
organisation-unverify = Neħħi l-marka ta' verifika
organisation-members = Membri
organisation-leave = Itlaq
organisation-remove-member = Neħħi
organisation-add-member = Żid membru
organisation-add-member-submit = Żid
field-organisation-name = Isem l-organizzazzjoni
field-organisation-kind = Tip ta' organizzazzjoni
field-organisation-description = X'tagħmel?
field-member-email = L-indirizz elettroniku tal-persuna
field-member-email-hint = Il-persuna trid ikollha kont fuq Entraide l-ewwel.
field-member-role = Rwol
organisation-member-since = minn { $date }
