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

## Seiten für die Nachbarschaftshilfe.

help-page-nav = Nachbarschaftshilfe
help-page-platform-link = Nachbarschaftshilfe
help-page-list-title = Nachbarschaftshilfe
help-page-list-intro = Nachbarn helfen einander bei kleinen Dingen. Bitte um Hilfe oder biete deine an.
help-page-ask-button = Um Hilfe bitten
help-page-mine-link = Meine Anfragen und Angebote
help-page-filters = Wähle, welche Anfragen angezeigt werden
help-page-field-category-filter = Art der Hilfe
help-page-any-category = Jede Art von Hilfe
help-page-field-distance = Wie weit
help-page-within = Im Umkreis von { $distance }
help-page-show = Anzeigen
help-page-results = Anfragen
help-page-none = Im Moment bittet niemand um diese Art von Hilfe.
help-page-fix-filters = Ändere oben deine Auswahl, um Anfragen zu sehen.
help-page-next-page = Weitere Anfragen
help-page-distance = etwa { $distance } entfernt
help-page-area = Gegend um { $lat }, { $lon }
help-page-area-unknown = Gegend nicht bekannt
help-page-asked-on = Gefragt am { $date }

help-page-status-open = Wartet auf jemanden, der hilft
help-page-status-accepted = Eine helfende Person wurde ausgewählt
help-page-status-completed = Erledigt
help-page-status-cancelled = Abgesagt
help-page-offer-open = Du hast deine Hilfe angeboten. Die Antwort steht noch aus.
help-page-offer-accepted = Dein Angebot wurde angenommen.
help-page-offer-declined = Diesmal hilft jemand anderes.
help-page-offer-line-open = Wartet auf deine Antwort
help-page-offer-line-accepted = Angenommen
help-page-offer-line-declined = Nicht ausgewählt

help-page-when = Wann
help-page-where = Wo
help-page-address-private = Die genaue Adresse sieht nur die Person, die zum Helfen ausgewählt wird.
help-page-exact-point = Punkt auf der Karte: { $point }
help-page-requester = Gefragt von
help-page-on-behalf = Für
help-page-consent = Zugestimmt von { $by } am { $date } ({ $how })
help-page-helper = Helfende Person
help-page-time-given = Geschenkte Zeit
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
help-page-erased-name = Ehemaliges Mitglied
help-page-messages-link = Nachrichten
help-page-sign-in-to-offer = Melde dich an, um Hilfe anzubieten
help-page-join-first = Tritt dieser Plattform bei, um Hilfe anzubieten.
help-page-offer-title = Hilfe anbieten
help-page-field-offer-message = Eine kurze Nachricht (du kannst das Feld leer lassen)
help-page-field-offer-message-hint = Zum Beispiel: wann du kommen kannst.
help-page-offer-submit = Hilfe anbieten
help-page-offers-title = Menschen, die Hilfe angeboten haben
help-page-no-offers = Noch keine Angebote. Wir sagen dir Bescheid, wenn jemand Hilfe anbietet.
help-page-accept = Annehmen
help-page-done-title = Als erledigt markieren
help-page-done-intro = Wurde die Hilfe geleistet? Gib an, wie lange es gedauert hat. Die Person, die dir geholfen hat, bekommt diese Zeit gutgeschrieben.
help-page-field-minutes = Wie viele Minuten hat es gedauert?
help-page-field-minutes-hint = Von 1 bis { $max } Minuten. 60 Minuten sind eine Stunde.
help-page-done-submit = Als erledigt markieren
help-page-cancel-link = Meine Anfrage absagen
help-page-cancel-title = Meine Anfrage absagen
help-page-cancel-question = Möchtest du „{ $title }“ absagen?
help-page-cancel-hint = Wer Hilfe angeboten hat, sieht dann, dass du sie nicht mehr brauchst.
help-page-cancel-confirm = Ja, absagen
help-page-cancel-keep = Nein, behalten

