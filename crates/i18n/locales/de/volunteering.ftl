# Ehrenamt: Angebote finden, die Seite eines Angebots, Einsätze und Anmeldungen,
# Teilnehmerlisten, meine Einsätze, Übersichten der Organisationen, Fähigkeiten und Themen.

## Angebote finden

opportunities-title = Etwas zum Mitmachen finden
opportunities-find = Etwas zum Mitmachen finden
opportunities-filters = Filter
opportunities-more-filters = Weitere Filter: Fähigkeit, Thema, Sprache, Daten, Ort
opportunities-any = Beliebig
opportunities-sort-start = Früheste zuerst
opportunities-sort-distance = Nächstgelegene zuerst
opportunities-search = Suchen
opportunities-reset = Alle Filter zurücksetzen
opportunities-results = Angebote
opportunities-none = Noch passt nichts zu diesen Filtern. Versuche es mit weniger Filtern oder einem größeren Umkreis.
opportunities-fix-filters = Bitte korrigiere die Filter oben, um Ergebnisse zu sehen.
opportunities-distance = { $distance } entfernt
opportunities-more-shifts = { $count ->
    [one] und ein weiterer Termin
   *[other] und { $count } weitere Termine
}
opportunities-next-page = Nächste Seite
opportunities-list-title = Was du bei uns tun kannst
opportunities-none-published = Im Moment gibt es nichts, wofür du dich eintragen kannst.

field-search-words = Suchbegriffe
field-search-words-hint = Zum Beispiel: Tafel, Vorlesen, Garten.
field-skill = Fähigkeit
field-cause = Thema
field-spoken-language = Sprache vor Ort
field-from-day = Von (Tag)
field-to-day = Bis (Tag)
field-near = In der Nähe dieses Orts
field-near-hint = Eine Straße, eine Adresse, eine Postleitzahl oder ein Stadtviertel. Zwei Zahlen aus einer Karten-App, zum Beispiel 51.05,3.72, gehen auch.
field-near-hint-no-places = Zwei Zahlen aus einer Karten-App, zum Beispiel 51.05,3.72. Sobald das Plattform-Team die Straßen importiert hat, geht auch eine Straße oder ein Stadtviertel.
opportunities-near-place = In der Nähe von { $place }.
opportunities-near-others = Oder in der Nähe von:
error-place-not-found = Diese Plattform kennt keinen Ort mit diesem Namen. Versuche es mit einer Straße, einer Postleitzahl oder einem Stadtviertel oder mit zwei Zahlen aus einer Karten-App, zum Beispiel 51.05,3.72.
field-within-km = Im Umkreis von (km)
field-remote-only = Nur, was ich von zu Hause aus tun kann
field-sort = Reihenfolge

## Ein Angebot

opportunity-remote = Aus der Ferne: von überall
opportunity-address-unknown = Ort wird noch von der Organisation bestätigt
opportunity-coordinator-tools = Werkzeuge für Koordinatoren
opportunity-edit = Bearbeiten
opportunity-skills = Fähigkeiten
opportunity-causes = Themen
opportunity-languages = Sprachen vor Ort
opportunity-min-age = Mindestalter
opportunity-min-age-value = { $age } Jahre
opportunity-accessibility = Barrierefreiheit
opportunity-where = Wo
opportunity-shifts = Wann
opportunity-not-open = Für dieses Angebot kann man sich im Moment nicht eintragen.
opportunity-sign-in-to-sign-up = Melde dich an, um dich einzutragen
opportunity-join-first = Tritt dieser Plattform bei, um dich einzutragen. Das ist kostenlos und dauert nur einen Klick.
opportunity-ongoing = Es gibt keine festen Termine: Hilf, wann es dir und der Organisation passt.
opportunity-ongoing-short = Laufend, keine festen Termine
opportunity-no-upcoming = Im Moment sind keine Termine geplant.
opportunity-dates-nav = Weitere Termine
opportunity-earlier-dates = Frühere Termine
opportunity-later-dates = Spätere Termine
opportunity-past-shifts = Vergangene Termine
opportunity-report-hours = Meine Stunden melden
opportunity-report-hours-intro = Sag der Organisation, wie lange du geholfen hast. Ein Koordinator bestätigt das.
opportunity-report-hours-submit = Diese Stunden melden
opportunity-times-in-zone = Daten und Uhrzeiten sind in der Zeitzone der Plattform angegeben ({ $zone }).
opportunity-add-shift = Termin hinzufügen
opportunity-add-shift-submit = Diesen Termin hinzufügen
opportunity-add-series = Wiederkehrende Termine hinzufügen
opportunity-add-series-intro = Zum Beispiel jeden Dienstag von 14:00 bis 17:00 bis Ende März. Jeder Termin kann danach einzeln geändert werden.
opportunity-add-series-submit = Diese Termine hinzufügen
opportunity-status-draft = Entwurf
opportunity-status-published = Veröffentlicht
opportunity-status-closed = Geschlossen
opportunity-status-draft-hint = Nur deine Organisation sieht es.
opportunity-status-published-hint = Alle können es finden und sich eintragen.
opportunity-status-closed-hint = Weiterhin sichtbar, aber niemand kann sich eintragen.
opportunity-new-title = Angebot veröffentlichen
opportunity-new-submit = Angebot speichern
opportunity-edit-title = Angebot bearbeiten
opportunity-edit-submit = Änderungen speichern
opportunity-form-cancel = Abbrechen

