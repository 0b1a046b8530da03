# Het grootboek: tijdstegoed en ruiltegoed, overboekingen, terugboekingen, kredietlimieten.

error-credit-limit = Daardoor zou het saldo onder de kredietlimiet zakken.
error-already-reversed = Deze boeking is al teruggedraaid.
error-is-reversal = Een terugboeking kan zelf niet worden teruggedraaid.
error-amount-out-of-range = Vul een geheel getal in van 1 tot 1.000.000.
error-unit-unknown = Kies tijd of ruil.
error-unknown-unit = Deze eenheid bestaat niet; gebruik tijd of ruil.
error-same-account = Betaler en ontvanger moeten verschillende accounts zijn.
error-unknown-entry = Deze boeking bestaat niet.
error-credit-limit-out-of-range = Vul een geheel getal in van 0 tot 1.000.000.
