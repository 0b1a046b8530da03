# Izbira novega gesla, ko staro pozabite: strani in sporočilo.

password-forgot-link = Ste pozabili geslo?
password-forgot-title = Ste pozabili geslo?
password-forgot-intro = Vpišite e-poštni naslov svojega računa. Poslali vam bomo povezavo, s katero si izberete novo geslo.
password-forgot-submit = Pošlji mi povezavo
password-have-code = Imam kodo iz sporočila
password-sent-title = Preverite svojo pošto
password-sent-text = Če kateri koli račun uporablja naslov { $email }, je sporočilo s povezavo za izbiro novega gesla že na poti. Povezava deluje eno uro.
password-sent-nothing = Po nekaj minutah še vedno ni sporočila? Poglejte v mapo z neželeno pošto, preverite naslov ali zaprosite znova.
password-ask-again = Zaprosi znova
password-back-to-sign-in = Nazaj na prijavo
password-reset-title = Izberite novo geslo
password-reset-for = Za račun { $email }.
password-reset-submit = Shrani moje novo geslo
field-reset-code = Koda iz sporočila
field-reset-code-hint = Prilepite dolgo kodo iz sporočila, ki smo vam ga poslali.
password-expired-title = Ta povezava ne deluje več
password-expired-text = Povezava za izbiro novega gesla deluje eno uro in samo enkrat. Zaprosite za novo: vzame le minuto.
password-expired-ask = Zaprosi za novo povezavo
error-reset-link-expired = Ta koda ne deluje več: bila je že uporabljena ali pa je starejša od ene ure. Zaprosite za novo povezavo.
notice-password-reset = Vaše novo geslo je shranjeno in prijavljeni ste. Na vseh drugih napravah smo vas odjavili.

mail-password-reset-subject = Izberite novo geslo
mail-password-reset-body = Nekdo, verjetno vi, je zaprosil za izbiro novega gesla za vaš račun.
mail-password-reset-link = Če ga želite izbrati, v eni uri odprite to povezavo (deluje enkrat):
mail-password-reset-code = Če ga želite izbrati, pojdite na stran za prijavo na spletnem mestu, izberite „Ste pozabili geslo?“, nato „Imam kodo iz sporočila“ in v eni uri prilepite to kodo:
mail-password-reset-ignore = Če tega niste zahtevali, lahko to sporočilo prezrete: vaše geslo ostane, kakršno je.
mail-password-reset-footer = To sporočilo prejemate, ker je bilo za račun s tem naslovom zahtevano novo geslo.