opportunity-notice-created = Das Angebot ist gespeichert. Füge jetzt die Termine hinzu, zu denen man kommen kann.
opportunity-notice-saved = Deine Änderungen sind gespeichert.
opportunity-notice-signed-up = Du bist eingetragen. Danke! Am Tag davor bekommst du eine Erinnerung.
opportunity-notice-waitlisted = Dieser Termin ist voll: Du stehst auf der Warteliste. Wenn ein Platz frei wird, gehört er dir, und wir sagen dir Bescheid.
opportunity-notice-left = Deine Anmeldung ist storniert.
opportunity-notice-shift-added = Der Termin wurde hinzugefügt.
opportunity-notice-series-added = Die wiederkehrenden Termine wurden hinzugefügt.
opportunity-notice-shift-cancelled = Der Termin wurde abgesagt. Alle Eingetragenen werden benachrichtigt.
opportunity-notice-hours-reported = Deine Stunden sind gemeldet. Ein Koordinator wird sie bestätigen.

field-opportunity-title = Was ist zu tun?
field-opportunity-title-hint = Ein paar Wörter, zum Beispiel: Lebensmittel bei der Tafel sortieren.
field-opportunity-description = Erzähl den Freiwilligen mehr
field-skills = Hilfreiche Fähigkeiten
field-causes = Themen, denen es dient
field-languages = Sprachen vor Ort
field-languages-hint = Kreuze die Sprachen an, die Freiwillige vor Ort verwenden können.
field-min-age = Mindestalter (optional)
field-min-age-hint = Leer lassen, wenn alle helfen können.
field-accessibility = Barrierefreiheit (optional)
field-accessibility-hint = Stufen, Aufzug, Toiletten, Parkplätze, öffentliche Verkehrsmittel…
field-where = Wo findet es statt?
field-where-place = An einem Ort
field-where-remote = Aus der Ferne: von überall
field-where-place-hint = Gib für einen Ort seine Adresse und seine Position auf der Karte an (die Zahlen kannst du aus einer Karten-App kopieren).
field-address = Adresse
field-latitude = Breitengrad
field-latitude-hint = Zum Beispiel 51.0543
field-longitude = Längengrad
field-longitude-hint = Zum Beispiel 3.7174
field-status = Wer kann es sehen?

## Einsätze

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] noch 1 Platz frei
   *[other] noch { $left } Plätze frei
} von { $slots }
shift-full = Voll
shift-waiting = { $count ->
    [one] 1 Person auf der Warteliste
   *[other] { $count } Personen auf der Warteliste
}
shift-cancelled = Abgesagt
shift-sign-up = Eintragen
shift-join-waiting-list = Auf die Warteliste eintragen
shift-you-confirmed = Du bist eingetragen.
shift-you-waiting = Du stehst auf der Warteliste, auf Platz { $position }.
shift-leave = Meine Anmeldung stornieren
shift-cancel = Diesen Termin absagen
shift-roster-link = Wer kommt
shift-weekday-1 = Montag
shift-weekday-2 = Dienstag
shift-weekday-3 = Mittwoch
shift-weekday-4 = Donnerstag
shift-weekday-5 = Freitag
shift-weekday-6 = Samstag
shift-weekday-7 = Sonntag

