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
