## Platvormi privaatsusteade ja kasutustingimused
policy-title = Privaatsusteade ja kasutustingimused
policy-of = Platvormi { $platform } privaatsusteade ja kasutustingimused
policy-version = Versioon { $version }, avaldatud { $date }.
policy-standard-note = See on standardtekst: platvormi meeskond pole veel oma teksti kirjutanud.
policy-accept = Olen lugenud platvormi { $platform } privaatsusteadet ja kasutustingimusi ning nõustun nendega
policy-read = Loe privaatsusteadet ja kasutustingimusi
sign-up-privacy = Talletame sinu nime ja e-posti aadressi, et sinu kontot hallata, ega jaga neid kunagi kellegagi. Iga platvorm näitab sulle oma privaatsusteadet ja kasutustingimusi enne, kui sa sellega liitud.
sign-up-join-accept = Liitu ka platvormiga { $platform }, et selle tegevustele registreeruda. Nõustun selle privaatsusteate ja kasutustingimustega.
policy-edit-link = Muuda privaatsusteadet ja kasutustingimusi
policy-edit-title = Muuda privaatsusteadet ja kasutustingimusi
policy-edit-intro = Kirjuta tekst, millega inimesed platvormiga { $platform } liitudes nõustuvad, igas keeles, mida soovid. Kui mõnes keeles teksti pole, näevad lugejad teksti platvormi keeles. Salvestamine avaldab uue versiooni: sellega nõustuvad kõik, kes edaspidi liituvad.
policy-edit-written = Kirjutatud keeltes: { $languages }.
policy-edit-choose = Kirjuta selles keeles
field-policy-language = Keel
field-policy-body = Tekst
field-policy-body-hint = Eralda lõigud tühja reaga. Selle keele eemaldamiseks jäta väli tühjaks.
policy-edit-save = Avalda see versioon
notice-policy-published = Uus versioon on avaldatud.
error-policy-not-accepted = Liitumiseks märgi see kast: nii kinnitad, et nõustud privaatsusteate ja kasutustingimustega.
error-taken-policy = Samal hetkel avaldati teine versioon. Palun proovi uuesti.

## Standardtekst, kuni platvorm oma teksti kirjutab
policy-standard-who = Platvorm { $platform } haldab seda saiti, et naabrid saaksid üksteist aidata ja kohalikes organisatsioonides vabatahtlikuna kaasa lüüa. Siit saad teada, mida me sinu kohta talletame, kes seda näeb ja millised on need vähesed reeglid, mis hoiavad selle koha turvalisena.
policy-standard-kept = Mida me talletame: sinu nime, e-posti aadressi, parooli (ainult kujul, mida keegi ei saa tagasi lugeda) ja selle, mida sa ise lisada otsustad: telefoninumbri, sünniaja, vabatahtliku profiili, registreerumised ja tunnid, abipalved, pakkumised ja sõnumid.
policy-standard-seen = Kes seda näeb: teised näevad sinu nime. Nende vahetuste koordinaatorid, kuhu sa registreerud, näevad sinu e-posti aadressi ja telefoninumbrit. Abipalve täpset aadressi näeb ainult abiline, kelle abipalve esitaja vastu võtab. Vestlust loevad ainult selle kaks osapoolt ning platvormi meeskond, kui üks neist sellest teatab.
policy-standard-never = Mida me kunagi ei tee: me ei müü ega anna sinu andmeid ära, ei näita reklaami ega saada sinu aadressi teistele teenustele. Saadame sulle e-kirju ainult selle kohta, mida sa siin teed.
policy-standard-rights = Sinu õigused: oma konto lehel saad igal ajal alla laadida kõik, mida me sinu kohta talletame, seda parandada või oma konto kustutada. See, mida sa oled teinud, jääb siis ajalukku ilma sinu nimeta.
policy-standard-rules = Reeglid: ole lahke ja aus, austa teiste privaatsust ja ära kunagi küsi raha siin antud abi eest. Meeskond võib peita selle, mis neid reegleid rikub, ja peatada kontod, mis seda teevad.
policy-standard-questions = Küsimusi? Küsi platvormi { $platform } meeskonnalt.