field-shift-day = Tag
field-start-time = Beginnt um
field-end-time = Endet um
field-slots = Anzahl der Plätze
field-frequency = Wie oft?
field-frequency-weekly = Jede Woche, an den unten angekreuzten Tagen
field-frequency-daily = Jeden Tag
field-weekdays = Wochentage
field-weekdays-hint = Für wöchentliche Termine. Wenn keiner angekreuzt ist, wird der Wochentag des ersten Tags verwendet.
field-first-day = Erster Tag
field-last-day = Letzter Tag
field-except = Tage ohne diesen Termin (optional)
field-except-hint = Feiertage, zum Beispiel: 2026-12-25, 2027-01-01
field-hours-day = Tag
field-hours-minutes = Wie viele Minuten?
field-hours-minutes-hint = Für anderthalb Stunden schreib 90.
field-hours-note = Was hast du gemacht? (optional)

## Die Teilnehmerliste eines Einsatzes

roster-title = Wer kommt
roster-fill = { $taken } von { $slots } Plätzen belegt
roster-csv = Liste herunterladen (CSV, für eine Tabellenkalkulation)
roster-confirmed = Bestätigt
roster-attendance-later = Ab 30 Minuten vor Beginn des Termins kannst du markieren, wer gekommen ist.
roster-nobody = Noch hat sich niemand eingetragen.
roster-attended = Gekommen
roster-no-show = Nicht gekommen
roster-remove = Entfernen
roster-waiting = Warteliste
roster-nobody-waiting = Niemand wartet.
roster-position = Platz { $position }
roster-ended = Storniert
roster-cancelled = storniert
roster-removed = von einem Koordinator entfernt
roster-late = kurzfristig
roster-erased-name = Ein ehemaliges Mitglied
roster-edit-shift = Diesen Termin ändern
roster-edit-hint = Nicht weniger als die bereits bestätigten Personen.
roster-edit-submit = Änderungen speichern
field-minutes = Minuten
roster-notice-attendance-saved = Anwesenheit gespeichert.
roster-notice-removed = Die Anmeldung wurde entfernt. Die erste wartende Person, falls vorhanden, hat jetzt den Platz.
roster-notice-shift-saved = Der Termin wurde geändert. Alle Eingetragenen werden benachrichtigt.

## Meine Einsätze

my-shifts-nav = Meine Einsätze
my-shifts-title = Meine Einsätze
my-shifts-total = Meine geleisteten Stunden:
my-shifts-calendar = Meine Einsätze zu meinem Kalender hinzufügen
my-shifts-upcoming = Demnächst
my-shifts-none-upcoming = Du hast dich für nichts Anstehendes eingetragen.
my-shifts-recent = Kürzlich
my-shifts-none-recent = Nichts in den letzten 30 Tagen.
my-shifts-attended = Du warst da: { $duration }
my-shifts-no-show = Als nicht anwesend markiert
my-shifts-done = Erledigt
my-shifts-cancelled = Du hast abgesagt
my-shifts-removed = Von einem Koordinator entfernt
my-shifts-reports = Von mir gemeldete Stunden
my-shifts-no-reports = Du hast noch keine Stunden gemeldet.
my-shifts-report-pending = wartet auf Bestätigung
my-shifts-report-approved = bestätigt
my-shifts-report-declined = abgelehnt
my-shifts-notice-cancelled = Deine Anmeldung ist storniert.

## Die Übersicht einer Organisation

dashboard-link = Übersicht
dashboard-title = Übersicht
dashboard-publish = Angebot veröffentlichen
dashboard-figures = In Zahlen
dashboard-upcoming-shifts = Anstehende Termine
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Belegte Plätze
dashboard-percent = { $percent } %
dashboard-places = { $taken } von { $slots }
dashboard-no-places = Keine anstehenden Plätze
dashboard-hours-month = Stunden in diesem Monat
dashboard-hours-total = Stunden insgesamt
dashboard-upcoming = Demnächst
dashboard-no-upcoming = Es sind keine Termine geplant.
dashboard-fill = { $taken } von { $slots } Plätzen belegt{ $waiting ->
    [0] {""}
   *[other] , { $waiting } auf der Warteliste
}
dashboard-opportunities = Unsere Angebote
dashboard-no-opportunities = Du hast noch nichts veröffentlicht.
dashboard-reports = Zu bestätigende Stunden
dashboard-no-reports = Keine Stunden warten auf dich.
dashboard-approve = Bestätigen
dashboard-decline = Ablehnen
dashboard-notice-report-approved = Die Stunden sind bestätigt.
dashboard-notice-report-declined = Die Stunden sind abgelehnt.
dashboard-notice-report-decided-before = Über diese Stunden hatte schon jemand entschieden.

