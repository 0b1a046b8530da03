# El libro de cuentas: créditos de tiempo y de trueque, transferencias, anulaciones, límites de crédito.

error-credit-limit = Esto dejaría el saldo por debajo del límite de crédito.
error-already-reversed = Este apunte ya se ha anulado.
error-is-reversal = Una anulación no se puede anular a su vez.
error-amount-out-of-range = Escribe un número entero de 1 a 1.000.000.
error-unit-unknown = Elige tiempo o trueque.
error-unknown-unit = Esa unidad no existe; usa tiempo o trueque.
error-same-account = El pagador y el beneficiario deben ser cuentas distintas.
error-unknown-entry = Ese apunte no existe.
error-credit-limit-out-of-range = Escribe un número entero de 0 a 1.000.000.
