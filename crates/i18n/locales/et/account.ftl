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

## Nimi, telefon ja e-posti aadress kontolehel
account-details = Sinu nimi ja telefon
account-details-submit = Salvesta nimi ja telefon
field-phone = Telefoninumber (valikuline)
field-phone-hint = Seda näevad ainult nende vahetuste koordinaatorid, kuhu sa registreerud, et sinuga vahetuse asjus ühendust võtta.
notice-details-saved = Sinu nimi ja telefoninumber on salvestatud.
account-email = E-posti aadress
account-email-current = Sa logid sisse aadressiga { $email }.
account-email-unconfirmed = See aadress pole veel kinnitatud. Ava link, mille sellele saatsime: seni ei saa me sulle ühtegi kirja saata.
account-email-pending = Soovisid kasutada hoopis aadressi { $email }. Ava link, mille sinna saatsime; seni logid sa sisse oma praeguse aadressiga.
account-email-resend = Saada link uuesti
account-email-have-code = Mul on kirjast saadud kood
account-email-change = Muuda oma e-posti aadressi
account-email-how = Saadame uuele aadressile lingi. See asendab praeguse aadressi alles siis, kui sa selle lingi avad.
field-new-email = Uus e-posti aadress
field-email-password = Sinu parool kinnitamiseks
account-email-submit = Saada link
notice-email-link-sent = Saatsime sulle lingi. Ava see oma postkastist, et aadress kinnitada.
notice-email-confirmed = Sinu e-posti aadress on kinnitatud.
banner-email-unconfirmed = Palun kinnita oma e-posti aadress { $email }: ava link, mille sulle saatsime. Seni ei saa me sulle ühtegi kirja saata.
banner-email-unconfirmed-link = Ei saanud kätte?

## Aadressi kinnitamine saadetud lingiga
email-confirm-title = Kinnita oma e-posti aadress
email-confirm-text = Kas { $email } on sinu aadress? Vajuta nuppu, et see kinnitada: sinu konto kasutab seda sisselogimiseks ja kirjade jaoks.
email-confirm-submit = Jah, kinnita minu aadress
field-confirm-code = Kirjast saadud kood
field-confirm-code-hint = Kleebi siia pikk kood kirjast, mille sulle saatsime.
email-confirmed-title = Sinu aadress on kinnitatud
email-confirmed-text = Nüüdsest saadame sinu kirjad aadressile { $email } ja sa logid sellega sisse.
email-confirmed-continue = Jätka
email-confirm-expired-title = See link enam ei tööta
email-confirm-expired-text = Aadressi kinnitamise link töötab ühe korra ja { $days } päeva jooksul. Küsi uus oma kontolehelt: see võtab minuti.
email-confirm-ask-again = Küsi uus link
email-confirm-taken-title = See aadress on juba kasutusel
email-confirm-taken-text = Aadressi { $email } kasutab nüüd teine konto, seega ei saa see olla ka sinu oma. Sinu kontole jääb aadress, mis tal varem oli.

## Kiri lingiga
mail-confirm-subject = Kinnita oma e-posti aadress
mail-confirm-body = Tere tulemast Entraide'i! Et saada e-postiga uudiseid oma vahetuste ja naabrite abipalvete kohta, kinnita, et see aadress on sinu oma.
mail-confirm-new-body = Soovisid kasutada seda aadressi oma Entraide'i kontol. Kinnita see, et sellega sisse logida ja oma kirjad siia saada.
mail-confirm-link = Kinnitamiseks ava see link 7 päeva jooksul:
mail-confirm-code = Kinnitamiseks logi saidile sisse, ava „Minu konto“, vali „Mul on kirjast saadud kood“ ja kleebi see kood 7 päeva jooksul:
mail-confirm-ignore = Kui sa seda ei küsinud, võid selle kirja tähelepanuta jätta: midagi ei muutu.
mail-confirm-footer = Said selle kirja, sest see aadress anti Entraide'i konto jaoks.

## Kiri aadressile, mida konto enam ei kasuta
mail-email-changed-subject = Sinu e-posti aadress muudeti
mail-email-changed-body = Sinu Entraide'i konto ei kasuta enam aadressi { $previous }: nüüdsest logid sa sisse aadressiga { $email } ja sinu kirjad lähevad sinna.
mail-email-changed-not-you = Kui sa seda ise ei teinud, võib keegi teine sinu kontot kasutada. Kirjuta kohe oma platvormi meeskonnale: nad aitavad sul konto tagasi saada.
mail-email-changed-footer = Said selle kirja, sest see aadress kuulus Entraide'i kontole.
