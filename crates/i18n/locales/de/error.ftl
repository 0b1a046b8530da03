# Fehler: Titel der Probleme (API und Seiten) und Meldungen zu jedem Fehlercode.

problem-invalid-input = Angaben fehlen oder sind falsch
problem-malformed = Die Anfrage konnte nicht gelesen werden
problem-json-expected = Sende den Inhalt als JSON mit dem Content-Type application/json.
problem-object-expected = Der Inhalt muss ein JSON-Objekt sein.
problem-conflict = Das gibt es bereits
problem-unauthenticated = Bitte melde dich an
problem-forbidden = Das darfst du nicht
problem-not-found = Nicht gefunden
problem-refused = Diese Änderung ist nicht möglich
problem-too-many-requests = Zu viele Versuche
problem-retry-after = Bitte warte { $seconds ->
    [one] eine Sekunde
   *[other] { $seconds } Sekunden
}, bevor du es noch einmal versuchst.
problem-internal = Bei uns ist etwas schiefgelaufen

page-forbidden = Deine Rolle auf dieser Plattform erlaubt das nicht.
page-internal = Das tut uns leid: Bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.
page-form-expired = Dieses Formular ist abgelaufen. Bitte geh zurück, lade die Seite neu und versuche es noch einmal.

error-required = Bitte fülle dieses Feld aus.
error-too-long = Das ist zu lang.
error-type = Dieser Wert hat den falschen Typ: { $detail }
error-email-malformed = Gib eine E-Mail-Adresse wie name@example.org ein.
error-password-too-short = Das Passwort muss mindestens 10 Zeichen haben.
error-password-wrong = Dieses Passwort ist nicht richtig.
error-credentials-wrong = Die E-Mail-Adresse oder das Passwort ist nicht richtig.
error-date-malformed = Gib ein Datum wie 1990-04-23 ein.
error-birth-date-implausible = Prüfe das Geburtsdatum: Es darf nicht in der Zukunft oder vor 1900 liegen.
error-locale-unknown = Diese Sprache ist nicht verfügbar.
error-slug-length = Verwende 2 bis 40 Zeichen.
error-slug-characters = Verwende nur Kleinbuchstaben, Ziffern und Bindestriche; am Anfang und am Ende darf kein Bindestrich stehen.
error-latitude-out-of-range = Der Breitengrad muss zwischen -90 und 90 liegen.
error-longitude-out-of-range = Der Längengrad muss zwischen -180 und 180 liegen.
error-coordinates-malformed = Schreibe den Punkt als Breitengrad,Längengrad, zum Beispiel 50.85,4.35.
error-organisation-kind-unknown = Wähle eine der Organisationsarten.
error-role-unknown = Diese Rolle gibt es nicht.
error-account-unknown = Mit dieser E-Mail-Adresse hat noch niemand ein Konto.
error-platform-unknown = Unter dieser Adresse gibt es keine Plattform.
error-last-admin = Eine Organisation braucht mindestens einen Administrator. Füge zuerst einen weiteren Administrator hinzu.
error-taken-email = Ein Konto mit dieser E-Mail-Adresse gibt es bereits.
error-taken-slug = Eine andere Plattform verwendet diese Adresse bereits.
error-taken-member = Diese Person ist bereits Mitglied.
error-unknown-platform = Diese Plattform gibt es nicht.
error-unknown-organisation = Diese Organisation gibt es nicht.
error-unknown-account = Dieses Konto gibt es nicht.
error-unknown-token = Diesen Schlüssel gibt es nicht.
error-unknown-member = Diese Person ist kein Mitglied.
error-unknown-page = Unter dieser Adresse gibt es nichts.
error-unknown-parent = Diese übergeordnete Plattform gibt es nicht.
error-time-zone-unknown = Diese Zeitzone gibt es nicht. Verwende einen Namen wie Europe/Brussels.
