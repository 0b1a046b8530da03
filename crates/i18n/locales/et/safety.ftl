## Püsipakkumised, tänud, blokeerimised, teated ja modereerimine.

error-blocked = Üks teist on teise blokeerinud: sa ei saa sellele inimesele pakkumisi ega sõnumeid saata.
error-account-suspended = See konto on peatatud. Kui see on sinu arvates eksitus, võta palun ühendust inimestega, kes seda saiti haldavad.
error-platform-suspended = Selle platvormi meeskond on sinu osalemise siin peatanud: sa saad endiselt lugeda, kuid mitte abi paluda ega pakkuda, registreeruda ega kirjutada. Kui see on sinu arvates eksitus, võta palun nendega ühendust.
error-moderate-admin = Platvormi administraatoreid ei saa siin hoiatada ega peatada. Aidata saavad inimesed, kes seda saiti haldavad.
error-block-self = Sa ei saa iseennast blokeerida.
error-report-kind-unknown = Vali, millest sa teatad: abipalvest, pakkumisest või sõnumist.
error-report-target-unknown = Siin ei ole millestki teatada või sa ei näe seda.
error-moderation-action-unknown = Vali üks tegevustest: peida, hoiata, peata, taasta või sulge.
error-moderate-self = Sa ei saa iseennast hoiatada ega peatada.
error-standing-km-out-of-range = Vali kaugus 1 kuni 10 km.
error-request-not-completed = Tänada saad siis, kui abi on märgitud tehtuks.
error-taken-thanks = Oled selle abipalve eest juba tänusõnad jätnud.
error-unknown-standing-offer = Sellist püsipakkumist ei ole.
error-unknown-block = Sa ei ole seda inimest blokeerinud.
error-category-in-use = Seda kategooriat kasutavad abipalved või püsipakkumised, seega ei saa seda eemaldada. Nimeta see selle asemel ümber.

## Püsipakkumised
standing-title = Mida ma saan oma naabrite heaks teha
standing-intro = Ütle üks kord, millega, kus ja mis päevadel sa aidata saad. Kui mõni naaber palub sobivat abi, anname sulle teada. Keegi ei näe, kust sa teele asud.
standing-mine = Minu püsipakkumised
standing-none = Sul ei ole veel ühtegi püsipakkumist.
standing-withdraw = Lõpeta see pakkumine
standing-new = Uus püsipakkumine
standing-what = Millega sa aidata saad?
standing-any-help = Igasugune abi
standing-every-day = Iga päev
standing-within = kuni { $distance } kaugusel
standing-days = Mis päevadel?
standing-days-hint = Iga päeva jaoks ära märgi midagi.
standing-km = Kui kaugele sa läheksid, km-des?
standing-km-hint = Kuni 10 km. 1 km on umbes 15 minutit jalgsi.
standing-point-hint = Koht, kust sa teele asud, näiteks sinu kodu. Seda näed ainult sina.
standing-note = Paar sõna (vabatahtlik)
standing-note-hint = Näiteks: mul on auto või ma saan kanda raskeid kotte.
standing-publish = Avalda minu pakkumine
standing-notice-published = Sinu püsipakkumine on avaldatud. Anname sulle teada sobivatest abipalvetest.
standing-notice-withdrawn = Sinu püsipakkumine on tagasi võetud.
help-page-standing-link = Mida ma saan oma naabrite heaks teha

## Tänud
thanks-title = Ütle aitäh
thanks-intro = Abi on antud. Võid jätta teisele inimesele lühikese privaatse sõnumi.
thanks-label = Sinu sõnum
thanks-submit = Saada minu tänu
thanks-received = Tänusõnad

## Teated
report-title = Teata probleemist
report-intro = Sa teatad selle platvormi meeskonnale järgmisest: { $what }.
report-what-request = abipalve
report-what-offer = pakkumine
report-what-message = sõnum
report-reason = Mis on valesti?
report-reason-hint = Meeskond loeb iga teate läbi. Inimene, kellest sa teatad, ei näe sinu nime.
report-submit = Saada teade
report-sent = Aitäh. Meeskond vaatab sinu teate üle. Kui see inimene sind häirib, võid ta ka blokeerida.
report-link = Teata probleemist

## Blokeerimised
block-title = Blokeeri inimene
block-question = Kas blokeerida { $name }?
block-explained = Pärast blokeerimist ei saa see inimene sulle abi pakkuda ega kirjutada ning sina ei saa talle abi pakkuda ega kirjutada. Talle sellest ei teatata.
block-submit = Jah, blokeeri see inimene
block-cancel = Ei, mine tagasi
block-link = Blokeeri see inimene
blocks-title = Inimesed, keda olen blokeerinud
blocks-intro = Inimesed, keda sa oled blokeerinud, ei saa sulle abi pakkuda ega kirjutada.
blocks-none = Sa ei ole kedagi blokeerinud.
blocks-unblock = Tühista blokeering
blocks-notice-blocked = See inimene on blokeeritud.
blocks-notice-unblocked = See inimene ei ole enam blokeeritud.

## Modereerimine
moderation-title = Modereerimine
moderation-intro = Liikmete teated, vanimad eespool. Iga tegevus logitakse koos sinu nime ja põhjendusega.
moderation-reports = Läbivaatamist ootavad teated
moderation-empty = Läbivaatamist ootavaid teateid ei ole.
moderation-suspended = peatatud
moderation-hidden = peidetud
moderation-open-request = Ava abipalve
moderation-reported-by = Teatas: { $name }
moderation-reason = Põhjendus
moderation-hide = Peida see
moderation-warn = Hoiata autorit
moderation-suspend = Peata autor
moderation-dismiss = Kõik on korras
moderation-reinstate = Tühista peatamine
moderation-log = Mida meeskond tegi
moderation-log-empty = Veel mitte midagi.
moderation-log-when = Millal
moderation-log-who = Kes
moderation-log-what = Mida
moderation-log-person = Inimene
moderation-log-undo = Võta tagasi
moderation-done-hide = peitis sisu
moderation-done-warn = hoiatas
moderation-done-suspend = peatas
moderation-done-reinstate = tühistas peatamise
moderation-done-dismiss = sulges teate
moderation-notice-hide = Sisu on peidetud.
moderation-notice-warn = Autorit on hoiatatud.
moderation-notice-suspend = Konto on peatatud ja välja logitud.
moderation-notice-reinstate = Peatamine on tühistatud.
moderation-notice-dismiss = Teade on suletud.
moderation-link = Modereerimine
# Leaves the report form for the page the person was reading.
report-cancel = Tagasi