help-page-ask-title = Um Hilfe bitten
help-page-join-to-ask = Tritt dieser Plattform bei, um um Hilfe zu bitten.
help-page-question-category = Wobei brauchst du Hilfe?
help-page-next = Weiter
help-page-chosen-category = Du bittest um: { $category }
help-page-change-category = Ändern
help-page-section-what = Was
help-page-field-title = In wenigen Worten
help-page-field-title-hint = Zum Beispiel: Einkäufe aus dem Laden an der Ecke
help-page-field-description = Erzähl uns mehr
help-page-field-description-hint = Was gebraucht wird und alles, was die helfende Person wissen sollte.
help-page-section-where = Wo
help-page-where-private = Nur die Person, die du zum Helfen auswählst, sieht die Adresse. Alle anderen sehen nur die Gegend.
help-page-field-address = Adresse
help-page-place-hint = Der Ort auf der Karte hilft Nachbarn in der Nähe, deine Anfrage zu finden. Du kannst die beiden Zahlen aus einer Karten-App kopieren.
help-page-use-my-position = Meinen aktuellen Standort verwenden
help-page-position-failed = Dein Standort konnte nicht ermittelt werden. Gib die Zahlen bitte selbst ein.
help-page-section-when = Wann
help-page-field-from-day = Von (Tag)
help-page-field-from-time = Von (Uhrzeit)
help-page-field-until-day = Bis (Tag)
help-page-field-until-time = Bis (Uhrzeit)
help-page-on-behalf-summary = Ich frage für jemand anderen
help-page-on-behalf-intro = Fülle dies nur aus, wenn du für eine andere Person fragst, und nur mit ihrem Einverständnis.
help-page-field-on-behalf-name = Name der Person
help-page-field-on-behalf-phone = Telefonnummer der Person
help-page-field-on-behalf-phone-hint = Zum Beispiel +32 470 12 34 56
help-page-field-consent-given-by = Wer hat zugestimmt?
help-page-field-consent-given-by-hint = Die Person selbst oder jemand, der für sie entscheiden darf.
help-page-field-consent-day = Wann hat sie zugestimmt?
help-page-field-consent-how = Wie hat sie zugestimmt?
help-page-field-consent-how-hint = Zum Beispiel: am Telefon, persönlich, schriftlich.
help-page-ask-submit = Um Hilfe bitten
help-page-ask-cancel = Zurück

help-page-messages-title = Nachrichten
help-page-messages-with = Mit { $name }
help-page-messages-private = Nur ihr beide könnt diese Nachrichten lesen.
help-page-no-messages = Noch keine Nachrichten.
help-page-message-erased = (Nachricht entfernt)
help-page-write-title = Eine Nachricht schreiben
help-page-field-message = Deine Nachricht
help-page-send = Senden
help-page-back-to-request = Zurück zur Anfrage

help-page-mine-title = Meine Anfragen und Angebote
help-page-mine-requests = Worum ich gebeten habe
help-page-mine-no-requests = Du hast noch nicht um Hilfe gebeten.
help-page-mine-offers = Wo ich Hilfe angeboten habe
help-page-mine-no-offers = Du hast noch keine Hilfe angeboten.
help-page-mine-see-offers = Sehen, wer Hilfe angeboten hat
help-page-mine-talk-and-finish = Der helfenden Person schreiben oder als erledigt markieren
help-page-mine-talk = Eine Nachricht schreiben
help-page-mine-offer-done = Du hast geholfen. Danke!

help-page-notice-asked = Deine Anfrage ist online. Wir sagen dir Bescheid, wenn jemand Hilfe anbietet.
help-page-notice-offered = Danke! Die Person wird dein Angebot sehen.
help-page-notice-accepted = Du hast das Angebot angenommen. Die helfende Person sieht jetzt die Adresse.
help-page-notice-cancelled = Deine Anfrage ist abgesagt.
help-page-notice-completed = Erledigt! Die helfende Person hat die Zeit gutgeschrieben bekommen.
help-page-notice-sent = Deine Nachricht wurde gesendet.