## Fähigkeiten und Themen

terms-link = Fähigkeiten und Themen
terms-title = Fähigkeiten und Themen
terms-skills = Fähigkeiten
terms-causes = Themen
terms-empty = Die Liste ist leer.
terms-rename = Umbenennen
terms-remove = Entfernen
terms-add = Fähigkeit oder Thema hinzufügen
terms-add-submit = Hinzufügen
terms-kind-skill = Eine Fähigkeit
terms-kind-cause = Ein Thema
terms-notice-added = Hinzugefügt.
terms-notice-renamed = Umbenannt.
terms-notice-removed = Entfernt.
field-term-kind = Welche Liste?
field-term-code = Code
field-term-code-hint = Ein kurzer, fester Name für Programme: 2 bis 40 Kleinbuchstaben, Ziffern und Bindestriche, wie first-aid.

# Eine Zeitdauer, wie man sie gewohnt ist („1 Std. 15 Min.“); $hours und $minutes kommen schon formatiert.
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
# A shift that has started and not yet ended.
shift-happening-now = Läuft gerade
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Mein Geburtsdatum angeben
terms-intro-languages = Angebote werden mit Einträgen aus diesen Listen versehen, und man kann danach filtern. Jeder Eintrag hat einen Namen auf Englisch; gib ihm Namen in den Sprachen, die die Leute hier lesen.
field-term-english = Name auf Englisch
terms-names-link = Namen in anderen Sprachen
terms-names-title = Namen von „{ $name }“
terms-names-intro = Gib diesem Eintrag einen Namen in jeder Sprache, die die Leute hier lesen. Fehlt er in einer Sprache, sehen deren Leser den Namen auf { $language }, sonst auf Englisch. Die vorgegebenen Einträge gibt es schon in allen Sprachen, solange ihr englischer Name nicht geändert wird.
terms-names-other-languages = Weitere Sprachen
terms-names-submit = Namen speichern
terms-add-name-in = Name auf { $language } (optional)
terms-add-name-hint = Namen in anderen Sprachen kannst du danach angeben.
terms-notice-named = Die Namen wurden gespeichert.
error-term-name-english = Der englische Name gehört in sein eigenes Feld.
roster-came = { $name } ist gekommen
roster-attendance-how = Alle sind als gekommen angekreuzt, mit den Minuten des Termins. Entferne das Kreuz bei allen, die nicht gekommen sind, passe die Minuten an, wo nötig, und speichere dann einmal.
roster-save-all = Anwesenheit speichern
error-attendance-minutes-out-of-range = Gib die Minuten als ganze Zahl an, von 0 bis zur Dauer des Termins plus 12 Stunden.
error-too-many-marks = Sende die Anwesenheit von höchstens 1.000 Personen auf einmal.
opportunity-create-account = Konto erstellen
opportunity-notice-welcome = Willkommen! Dein Konto ist bereit: Wähle unten einen Termin, um dich einzutragen.
signup-cancel-title = Möchtest du deinen Platz freigeben?
signup-cancel-question = Möchtest du deinen Platz bei „{ $title }“, { $when }, freigeben?
signup-cancel-hint = Dein Platz geht an die erste wartende Person oder wird wieder frei. Du kannst dich wieder eintragen, solange noch Plätze frei sind.
signup-cancel-confirm = Ja, meinen Platz freigeben
signup-cancel-keep = Nein, meinen Platz behalten
roster-remove-title = Möchtest du jemanden von diesem Termin entfernen?
roster-remove-question = Möchtest du { $name } von „{ $title }“, { $when }, entfernen?
roster-remove-hint = Die Person wird benachrichtigt, und der Platz geht an die erste wartende Person.
roster-remove-confirm = Ja, { $name } entfernen
roster-remove-keep = Nein, auf der Liste lassen
