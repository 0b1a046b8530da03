# Notificações na aplicação e a página da caixa de saída para quem gere uma plataforma.

nav-notifications = Notificações
nav-notifications-unread = { $count ->
    [one] { $count } por ler
    [many] { $count } por ler
   *[other] { $count } por ler
}

notifications-title = Notificações
notifications-intro = O que aconteceu às suas inscrições e turnos, do mais recente para o mais antigo.
notifications-empty = Ainda não há nada. Quando algo mudar nas suas inscrições, vai encontrá-lo aqui.
notifications-new = Nova

notification-signup-confirmed = O seu lugar em «{ $title }» ({ $when }) está confirmado.
notification-signup-waitlisted = É o número { $position } na lista de espera de «{ $title }» ({ $when }).
notification-signup-promoted = Vagou um lugar: a sua presença em «{ $title }» ({ $when }) está agora confirmada.
notification-signup-removed = Os coordenadores removeram a sua inscrição em «{ $title }» ({ $when }).
notification-shift-changed = O turno de «{ $title }» foi alterado. Passa a ser: { $when }.
notification-shift-cancelled = O turno de «{ $title }» ({ $when }) foi cancelado.
notification-shift-reminder = Lembrete: contamos consigo em «{ $title }», { $when }.
notification-other = Algo mudou nas suas inscrições.

outbox-title = Caixa de saída
outbox-intro = Todos os e-mails que { $platform } envia ficam guardados aqui. Os e-mails marcados como «não enviado» estão à espera porque não há nenhum servidor de correio configurado: leia-os aqui e reencaminhe-os, se necessário.
outbox-empty = Ainda não há e-mails.
outbox-to = Para
outbox-written = Escrito em
outbox-status = Estado
outbox-sent = Enviado
outbox-not-sent = Não enviado
outbox-read = Ler o e-mail
notification-offer-received = Alguém se ofereceu para ajudar em «{ $title }».
notification-offer-accepted = A sua oferta para ajudar em «{ $title }» foi aceite.
notification-offer-declined = Obrigado por se ter oferecido para ajudar em «{ $title }»: desta vez foi resolvido de outra forma.
notification-request-nearby = Um vizinho perto de si precisa de ajuda: «{ $title }».
notification-help-thanked = Recebeu um agradecimento por «{ $title }».
notification-moderation-warning = A equipa de { $platform } enviou-lhe um aviso: { $reason }
outbox-filter-recipient = Endereço do destinatário
outbox-filter-submit = Mostrar
outbox-state-all = Todos os e-mails
outbox-none-match = Nenhum e-mail corresponde. Experimente parte do endereço, ou todos os e-mails.
outbox-older = E-mails mais antigos
outbox-site-title = E-mails sobre contas
outbox-site-intro = Os e-mails sobre as próprias contas das pessoas, como uma ligação para escolher uma nova palavra-passe, não pertencem a nenhuma plataforma. Sem servidor de correio, ficam à espera aqui. Uma ligação num destes e-mails abre a conta para a qual foi escrito: reencaminhe-a apenas ao titular da conta.
error-outbox-state-unknown = Escolha todos os e-mails, enviados ou não enviados.
outbox-filters = Encontrar um e-mail
notification-message-received = { $count ->
    [one] { $from } enviou-lhe uma mensagem sobre «{ $title }».
    [many] { $from } enviou-lhe { $count } de novas mensagens sobre «{ $title }».
   *[other] { $from } enviou-lhe { $count } novas mensagens sobre «{ $title }».
}
