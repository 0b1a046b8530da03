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

## Name, Telefon und E-Mail-Adresse auf der Kontoseite
account-details = Dein Name und deine Telefonnummer
account-details-submit = Name und Telefonnummer speichern
field-phone = Telefonnummer (optional)
field-phone-hint = Nur die Koordinatoren der Einsätze, für die du dich einträgst, sehen sie, um dich wegen eines Einsatzes zu erreichen.
notice-details-saved = Dein Name und deine Telefonnummer wurden gespeichert.
account-email = E-Mail-Adresse
account-email-current = Du meldest dich mit { $email } an.
account-email-unconfirmed = Diese Adresse ist noch nicht bestätigt. Öffne den Link, den wir an sie geschickt haben: Bis dahin können wir dir keine E-Mails schicken.
account-email-pending = Du möchtest stattdessen { $email } verwenden. Öffne den Link, den wir dorthin geschickt haben; bis dahin meldest du dich weiter mit deiner jetzigen Adresse an.
account-email-resend = Link noch einmal schicken
account-email-have-code = Ich habe einen Code aus der E-Mail
account-email-change = Meine E-Mail-Adresse ändern
account-email-how = Wir schicken einen Link an die neue Adresse. Sie ersetzt die jetzige erst, wenn du diesen Link öffnest.
field-new-email = Neue E-Mail-Adresse
field-email-password = Dein Passwort zur Bestätigung
account-email-submit = Link schicken
notice-email-link-sent = Wir haben dir einen Link geschickt. Öffne ihn in deinem Postfach, um die Adresse zu bestätigen.
notice-email-confirmed = Deine E-Mail-Adresse ist bestätigt.
banner-email-unconfirmed = Bitte bestätige deine E-Mail-Adresse { $email }: Öffne den Link, den wir dir geschickt haben. Bis dahin können wir dir keine E-Mails schicken.
banner-email-unconfirmed-link = Nicht bekommen?

## Eine Adresse mit dem zugeschickten Link bestätigen
email-confirm-title = Bestätige deine E-Mail-Adresse
email-confirm-text = Ist { $email } deine Adresse? Drück auf den Knopf, um sie zu bestätigen: Dein Konto verwendet sie dann für die Anmeldung und für E-Mails.
email-confirm-submit = Ja, meine Adresse bestätigen
field-confirm-code = Code aus der E-Mail
field-confirm-code-hint = Füge den langen Code aus der E-Mail ein, die wir dir geschickt haben.
email-confirmed-title = Deine Adresse ist bestätigt
email-confirmed-text = Ab jetzt schicken wir deine E-Mails an { $email }, und du meldest dich damit an.
email-confirmed-continue = Weiter
email-confirm-expired-title = Dieser Link funktioniert nicht mehr
email-confirm-expired-text = Ein Link zum Bestätigen einer Adresse funktioniert einmal, { $days } Tage lang. Fordere auf deiner Kontoseite einen neuen an: Das dauert nur eine Minute.
email-confirm-ask-again = Neuen Link anfordern
email-confirm-taken-title = Diese Adresse wird schon verwendet
email-confirm-taken-text = Ein anderes Konto verwendet jetzt { $email }, deshalb kann sie nicht auch deine sein. Dein Konto behält seine bisherige Adresse.

## Die E-Mail mit dem Link
mail-confirm-subject = Bestätige deine E-Mail-Adresse
mail-confirm-body = Willkommen bei Entraide! Damit du Neuigkeiten zu deinen Einsätzen und zu den Anfragen deiner Nachbarn per E-Mail bekommst, bestätige bitte, dass diese Adresse dir gehört.
mail-confirm-new-body = Du möchtest diese Adresse für dein Konto bei Entraide verwenden. Bestätige sie, um dich damit anzumelden und deine E-Mails hier zu bekommen.
mail-confirm-link = Öffne dazu innerhalb von 7 Tagen diesen Link:
mail-confirm-code = Melde dich dazu auf der Website an, öffne „Mein Konto“, wähle „Ich habe einen Code aus der E-Mail“ und füge innerhalb von 7 Tagen diesen Code ein:
mail-confirm-ignore = Wenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren: Es ändert sich nichts.
mail-confirm-footer = Du bekommst diese E-Mail, weil diese Adresse für ein Konto bei Entraide angegeben wurde.

## Die E-Mail an eine Adresse, die ein Konto nicht mehr verwendet
mail-email-changed-subject = Deine E-Mail-Adresse wurde geändert
mail-email-changed-body = Dein Konto bei Entraide verwendet { $previous } nicht mehr: Ab jetzt meldest du dich mit { $email } an, und deine E-Mails gehen dorthin.
mail-email-changed-not-you = Wenn du das nicht warst, benutzt vielleicht jemand anderes dein Konto. Schreib sofort dem Team deiner Plattform: Es hilft dir, dein Konto zurückzubekommen.
mail-email-changed-footer = Du bekommst diese E-Mail, weil diese Adresse zu einem Konto bei Entraide gehörte.
