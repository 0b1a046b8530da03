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

## Pagina's voor tegoed.

credits-page-mine-link = Mijn tijdstegoed
credits-page-mine-title = Mijn tijdstegoed
credits-page-mine-intro = Als je een buur helpt, verdien je de tijd die je gaf. Als iemand jou helpt, geef je tijd.
credits-page-balances = Mijn saldo
credits-page-no-balance = Nog geen tegoed.
credits-page-entries = Geschiedenis
credits-page-no-entries = Nog niets.
credits-page-unit-time = Tijd
credits-page-unit-barter = Ruiltegoed
credits-page-barter-amount = { $amount ->
    [one] { $amount } ruilpunt
   *[other] { $amount } ruilpunten
}
credits-page-kind-help = Burenhulp
credits-page-kind-barter = Ruil
credits-page-kind-reversal = Correctie
credits-page-from = Van
credits-page-to = Aan
credits-page-organisation-title = Ruiltegoed
credits-page-organisation-intro = Organisaties van het platform betalen elkaar voor diensten met ruiltegoed.
credits-page-balance = Saldo
credits-page-csv = Downloaden als spreadsheet (CSV)
credits-page-pay-title = Een andere organisatie betalen
credits-page-pay-intro = Het tegoed gaat meteen van je saldo af.
credits-page-field-to = Organisatie die je betaalt
credits-page-choose-organisation = Kies een organisatie
credits-page-field-amount = Ruilpunten
credits-page-field-amount-hint = Een geheel getal, bijvoorbeeld 30
credits-page-field-memo = Waarvoor
credits-page-field-memo-hint = Bijvoorbeeld: bestelwagen voor de markt
credits-page-pay-submit = Betalen
credits-page-notice-paid = Het tegoed is verstuurd.
credits-page-link = Ruiltegoed
# Een tijdsaldo onder nul, neutraal gezegd: $duration is bijvoorbeeld "2 u 20 min".
credits-page-received-more = Je hebt { $duration } meer gekregen dan gegeven
credits-page-how = Een uur hulp telt als een uur, wie het ook geeft. Tijdstegoed is geen geld, en een saldo onder nul is geen schuld: het betekent alleen dat buren jou tot nu toe meer hebben geholpen.
