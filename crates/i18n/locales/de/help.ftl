# Nachbarschaftshilfe: Anfragen, Angebote, private Unterhaltungen und Abschluss.

error-category-unknown = Wähle eine der Hilfekategorien dieser Plattform.
error-window-ends-before-start = Das Ende des Zeitfensters muss nach seinem Beginn liegen.
error-phone-malformed = Gib eine Telefonnummer mit 6 bis 15 Ziffern ein, zum Beispiel +32 470 12 34 56.
error-within-km-out-of-range = Die Entfernung muss größer als 0 und höchstens 25 km sein.
error-help-minutes-out-of-range = Die Minuten müssen mindestens 1 betragen und dürfen das Zeitfenster der Anfrage nicht überschreiten.
error-request-closed = Diese Anfrage ist bereits vorbei.
error-request-not-open = Für diese Anfrage werden keine Angebote mehr angenommen.
error-request-not-accepted = Für diese Anfrage wurde noch kein Angebot angenommen.
error-taken-offer = Du hast bei dieser Anfrage bereits deine Hilfe angeboten.
error-taken-completed = Diese Anfrage wurde bereits als erledigt markiert.
error-unknown-request = Diese Anfrage gibt es nicht.
error-unknown-offer = Dieses Angebot gibt es nicht oder es ist nicht mehr offen.
error-unknown-category = Diese Hilfekategorie gibt es nicht.
