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
