# Ajuda entre vizinhos: pedidos, ofertas, conversas privadas e conclusão.

error-category-unknown = Escolha uma das categorias de ajuda desta plataforma.
error-window-ends-before-start = O fim do intervalo de tempo tem de ser posterior ao seu início.
error-phone-malformed = Introduza um número de telefone com 6 a 15 algarismos, por exemplo +32 470 12 34 56.
error-within-km-out-of-range = A distância tem de ser superior a 0 e de, no máximo, 25 km.
error-help-minutes-out-of-range = Os minutos têm de ser pelo menos 1 e não podem exceder o intervalo de tempo do pedido.
error-request-closed = Este pedido já terminou.
error-request-not-open = Este pedido já não aceita ofertas.
error-request-not-accepted = Ainda não foi aceite nenhuma oferta para este pedido.
error-taken-offer = Já se ofereceu para ajudar neste pedido.
error-taken-completed = Este pedido já foi marcado como concluído.
error-unknown-request = Este pedido não existe.
error-unknown-offer = Esta oferta não existe ou já não está aberta.
error-unknown-category = Esta categoria de ajuda não existe.

## Páginas da ajuda entre vizinhos.

help-page-nav = Ajuda entre vizinhos
help-page-platform-link = Ajuda entre vizinhos
help-page-list-title = Ajuda entre vizinhos
help-page-list-intro = Os vizinhos ajudam-se uns aos outros nas pequenas coisas. Peça ajuda ou ofereça a sua.
help-page-ask-button = Pedir ajuda
help-page-mine-link = Os meus pedidos e ofertas
help-page-filters = Escolha que pedidos quer ver
help-page-field-category-filter = Tipo de ajuda
help-page-any-category = Qualquer tipo de ajuda
help-page-field-distance = A que distância
help-page-within = Até { $distance }
help-page-show = Mostrar
help-page-results = Pedidos
help-page-none = De momento, ninguém está a pedir este tipo de ajuda.
help-page-fix-filters = Altere as suas escolhas acima para ver pedidos.
help-page-next-page = Mais pedidos
help-page-distance = a cerca de { $distance }
help-page-area = Zona à volta de { $lat }, { $lon }
help-page-area-unknown = Zona desconhecida
help-page-asked-on = Pedido em { $date }

help-page-status-open = À espera de quem ajude
help-page-status-accepted = Já foi escolhida uma pessoa para ajudar
help-page-status-completed = Concluído
help-page-status-cancelled = Cancelado
help-page-offer-open = Ofereceu-se para ajudar. À espera de resposta.
help-page-offer-accepted = A sua oferta foi aceite.
help-page-offer-declined = Desta vez, outra pessoa vai ajudar.
help-page-offer-line-open = À espera da sua resposta
help-page-offer-line-accepted = Aceite
help-page-offer-line-declined = Não escolhida

help-page-when = Quando
help-page-where = Onde
help-page-address-private = A morada exata só é mostrada à pessoa escolhida para ajudar.
help-page-exact-point = Ponto no mapa: { $point }
help-page-requester = Pedido por
help-page-on-behalf = Para
help-page-consent = Acordo dado por { $by } em { $date } ({ $how })
help-page-helper = Quem ajuda
help-page-time-given = Tempo dado
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
help-page-erased-name = Antigo membro
help-page-messages-link = Mensagens
help-page-sign-in-to-offer = Inicie sessão para oferecer ajuda
help-page-join-first = Junte-se a esta plataforma para oferecer ajuda.
help-page-offer-title = Oferecer ajuda
help-page-field-offer-message = Uma mensagem curta (pode deixar em branco)
help-page-field-offer-message-hint = Por exemplo: quando pode vir.
help-page-offer-submit = Oferecer ajuda
help-page-offers-title = Pessoas que se ofereceram para ajudar
help-page-no-offers = Ainda não há ofertas. Avisamos quando alguém se oferecer.
help-page-accept = Aceitar
help-page-done-title = Marcar como concluído
help-page-done-intro = A ajuda já foi dada? Diga quanto tempo demorou. A pessoa que ajudou recebe este tempo como crédito.
help-page-field-minutes = Quantos minutos demorou?
help-page-field-minutes-hint = De 1 a { $max } minutos. 60 minutos são uma hora.
help-page-done-submit = Marcar como concluído
help-page-cancel-link = Cancelar o meu pedido
help-page-cancel-title = Cancelar o meu pedido
help-page-cancel-question = Quer cancelar «{ $title }»?
help-page-cancel-hint = As pessoas que se ofereceram para ajudar vão ver que já não precisa de ajuda.
help-page-cancel-confirm = Sim, cancelar
help-page-cancel-keep = Não, manter

