# Organizaciones.

organisation-new-title = Registrar una organización
organisation-new-submit = Registrar la organización
organisation-verified = Verificada
organisation-verify = Marcar como verificada
organisation-unverify = Quitar la marca de verificada
organisation-members = Miembros
organisation-leave = Salir
organisation-remove-member = Quitar
organisation-add-member = Añadir un miembro
organisation-add-member-submit = Añadir
field-organisation-name = Nombre de la organización
field-organisation-kind = Tipo de organización
field-organisation-description = ¿A qué se dedica?
field-member-email = Correo electrónico de la persona
field-member-email-hint = Primero necesita una cuenta en Entraide.
field-member-role = Rol
organisation-member-since = desde el { $date }
