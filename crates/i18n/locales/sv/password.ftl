# Välja ett nytt lösenord när det gamla är glömt: sidorna och meddelandet.

password-forgot-link = Glömt ditt lösenord?
password-forgot-title = Glömt ditt lösenord?
password-forgot-intro = Skriv e-postadressen till ditt konto. Vi skickar en länk där du kan välja ett nytt lösenord.
password-forgot-submit = Skicka en länk till mig
password-have-code = Jag har en kod från meddelandet
password-sent-title = Titta i din inkorg
password-sent-text = Om ett konto använder { $email } är ett meddelande med en länk för att välja ett nytt lösenord på väg. Länken fungerar i en timme.
password-sent-nothing = Inget meddelande efter några minuter? Titta i skräpposten, kontrollera adressen eller fråga igen.
password-ask-again = Fråga igen
password-back-to-sign-in = Tillbaka till inloggningen
password-reset-title = Välj ett nytt lösenord
password-reset-for = För kontot { $email }.
password-reset-submit = Spara mitt nya lösenord
field-reset-code = Kod från meddelandet
field-reset-code-hint = Klistra in den långa koden från meddelandet vi skickade till dig.
password-expired-title = Den här länken fungerar inte längre
password-expired-text = En länk för att välja ett nytt lösenord fungerar i en timme, och bara en gång. Be om en ny: det tar en minut.
password-expired-ask = Be om en ny länk
error-reset-link-expired = Den här koden fungerar inte längre: den har redan använts, eller så är den mer än en timme gammal. Be om en ny länk.
notice-password-reset = Ditt nya lösenord är sparat och du är inloggad. Du har loggats ut på alla andra ställen.

mail-password-reset-subject = Välj ett nytt lösenord
mail-password-reset-body = Någon, troligen du, har bett om att få välja ett nytt lösenord för ditt konto.
mail-password-reset-link = Öppna den här länken inom en timme för att välja det (den fungerar en gång):
mail-password-reset-code = För att välja det, gå till inloggningssidan på webbplatsen, välj ”Glömt ditt lösenord?”, sedan ”Jag har en kod från meddelandet” och klistra in den här koden inom en timme:
mail-password-reset-ignore = Om du inte har bett om det kan du strunta i det här meddelandet: ditt lösenord förblir som det är.
mail-password-reset-footer = Du får det här meddelandet eftersom någon har bett om ett nytt lösenord för kontot med den här adressen.