help-page-ask-title = Pedir ajuda
help-page-join-to-ask = Junte-se a esta plataforma para pedir ajuda.
help-page-question-category = Em que precisa de ajuda?
help-page-next = Seguinte
help-page-chosen-category = Está a pedir: { $category }
help-page-change-category = Alterar
help-page-section-what = O quê
help-page-field-title = Em poucas palavras
help-page-field-title-hint = Por exemplo: compras na mercearia da esquina
help-page-field-description = Conte-nos mais
help-page-field-description-hint = O que é preciso e tudo o que a pessoa que ajuda deve saber.
help-page-section-where = Onde
help-page-where-private = Só a pessoa que escolher para ajudar vê a morada. Os outros veem apenas a zona.
help-page-field-address = Morada
help-page-place-hint = O local no mapa ajuda os vizinhos próximos a encontrar o seu pedido. Pode copiar os dois números de uma aplicação de mapas.
help-page-use-my-position = Usar a minha localização atual
help-page-position-failed = Não foi possível encontrar a sua localização. Escreva os números à mão.
help-page-section-when = Quando
help-page-field-from-day = De (dia)
help-page-field-from-time = De (hora)
help-page-field-until-day = Até (dia)
help-page-field-until-time = Até (hora)
help-page-on-behalf-summary = Estou a pedir para outra pessoa
help-page-on-behalf-intro = Preencha isto apenas se pedir por outra pessoa, com o acordo dela.
help-page-field-on-behalf-name = O nome dela
help-page-field-on-behalf-phone = O número de telefone dela
help-page-field-on-behalf-phone-hint = Por exemplo +32 470 12 34 56
help-page-field-consent-given-by = Quem deu o acordo?
help-page-field-consent-given-by-hint = A própria pessoa, ou alguém autorizado a decidir por ela.
help-page-field-consent-day = Quando deu o acordo?
help-page-field-consent-how = Como deu o acordo?
help-page-field-consent-how-hint = Por exemplo: por telefone, pessoalmente, por escrito.
help-page-ask-submit = Pedir ajuda
help-page-ask-cancel = Voltar

help-page-messages-title = Mensagens
help-page-messages-with = Com { $name }
help-page-messages-private = Só vocês os dois podem ler estas mensagens.
help-page-no-messages = Ainda não há mensagens.
help-page-message-erased = (mensagem removida)
help-page-write-title = Escrever uma mensagem
help-page-field-message = A sua mensagem
help-page-send = Enviar
help-page-back-to-request = Voltar ao pedido

help-page-mine-title = Os meus pedidos e ofertas
help-page-mine-requests = O que pedi
help-page-mine-no-requests = Ainda não pediu ajuda.
help-page-mine-offers = Onde me ofereci para ajudar
help-page-mine-no-offers = Ainda não se ofereceu para ajudar.
help-page-mine-see-offers = Ver quem se ofereceu para ajudar
help-page-mine-talk-and-finish = Escrever a quem ajuda, ou marcar como concluído
help-page-mine-talk = Escrever uma mensagem
help-page-mine-offer-done = Ajudou. Obrigado!

help-page-notice-asked = O seu pedido está online. Avisamos quando alguém se oferecer para ajudar.
help-page-notice-offered = Obrigado! A pessoa vai ver a sua oferta.
help-page-notice-accepted = Aceitou a oferta. A pessoa que vai ajudar já pode ver a morada.
help-page-notice-cancelled = O seu pedido foi cancelado.
help-page-notice-completed = Concluído! A pessoa que ajudou recebeu o tempo como crédito.
help-page-notice-sent = A sua mensagem foi enviada.
