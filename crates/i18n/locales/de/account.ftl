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
