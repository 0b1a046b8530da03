## Ofertas permanentes, agradecimentos, bloqueios, denúncias e moderação.

error-blocked = Uma das pessoas bloqueou a outra: não pode enviar ofertas nem mensagens a esta pessoa.
error-account-suspended = Esta conta está suspensa. Se acha que se trata de um erro, contacte as pessoas que gerem este site.
error-platform-suspended = A equipa desta plataforma suspendeu a sua participação aqui: pode continuar a ler, mas não pedir nem oferecer ajuda, inscrever-se ou escrever. Se acha que se trata de um erro, contacte-a.
error-moderate-admin = Os administradores da plataforma não podem ser avisados nem suspensos aqui. As pessoas que gerem o site podem ajudar.
error-block-self = Não se pode bloquear a si próprio.
error-report-kind-unknown = Escolha o que está a denunciar: um pedido, uma oferta ou uma mensagem.
error-report-target-unknown = Não há nada a denunciar aqui, ou não o pode ver.
error-moderation-action-unknown = Escolha uma das ações: ocultar, avisar, suspender, reativar ou arquivar.
error-moderate-self = Não se pode avisar nem suspender a si próprio.
error-standing-km-out-of-range = Escolha uma distância de 1 a 10 km.
error-request-not-completed = Pode agradecer quando a ajuda estiver marcada como concluída.
error-taken-thanks = Já deixou um agradecimento para este pedido.
error-unknown-standing-offer = Essa oferta permanente não existe.
error-unknown-block = Não bloqueou esta pessoa.
error-category-in-use = Há pedidos ou ofertas permanentes que usam esta categoria, por isso não pode ser removida. Em vez disso, mude-lhe o nome.

## Ofertas permanentes
standing-title = O que posso fazer pelos meus vizinhos
standing-intro = Diga uma vez em que pode ajudar, onde e em que dias. Quando um vizinho pedir uma ajuda que se encaixe, avisamo-lo. Ninguém vê de onde parte.
standing-mine = As minhas ofertas permanentes
standing-none = Ainda não tem nenhuma oferta permanente.
standing-withdraw = Retirar esta oferta
standing-new = Uma nova oferta permanente
standing-what = Em que pode ajudar?
standing-any-help = Qualquer tipo de ajuda
standing-every-day = Todos os dias
standing-within = até { $distance }
standing-days = Em que dias?
standing-days-hint = Não assinale nenhum para todos os dias.
standing-km = Até que distância está disposto a ir, em km?
standing-km-hint = Até 10 km. 1 km são cerca de 15 minutos a pé.
standing-point-hint = O sítio de onde parte, por exemplo a sua casa. Só é visível para si.
standing-note = Algumas palavras (opcional)
standing-note-hint = Por exemplo: tenho carro, ou posso carregar sacos pesados.
standing-publish = Publicar a minha oferta
standing-notice-published = A sua oferta permanente foi publicada. Vamos avisá-lo dos pedidos que se encaixem.
standing-notice-withdrawn = A sua oferta permanente foi retirada.
help-page-standing-link = O que posso fazer pelos meus vizinhos

## Agradecimentos
thanks-title = Agradecer
thanks-intro = A ajuda foi dada. Pode deixar uma pequena nota privada à outra pessoa.
thanks-label = A sua nota
thanks-submit = Enviar o meu agradecimento
thanks-received = Notas de agradecimento

## Denúncias
report-title = Comunicar um problema
report-intro = Está a denunciar { $what } à equipa que gere esta plataforma.
report-what-request = um pedido
report-what-offer = uma oferta
report-what-message = uma mensagem
report-reason = O que está errado?
report-reason-hint = A equipa lê todas as denúncias. A pessoa que denuncia não vê o seu nome.
report-submit = Enviar a denúncia
report-sent = Obrigado. A equipa vai analisar a sua denúncia. Se esta pessoa o incomoda, também a pode bloquear.
report-link = Comunicar um problema

## Bloqueios
block-title = Bloquear uma pessoa
block-question = Bloquear { $name }?
block-explained = Depois do bloqueio, esta pessoa deixa de lhe poder oferecer ajuda ou escrever-lhe, e o mesmo se aplica a si em relação a ela. Ela não é avisada.
block-submit = Sim, bloquear esta pessoa
block-cancel = Não, voltar
block-link = Bloquear esta pessoa
blocks-title = Pessoas que bloqueei
blocks-intro = As pessoas que bloqueou não lhe podem oferecer ajuda nem escrever-lhe.
blocks-none = Não bloqueou ninguém.
blocks-unblock = Desbloquear
blocks-notice-blocked = Esta pessoa está bloqueada.
blocks-notice-unblocked = Esta pessoa já não está bloqueada.

## Moderação
moderation-title = Moderação
moderation-intro = Denúncias dos membros, das mais antigas para as mais recentes. Cada ação fica registada com o seu nome e o seu motivo.
moderation-reports = Denúncias a analisar
moderation-empty = Não há denúncias a analisar.
moderation-suspended = suspenso
moderation-hidden = oculto
moderation-open-request = Abrir o pedido
moderation-reported-by = Denunciado por { $name }
moderation-reason = Motivo
moderation-hide = Ocultar
moderation-warn = Avisar o autor
moderation-suspend = Suspender o autor
moderation-dismiss = Nada de errado
moderation-reinstate = Levantar a suspensão
moderation-log = O que a equipa fez
moderation-log-empty = Ainda nada.
moderation-log-when = Quando
moderation-log-who = Quem
moderation-log-what = O quê
moderation-log-person = Pessoa
moderation-log-undo = Anular
moderation-done-hide = ocultou conteúdo
moderation-done-warn = avisou
moderation-done-suspend = suspendeu
moderation-done-reinstate = levantou uma suspensão
moderation-done-dismiss = fechou uma denúncia
moderation-notice-hide = O conteúdo está oculto.
moderation-notice-warn = O autor foi avisado.
moderation-notice-suspend = A conta foi suspensa e a sessão terminada.
moderation-notice-reinstate = A suspensão foi levantada.
moderation-notice-dismiss = A denúncia foi fechada.
moderation-link = Moderação
# Leaves the report form for the page the person was reading.
report-cancel = Voltar
