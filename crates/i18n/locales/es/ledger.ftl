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

## Páginas de créditos.

credits-page-mine-link = Mis créditos de tiempo
credits-page-mine-title = Mis créditos de tiempo
credits-page-mine-intro = Cuando ayudas a un vecino, ganas el tiempo que has dedicado. Cuando alguien te ayuda, das tiempo.
credits-page-balances = Mi saldo
credits-page-no-balance = Todavía no hay créditos.
credits-page-entries = Historial
credits-page-no-entries = Todavía nada.
credits-page-unit-time = Tiempo
credits-page-unit-barter = Créditos de trueque
credits-page-barter-amount = { $amount ->
    [one] { $amount } crédito
   *[other] { $amount } créditos
}
credits-page-kind-help = Ayuda entre vecinos
credits-page-kind-barter = Trueque
credits-page-kind-reversal = Corrección
credits-page-from = De
credits-page-to = Para
credits-page-organisation-title = Créditos de trueque
credits-page-organisation-intro = Las organizaciones de la plataforma se pagan servicios entre ellas con créditos de trueque.
credits-page-balance = Saldo
credits-page-csv = Descargar como hoja de cálculo (CSV)
credits-page-pay-title = Pagar a otra organización
credits-page-pay-intro = Los créditos salen de tu saldo en el momento.
credits-page-field-to = Organización a la que pagas
credits-page-choose-organisation = Elige una organización
credits-page-field-amount = Créditos
credits-page-field-amount-hint = Un número entero, por ejemplo 30
credits-page-field-memo = Concepto
credits-page-field-memo-hint = Por ejemplo: furgoneta para la feria
credits-page-pay-submit = Pagar
credits-page-notice-paid = Los créditos se han enviado.
credits-page-link = Créditos de trueque
# Un saldo de tiempo por debajo de cero, dicho de forma neutra: $duration es, por ejemplo, «2 h 20 min».
credits-page-received-more = Has recibido { $duration } más de lo que has dado
credits-page-how = Una hora de ayuda cuenta como una hora, la dé quien la dé. Los créditos no son dinero, y un saldo por debajo de cero no es una deuda: solo significa que, hasta ahora, tus vecinos te han ayudado más.
