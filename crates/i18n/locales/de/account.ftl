# Registrieren, An- und Abmelden; die Kontoseite.

sign-up-title = Erstelle dein Konto
sign-up-intro = Das dauert nur eine Minute. Wir fragen nur nach dem, was wir brauchen.
sign-up-submit = Mein Konto erstellen
sign-up-have-account = Du hast schon ein Konto?
sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-no-account = Neu hier?

field-display-name = Dein Name
field-display-name-hint = Der Name, den andere sehen.
field-email = E-Mail-Adresse
field-password = Passwort
field-password-hint = Mindestens 10 Zeichen. Ein paar Wörter, die du dir gut merken kannst, eignen sich gut.
field-birth-date = Geburtsdatum (optional)
field-birth-date-hint = Für manche Aktivitäten gilt ein Mindestalter. Wir verwenden das Datum nur, um das zu prüfen.
field-language = Sprache
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort
field-password-confirm = Dein Passwort zur Bestätigung

account-title = Mein Konto
account-platforms = Meine Plattformen
account-no-platforms = Du bist noch keiner Plattform beigetreten.
account-language = Sprache
account-language-submit = Sprache speichern
account-password = Passwort ändern
account-password-submit = Passwort ändern
account-tokens = Zugang für Apps
account-tokens-intro = Apps und Skripte, die in deinem Namen handeln, verwenden diese Schlüssel. Widerrufe alle, die du nicht mehr nutzt.
account-no-tokens = Keine App hat Zugang.
account-token-revoked = widerrufen
account-token-revoke = Widerrufen
account-calendar = Kalender
account-calendar-intro = Deine bestätigten Einsätze können in der Kalender-App erscheinen, die du schon nutzt, auf deinem Handy oder Computer. Abonniere dort deinen privaten Kalenderlink („Kalender über eine Internetadresse hinzufügen“): Die App prüft ihn von selbst und zeigt neue Einsätze, Änderungen und Absagen an.
account-calendar-link = Dein privater Kalenderlink
account-calendar-link-hint = Kopiere ihn jetzt in deine Kalender-App. Zu deiner Sicherheit speichern wir ihn nicht, deshalb können wir ihn dir nicht noch einmal zeigen.
account-calendar-active = Du hast einen privaten Kalenderlink. Wenn du ihn verloren hast, erstelle einen neuen.
account-calendar-none = Du hast noch keinen privaten Kalenderlink.
account-calendar-secret = Wer den Link hat, kann deine Einsätze sehen, also behalte ihn für dich. Wenn jemand anderes ihn bekommen hat, erstelle einen neuen: Der alte Link funktioniert dann sofort nicht mehr.
account-calendar-create = Meinen privaten Link erstellen
account-calendar-replace = Neuen Link erstellen
account-calendar-revoke = Meinen Link abschalten
account-calendar-download = Meine Einsätze als Kalenderdatei herunterladen
account-data = Meine Daten
account-data-intro = Lade alles herunter, was diese Plattform über dich speichert, in einer Datei, die andere Programme lesen können.
account-data-download = Meine Daten herunterladen
account-delete = Mein Konto löschen
account-delete-intro = Dein Name, deine E-Mail-Adresse und dein Geburtsdatum werden gelöscht, und du kannst dich nicht mehr anmelden. Was du für andere getan hast, bleibt ohne deinen Namen im Verlauf erhalten. Das kann nicht rückgängig gemacht werden.
account-delete-submit = Mein Konto endgültig löschen

notice-welcome = Willkommen! Dein Konto ist bereit.
notice-signed-out = Du bist abgemeldet. Bis bald!
notice-account-deleted = Dein Konto wurde gelöscht.
notice-password-changed = Dein Passwort wurde geändert. Überall sonst wurdest du abgemeldet.
notice-language-changed = Deine Sprache wurde gespeichert.
notice-token-revoked = Der Schlüssel wurde widerrufen.
notice-calendar-created = Dein privater Kalenderlink ist bereit: Kopiere ihn jetzt im Bereich „Kalender“.
notice-calendar-revoked = Dein privater Kalenderlink ist abgeschaltet. Kalender-Apps, die ihn verwendet haben, bekommen deine Einsätze nicht mehr.

# Der private Kalender-Feed, den Kalender-Apps abrufen.
error-unknown-calendar-feed = Unter dieser Adresse gibt es keinen Kalender. Der Link wurde vielleicht abgeschaltet oder ersetzt.
problem-host-missing = Die Anfrage gibt nicht an, für welche Website sie bestimmt ist (der Host-Header fehlt oder ist fehlerhaft).
account-birth-date = Geburtsdatum
account-birth-date-submit = Geburtsdatum speichern
notice-birth-date-saved = Dein Geburtsdatum wurde gespeichert.
sign-up-join = Auch { $platform } beitreten, um dich dort für Aktivitäten einzutragen
