# E-kirjad registreerumiste ja vahetuste kohta. Muutujad: $name (saaja), $title
# (tegevus), $organisation, $when (päev ja kellaajad, juba lugejale omasel viisil kirjutatud),
# $position (koht ootenimekirjas), $platform (platvormi nimi).

mail-greeting = Tere, { $name }!
mail-when = { $start } – { $end }
mail-place = Koht: { $address }
mail-signature = Aitäh, et aitad!
mail-footer = Said selle kirja, sest registreerusid vahetusele platvormil { $platform }. Kõik sinu teavitused on sinu kontol.

mail-signup-confirmed-subject = Sul on koht: { $title }
mail-signup-confirmed-body = Sinu koht on kinnitatud: { $title } ({ $organisation }), { $when }. Kui sa ei saa enam tulla, tühista palun oma registreerumine, et keegi teine saaks sinu koha võtta.

mail-signup-waitlisted-subject = Oled ootenimekirjas: { $title }
mail-signup-waitlisted-body = { $title } ({ $organisation }, { $when }) on praegu täis. Oled ootenimekirjas { $position }. kohal ja kirjutame sulle kohe, kui koht on sinu.

mail-signup-promoted-subject = Sinu jaoks vabanes koht: { $title }
mail-signup-promoted-body = Hea uudis: üks koht vabanes ja see on sinu. Sinu osalemine on nüüd kinnitatud: { $title } ({ $organisation }), { $when }.

mail-signup-removed-subject = Sinu registreerumine eemaldati: { $title }
mail-signup-removed-body = Organisatsiooni { $organisation } koordinaatorid eemaldasid sinu registreerumise: { $title } ({ $when }). Kui see on sinu arvates eksitus, võta palun nendega ühendust.

mail-shift-changed-subject = Uus aeg: { $title }
mail-shift-changed-body = Vahetus, millele sa registreerusid ({ $title }, { $organisation }), on muutunud. Uus aeg on: { $when }. Kui see sulle enam ei sobi, tühista palun oma registreerumine.

mail-shift-cancelled-subject = Tühistatud: { $title }
mail-shift-cancelled-body = { $organisation } tühistas vahetuse: { $title }, { $when }. Sul ei ole vaja tulla. Aitäh, et olid valmis aitama.

mail-shift-reminder-subject = Meeldetuletus: { $title }
mail-shift-reminder-body = Sõbralik meeldetuletus: sind oodatakse – { $title } ({ $organisation }), { $when }. Kui sa siiski ei saa tulla, tühista palun oma registreerumine, et keegi teine saaks sinu koha võtta.

## Naabriabi. Mitte kunagi aadressi: kirja võidakse lugeda ükskõik kus.
mail-help-signature = Aitäh, et oled hea naaber!
mail-help-footer = Saad selle kirja, sest osaled naabriabis platvormil { $platform }. Kõik sinu teavitused on sinu kontol.
mail-offer-received-subject = Keegi pakkus abi: { $title }
mail-offer-received-body = Üks naaber pakkus abi sinu abipalvele „{ $title }“. Ava abipalve, et tema sõnumit lugeda, ja võta pakkumine vastu, kui see sulle sobib.
mail-offer-accepted-subject = Sinu pakkumine võeti vastu: { $title }
mail-offer-accepted-body = Hea uudis: sinu pakkumine aidata – „{ $title }“ – võeti vastu ({ $when }). Nüüd näed aadressi ja saad inimesele kirjutada abipalve vestluses.
mail-offer-declined-subject = Aitäh pakkumise eest: { $title }
mail-offer-declined-body = Aitäh, et pakkusid abi – „{ $title }“. Seekord lahendati abipalve teisiti, nii et sinu abi pole selleks vaja. Sinu lahkust märgatakse: ka teised naabrid paluvad abi ja loodame, et leiad mõne, keda saad aidata.
mail-request-nearby-subject = Naaber sinu lähedal vajab abi: { $title }
mail-request-nearby-body = Uus abipalve sobib sellega, mida sa ütlesid end oskavat: „{ $title }“ ({ $when }). Ava see, et rohkem näha, ja paku oma abi, kui saad.
mail-help-thanked-subject = Tänusõnad: „{ $title }“
mail-help-thanked-body = Inimene, keda sa aitasid või kes aitas sind – „{ $title }“ –, jättis sulle sõnumi. Ava abipalve, et seda lugeda.
mail-moderation-warning-subject = Sõnum platvormi { $platform } meeskonnalt
mail-moderation-warning-body = Platvormi { $platform } haldav meeskond luges, mida sa kirjutasid, ja palub sul oma osalemise viisi muuta. Nende põhjendus: { $reason }. Kui see kordub, võidakse sinu konto peatada.
mail-open-this = Ava siit:
mail-message-received-subject = { $from } kirjutas sulle abipalve „{ $title }“ kohta
mail-message-received-body = { $count ->
    [one] { $from } saatis sulle sõnumi abipalve „{ $title }“ kohta. Loe seda ja vasta platvormil { $platform }.
   *[other] { $from } saatis sulle { $count } uut sõnumit abipalve „{ $title }“ kohta. Loe neid ja vasta platvormil { $platform }.
}
