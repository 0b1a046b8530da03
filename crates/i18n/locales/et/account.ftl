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
account-calendar = Kalender
account-calendar-intro = Sinu kinnitatud vahetused võivad ilmuda kalendrirakendusse, mida sa juba telefonis või arvutis kasutad. Telli seal oma privaatne kalendrilink („lisa kalender veebiaadressilt“): rakendus kontrollib seda ise ning näitab uusi vahetusi, muudatusi ja tühistamisi.
account-calendar-link = Sinu privaatne kalendrilink
account-calendar-link-hint = Kopeeri see kohe oma kalendrirakendusse. Sinu turvalisuse huvides me seda ei säilita, seega ei saa me seda uuesti näidata.
account-calendar-active = Sul on privaatne kalendrilink. Kui oled selle kaotanud, loo uus.
account-calendar-none = Sul pole veel privaatset kalendrilinki.
account-calendar-secret = Igaüks, kellel on see link, näeb sinu vahetusi, nii et hoia see enda teada. Kui keegi teine on selle saanud, loo uus: vana link lakkab kohe töötamast.
account-calendar-create = Loo minu privaatne link
account-calendar-replace = Loo uus link
account-calendar-revoke = Lülita minu link välja
account-calendar-download = Laadi minu vahetused alla kalendrifailina
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
notice-calendar-created = Sinu privaatne kalendrilink on valmis: kopeeri see kohe jaotisest Kalender.
notice-calendar-revoked = Sinu privaatne kalendrilink on välja lülitatud. Seda kasutanud kalendrirakendused ei saa enam sinu vahetusi.

# Privaatne kalendrivoog, mida loevad kalendrirakendused.
error-unknown-calendar-feed = Sellel aadressil pole kalendrit. Link võib olla välja lülitatud või asendatud.
problem-host-missing = Päringust ei selgu, millisele saidile see on mõeldud (päis Host puudub või on vigane).
account-birth-date = Sünniaeg
account-birth-date-submit = Salvesta sünniaeg
notice-birth-date-saved = Sinu sünniaeg on salvestatud.
sign-up-join = Liitu ka platvormiga { $platform }, et selle tegevustele registreeruda
