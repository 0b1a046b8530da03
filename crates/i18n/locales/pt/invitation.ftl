## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Um convite: { $title }
mail-shift-invitation-body = { $organisation } acha que seria uma grande ajuda em «{ $title }», { $when }, e gostaria de contar consigo. Se puder, inscreva-se neste turno na respetiva página em { $platform }. Se não puder, não precisa de fazer nada.
notification-shift-invitation = { $organisation } deixa-lhe um convite para «{ $title }» ({ $when }).
mail-cover-needed-subject = Um lugar por preencher: { $title }
mail-cover-needed-body = Alguém cancelou à última hora a inscrição em «{ $title }», { $when }, e não há ninguém na lista de espera. Na página de pessoas sugeridas para o turno, pode convidar com um clique as pessoas adequadas.
notification-cover-needed = Um cancelamento de última hora deixou um lugar livre em «{ $title }» ({ $when }): veja quem poderia convidar.
mail-open-link = Abrir: { $link }
suggestion-invite = Convidar
suggestion-notice-invited = O seu convite foi enviado. As pessoas convidadas deixam de aparecer aqui.
error-taken-invitation = Esta pessoa já foi convidada para este turno.
