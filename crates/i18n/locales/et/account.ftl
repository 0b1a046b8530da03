# Registreerumine, sisse- ja väljalogimine; kontoleht.

sign-up-title = Loo oma konto
sign-up-intro = See võtab minuti. Küsime ainult seda, mida vajame.
sign-up-submit = Loo minu konto
sign-up-have-account = Kas sul on juba konto?
sign-in-title = Logi sisse
sign-in-submit = Logi sisse
sign-in-no-account = Oled siin uus?

field-display-name = Sinu nimi
field-display-name-hint = Nimi, mida teised näevad.
field-email = E-posti aadress
field-password = Parool
field-password-hint = Vähemalt 10 märki. Hästi sobivad mõned sõnad, mis sul meeles püsivad.
field-birth-date = Sünniaeg (valikuline)
field-birth-date-hint = Mõnel tegevusel on vanuse alampiir. Kasutame sünniaega ainult selle kontrollimiseks.
field-language = Keel
field-current-password = Praegune parool
field-new-password = Uus parool
field-password-confirm = Sinu parool kinnitamiseks

account-title = Minu konto
account-platforms = Minu platvormid
account-no-platforms = Sa ei ole veel ühegi platvormiga liitunud.
account-language = Keel
account-language-submit = Salvesta keel
account-password = Muuda parooli
account-password-submit = Muuda parooli
account-tokens = Rakenduste juurdepääs
account-tokens-intro = Neid võtmeid kasutavad rakendused ja skriptid, mis tegutsevad sinu nimel. Tühista need, mida sa enam ei kasuta.
account-no-tokens = Ühelgi rakendusel pole juurdepääsu.
account-token-revoked = tühistatud
account-token-revoke = Tühista
account-data = Minu andmed
account-data-intro = Laadi alla kõik, mida see platvorm sinu kohta talletab, failina, mida teised programmid saavad lugeda.
account-data-download = Laadi minu andmed alla
account-delete = Kustuta minu konto
account-delete-intro = Sinu nimi, e-posti aadress ja sünniaeg kustutatakse ning sa ei saa enam sisse logida. See, mida oled teiste heaks teinud, jääb ajalukku, kuid ilma sinu nimeta. Seda ei saa tagasi võtta.
account-delete-submit = Kustuta minu konto lõplikult

notice-welcome = Tere tulemast! Sinu konto on valmis.
notice-signed-out = Oled välja logitud. Näeme varsti!
notice-account-deleted = Sinu konto on kustutatud.
notice-password-changed = Sinu parool on muudetud. Sind logiti kõikjal mujal välja.
notice-language-changed = Sinu keel on salvestatud.
notice-token-revoked = Võti on tühistatud.
