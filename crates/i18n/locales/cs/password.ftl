# Volba nového hesla, když to staré zapomenete: stránky a e-mail.

password-forgot-link = Zapomněli jste heslo?
password-forgot-title = Zapomněli jste heslo?
password-forgot-intro = Zadejte e-mailovou adresu svého účtu. Pošleme vám odkaz, přes který si zvolíte nové heslo.
password-forgot-submit = Poslat mi odkaz
password-have-code = Mám kód z e-mailu
password-sent-title = Podívejte se do pošty
password-sent-text = Pokud nějaký účet používá adresu { $email }, je na cestě e-mail s odkazem pro volbu nového hesla. Odkaz funguje jednu hodinu.
password-sent-nothing = Ani po pár minutách žádný e-mail? Podívejte se do složky se spamem, zkontrolujte adresu nebo požádejte znovu.
password-ask-again = Požádat znovu
password-back-to-sign-in = Zpět na přihlášení
password-reset-title = Zvolte si nové heslo
password-reset-for = Pro účet { $email }.
password-reset-submit = Uložit nové heslo
field-reset-code = Kód z e-mailu
field-reset-code-hint = Vložte dlouhý kód z e-mailu, který jsme vám poslali.
password-expired-title = Tento odkaz už nefunguje
password-expired-text = Odkaz pro volbu nového hesla funguje jednu hodinu a jen jednou. Požádejte o nový: zabere to minutu.
password-expired-ask = Požádat o nový odkaz
error-reset-link-expired = Tento kód už nefunguje: buď už byl použit, nebo je starší než hodinu. Požádejte o nový odkaz.
notice-password-reset = Vaše nové heslo je uložené a jste přihlášeni. Na všech ostatních zařízeních jsme vás odhlásili.

mail-password-reset-subject = Zvolte si nové heslo
mail-password-reset-body = Někdo, nejspíš vy, požádal o volbu nového hesla k vašemu účtu.
mail-password-reset-link = Nové heslo si zvolíte, když do hodiny otevřete tento odkaz (funguje jen jednou):
mail-password-reset-code = Nové heslo si zvolíte takto: přejděte na přihlašovací stránku webu, zvolte „Zapomněli jste heslo?“, potom „Mám kód z e-mailu“ a do hodiny vložte tento kód:
mail-password-reset-ignore = Pokud jste o to nežádali, můžete tento e-mail ignorovat: vaše heslo zůstává beze změny.
mail-password-reset-footer = Tento e-mail dostáváte, protože někdo požádal o nové heslo k účtu s touto adresou.
