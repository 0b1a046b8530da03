# Organizações.

organisation-new-title = Registar uma organização
organisation-new-submit = Registar a organização
organisation-verified = Verificada
organisation-verify = Marcar como verificada
organisation-unverify = Retirar a marca de verificada
organisation-members = Membros
organisation-leave = Sair
organisation-remove-member = Remover
organisation-add-member = Adicionar um membro
organisation-add-member-submit = Adicionar
field-organisation-name = Nome da organização
field-organisation-kind = Tipo de organização
field-organisation-description = O que faz?
field-member-email = Endereço de e-mail da pessoa
field-member-email-hint = A pessoa tem de ter primeiro uma conta no Entraide.
field-member-role = Função
organisation-member-since = desde { $date }
