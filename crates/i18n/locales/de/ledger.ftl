# Das Hauptbuch: Zeitguthaben und Tauschguthaben, Überweisungen, Stornos, Kreditlimits.

error-credit-limit = Damit würde der Kontostand unter das Kreditlimit fallen.
error-already-reversed = Diese Buchung wurde bereits storniert.
error-is-reversal = Eine Stornobuchung kann nicht selbst storniert werden.
error-amount-out-of-range = Gib eine ganze Zahl von 1 bis 1.000.000 ein.
error-unit-unknown = Wähle Zeit oder Tausch.
error-unknown-unit = Diese Einheit gibt es nicht; verwende Zeit oder Tausch.
error-same-account = Zahler und Empfänger müssen verschiedene Konten sein.
error-unknown-entry = Diese Buchung gibt es nicht.
error-credit-limit-out-of-range = Gib eine ganze Zahl von 0 bis 1.000.000 ein.

## Seiten für Guthaben.

credits-page-mine-link = Mein Zeitguthaben
credits-page-mine-title = Mein Zeitguthaben
credits-page-mine-intro = Wenn du einem Nachbarn hilfst, bekommst du die geschenkte Zeit gutgeschrieben. Wenn dir jemand hilft, gibst du Zeit.
credits-page-balances = Mein Kontostand
credits-page-no-balance = Noch kein Guthaben.
credits-page-entries = Verlauf
credits-page-no-entries = Noch nichts.
credits-page-unit-time = Zeit
credits-page-unit-barter = Tauschguthaben
credits-page-barter-amount = { $amount ->
    [one] { $amount } Tauschpunkt
   *[other] { $amount } Tauschpunkte
}
credits-page-kind-help = Nachbarschaftshilfe
credits-page-kind-barter = Tausch
credits-page-kind-reversal = Korrektur
credits-page-from = Von
credits-page-to = An
credits-page-organisation-title = Tauschguthaben
credits-page-organisation-intro = Die Organisationen der Plattform bezahlen einander Leistungen mit Tauschguthaben.
credits-page-balance = Kontostand
credits-page-csv = Als Tabelle herunterladen (CSV)
credits-page-pay-title = Eine andere Organisation bezahlen
credits-page-pay-intro = Die Punkte werden sofort von deinem Kontostand abgebucht.
credits-page-field-to = Organisation, die du bezahlst
credits-page-choose-organisation = Wähle eine Organisation
credits-page-field-amount = Tauschpunkte
credits-page-field-amount-hint = Eine ganze Zahl, zum Beispiel 30
credits-page-field-memo = Wofür
credits-page-field-memo-hint = Zum Beispiel: Transporter für das Fest
credits-page-pay-submit = Bezahlen
credits-page-notice-paid = Die Punkte wurden überwiesen.
credits-page-link = Tauschguthaben
# Ein Zeitkontostand unter null, neutral gesagt: $duration ist etwa „2 Std. 20 Min.“.
credits-page-received-more = Du hast { $duration } mehr bekommen als gegeben
credits-page-how = Eine Stunde Hilfe zählt als eine Stunde, egal wer sie gibt. Zeitguthaben ist kein Geld, und ein Kontostand unter null ist keine Schuld: Er bedeutet nur, dass dir Nachbarn bisher mehr geholfen haben.
