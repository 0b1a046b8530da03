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
