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
