# Ein neues Passwort wählen, wenn das alte vergessen ist: die Seiten und die E-Mail.

password-forgot-link = Passwort vergessen?
password-forgot-title = Passwort vergessen?
password-forgot-intro = Gib die E-Mail-Adresse deines Kontos ein. Wir schicken dir einen Link, mit dem du ein neues Passwort wählen kannst.
password-forgot-submit = Schick mir einen Link
password-have-code = Ich habe einen Code aus der E-Mail
password-sent-title = Schau in dein Postfach
password-sent-text = Wenn ein Konto { $email } verwendet, ist eine E-Mail mit einem Link zum Wählen eines neuen Passworts unterwegs. Der Link funktioniert eine Stunde lang.
password-sent-nothing = Nach ein paar Minuten noch keine E-Mail? Schau in deinen Spam-Ordner, prüfe die Adresse oder frag noch einmal.
password-ask-again = Noch einmal fragen
password-back-to-sign-in = Zurück zur Anmeldung
password-reset-title = Wähle ein neues Passwort
password-reset-for = Für das Konto { $email }.
password-reset-submit = Mein neues Passwort speichern
field-reset-code = Code aus der E-Mail
field-reset-code-hint = Füge den langen Code aus der E-Mail ein, die wir dir geschickt haben.
password-expired-title = Dieser Link funktioniert nicht mehr
password-expired-text = Ein Link zum Wählen eines neuen Passworts funktioniert eine Stunde lang und nur einmal. Fordere einen neuen an: Das dauert nur eine Minute.
password-expired-ask = Neuen Link anfordern
error-reset-link-expired = Dieser Code funktioniert nicht mehr: Er wurde schon benutzt oder ist älter als eine Stunde. Fordere einen neuen Link an.
notice-password-reset = Dein neues Passwort ist gespeichert und du bist angemeldet. Überall sonst wurdest du abgemeldet.

mail-password-reset-subject = Wähle ein neues Passwort
mail-password-reset-body = Jemand, wahrscheinlich du, möchte ein neues Passwort für dein Konto wählen.
mail-password-reset-link = Öffne dazu innerhalb einer Stunde diesen Link (er funktioniert einmal):
mail-password-reset-code = Geh dazu auf die Anmeldeseite der Website, wähle „Passwort vergessen?“, dann „Ich habe einen Code aus der E-Mail“ und füge innerhalb einer Stunde diesen Code ein:
mail-password-reset-ignore = Wenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren: Dein Passwort bleibt, wie es ist.
mail-password-reset-footer = Du bekommst diese E-Mail, weil für das Konto mit dieser Adresse ein neues Passwort angefordert wurde.
