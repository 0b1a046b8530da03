# E-mails sobre inscrições e turnos. Variáveis: $name (o destinatário), $title (a
# oportunidade), $organisation, $when (dia e horas, já escritos à maneira do leitor),
# $position (lugar na lista de espera), $platform (o nome da plataforma).

mail-greeting = Olá, { $name },
mail-when = { $start } – { $end }
mail-place = Local: { $address }
mail-signature = Obrigado pela sua ajuda!
mail-footer = Recebe este e-mail porque se inscreveu num turno em { $platform }. Todas as suas notificações estão na sua conta.

mail-signup-confirmed-subject = Tem um lugar: { $title }
mail-signup-confirmed-body = O seu lugar em «{ $title }», com { $organisation }, está confirmado: { $when }. Se já não puder vir, cancele a sua inscrição, para que outra pessoa possa ficar com o seu lugar.

mail-signup-waitlisted-subject = Está na lista de espera: { $title }
mail-signup-waitlisted-body = «{ $title }», com { $organisation } ({ $when }), está de momento completo. É o número { $position } na lista de espera, e escrevemos-lhe assim que houver um lugar para si.

mail-signup-promoted-subject = Vagou um lugar para si: { $title }
mail-signup-promoted-body = Boas notícias: vagou um lugar, e é seu. A sua presença em «{ $title }», com { $organisation }, está agora confirmada: { $when }.

mail-signup-removed-subject = A sua inscrição foi removida: { $title }
mail-signup-removed-body = Os coordenadores de { $organisation } removeram a sua inscrição em «{ $title }» ({ $when }). Se acha que se trata de um erro, entre em contacto com eles.

mail-shift-changed-subject = Novo horário para { $title }
mail-shift-changed-body = O turno em que se inscreveu, «{ $title }» com { $organisation }, foi alterado. Passa a ser: { $when }. Se já não lhe convier, cancele a sua inscrição.

mail-shift-cancelled-subject = Cancelado: { $title }
mail-shift-cancelled-body = { $organisation } cancelou o turno de «{ $title }» previsto para { $when }. Não precisa de vir. Obrigado pela sua disponibilidade para ajudar.

mail-shift-reminder-subject = Lembrete: { $title }
mail-shift-reminder-body = Um lembrete amigável: contamos consigo em «{ $title }», com { $organisation }, { $when }. Se afinal não puder vir, cancele a sua inscrição para que outra pessoa possa ficar com o seu lugar.

## Ajuda entre vizinhos. Nunca a morada: um e-mail pode ser lido em qualquer lado.
mail-help-signature = Obrigado por ser um bom vizinho!
mail-help-footer = Recebe este e-mail porque participa na ajuda entre vizinhos em { $platform }. Todas as suas notificações estão na sua conta.
mail-offer-received-subject = Alguém se ofereceu para ajudar: { $title }
mail-offer-received-body = Um vizinho ofereceu-se para ajudar no seu pedido «{ $title }». Abra o pedido para ler a mensagem e aceite a oferta, se lhe convier.
mail-offer-accepted-subject = A sua oferta foi aceite: { $title }
mail-offer-accepted-body = Boas notícias: a sua oferta para ajudar em «{ $title }» foi aceite ({ $when }). Já pode ver a morada e escrever à pessoa na conversa do pedido.
mail-offer-declined-subject = Obrigado pela sua oferta: { $title }
mail-offer-declined-body = Obrigado por se ter oferecido para ajudar em «{ $title }». Desta vez o pedido foi resolvido de outra forma, por isso a sua ajuda não é necessária. A sua bondade não passa despercebida: outros vizinhos estão a pedir ajuda, e esperamos que encontre um a quem possa ajudar.
mail-request-nearby-subject = Um vizinho perto de si precisa de ajuda: { $title }
mail-request-nearby-body = Um novo pedido corresponde ao que disse que pode fazer: «{ $title }» ({ $when }). Abra-o para saber mais e ofereça a sua ajuda, se puder.
mail-help-thanked-subject = Um agradecimento por «{ $title }»
mail-help-thanked-body = A pessoa que ajudou, ou que o ajudou, em «{ $title }» deixou-lhe uma nota. Abra o pedido para a ler.
mail-moderation-warning-subject = Uma mensagem da equipa de { $platform }
mail-moderation-warning-body = A equipa que gere { $platform } leu o que escreveu e pede-lhe que mude a forma como participa. O motivo: { $reason }. Se isto voltar a acontecer, a sua conta pode ser suspensa.
mail-open-this = Pode abri-lo aqui:
mail-message-received-subject = { $from } escreveu-lhe sobre «{ $title }»
mail-message-received-body = { $count ->
    [one] { $from } enviou-lhe uma mensagem sobre «{ $title }». Leia-a e responda em { $platform }.
    [many] { $from } enviou-lhe { $count } de novas mensagens sobre «{ $title }». Leia-as e responda em { $platform }.
   *[other] { $from } enviou-lhe { $count } novas mensagens sobre «{ $title }». Leia-as e responda em { $platform }.
}
