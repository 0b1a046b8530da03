# Výber nového hesla, keď to staré zabudnete: stránky a e-mail.

password-forgot-link = Zabudli ste heslo?
password-forgot-title = Zabudli ste heslo?
password-forgot-intro = Zadajte e-mailovú adresu svojho účtu. Pošleme vám odkaz, cez ktorý si zvolíte nové heslo.
password-forgot-submit = Poslať mi odkaz
password-have-code = Mám kód z e-mailu
password-sent-title = Pozrite sa do pošty
password-sent-text = Ak nejaký účet používa adresu { $email }, je na ceste e-mail s odkazom na výber nového hesla. Odkaz funguje jednu hodinu.
password-sent-nothing = Ani po pár minútach žiadny e-mail? Pozrite sa do priečinka so spamom, skontrolujte adresu alebo požiadajte znova.
password-ask-again = Požiadať znova
password-back-to-sign-in = Späť na prihlásenie
password-reset-title = Zvoľte si nové heslo
password-reset-for = Pre účet { $email }.
password-reset-submit = Uložiť nové heslo
field-reset-code = Kód z e-mailu
field-reset-code-hint = Vložte dlhý kód z e-mailu, ktorý sme vám poslali.
password-expired-title = Tento odkaz už nefunguje
password-expired-text = Odkaz na výber nového hesla funguje jednu hodinu a len raz. Požiadajte o nový: zaberie to minútu.
password-expired-ask = Požiadať o nový odkaz
error-reset-link-expired = Tento kód už nefunguje: buď už bol použitý, alebo je starší ako hodina. Požiadajte o nový odkaz.
notice-password-reset = Vaše nové heslo je uložené a ste prihlásení. Na všetkých ostatných zariadeniach sme vás odhlásili.

mail-password-reset-subject = Zvoľte si nové heslo
mail-password-reset-body = Niekto, pravdepodobne vy, požiadal o výber nového hesla k vášmu účtu.
mail-password-reset-link = Nové heslo si zvolíte, keď do hodiny otvoríte tento odkaz (funguje len raz):
mail-password-reset-code = Nové heslo si zvolíte takto: prejdite na prihlasovaciu stránku webu, zvoľte „Zabudli ste heslo?“, potom „Mám kód z e-mailu“ a do hodiny vložte tento kód:
mail-password-reset-ignore = Ak ste o to nežiadali, môžete tento e-mail ignorovať: vaše heslo zostáva bez zmeny.
mail-password-reset-footer = Tento e-mail dostávate, pretože niekto požiadal o nové heslo k účtu s touto adresou.
