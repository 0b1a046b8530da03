# Organisations.

organisation-new-title = Register an organisation
organisation-new-submit = Register the organisation
organisation-verified = Verified
organisation-verify = Mark as verified
organisation-unverify = Remove the verified mark
organisation-members = Members
organisation-leave = Leave
organisation-remove-member = Remove
organisation-add-member = Add a member
organisation-add-member-submit = Add
field-organisation-name = Name of the organisation
field-organisation-kind = Kind of organisation
field-organisation-description = What does it do?
field-member-email = Email address of the person
field-member-email-hint = They need an account on Entraide first.
field-member-role = Role
organisation-member-since = since { $date }
