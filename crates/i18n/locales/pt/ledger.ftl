# O livro de créditos: créditos de tempo e de troca, transferências, anulações, limites de crédito.

error-credit-limit = Isto deixaria o saldo abaixo do limite de crédito.
error-already-reversed = Este movimento já foi anulado.
error-is-reversal = Uma anulação não pode ela própria ser anulada.
error-amount-out-of-range = Introduza um número inteiro de 1 a 1 000 000.
error-unit-unknown = Escolha tempo ou troca.
error-unknown-unit = Essa unidade não existe; use tempo ou troca.
error-same-account = O pagador e o beneficiário têm de ser contas diferentes.
error-unknown-entry = Esse movimento não existe.
error-credit-limit-out-of-range = Introduza um número inteiro de 0 a 1 000 000.

## Páginas dos créditos.

credits-page-mine-link = Os meus créditos de tempo
credits-page-mine-title = Os meus créditos de tempo
credits-page-mine-intro = Quando ajuda um vizinho, ganha o tempo que deu. Quando recebe ajuda, dá tempo.
credits-page-balances = O meu saldo
credits-page-no-balance = Ainda não tem créditos.
credits-page-entries = Histórico
credits-page-no-entries = Ainda não há nada.
credits-page-unit-time = Tempo
credits-page-unit-barter = Créditos de troca
credits-page-barter-amount = { $amount ->
    [one] { $amount } crédito
   *[other] { $amount } créditos
}
credits-page-kind-help = Ajuda entre vizinhos
credits-page-kind-barter = Troca
credits-page-kind-reversal = Correção
credits-page-from = De
credits-page-to = Para
credits-page-organisation-title = Créditos de troca
credits-page-organisation-intro = As organizações da plataforma pagam umas às outras os serviços em créditos de troca.
credits-page-balance = Saldo
credits-page-csv = Descarregar como folha de cálculo (CSV)
credits-page-pay-title = Pagar a outra organização
credits-page-pay-intro = Os créditos saem do seu saldo de imediato.
credits-page-field-to = Organização a pagar
credits-page-choose-organisation = Escolha uma organização
credits-page-field-amount = Créditos
credits-page-field-amount-hint = Um número inteiro, por exemplo 30
credits-page-field-memo = Para quê
credits-page-field-memo-hint = Por exemplo: carrinha para a feira
credits-page-pay-submit = Pagar
credits-page-notice-paid = Os créditos foram enviados.
credits-page-link = Créditos de troca
# Um saldo de tempo abaixo de zero, dito de forma neutra: $duration é, por exemplo, «2 h 20 min».
credits-page-received-more = Recebeu { $duration } a mais do que deu
credits-page-how = Uma hora de ajuda conta como uma hora, seja quem for que a dê. Os créditos não são dinheiro, e um saldo abaixo de zero não é uma dívida: significa apenas que, até agora, recebeu mais ajuda dos vizinhos.
