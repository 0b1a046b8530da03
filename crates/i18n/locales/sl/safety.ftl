## Stalne ponudbe, zahvale, blokiranje, prijave in moderiranje.

error-blocked = Eden od vaju je blokiral drugega: tej osebi ne morete pošiljati ponudb ali sporočil.
error-account-suspended = Ta račun je začasno onemogočen. Če mislite, da gre za napako, se obrnite na ljudi, ki upravljajo to spletno mesto.
error-platform-suspended = Ekipa te platforme vas je tukaj začasno onemogočila: še vedno lahko berete, ne morete pa prositi za pomoč, ponujati pomoči, se prijavljati ali pisati. Če mislite, da gre za napako, se obrnite nanjo.
error-moderate-admin = Skrbnikov platforme tukaj ni mogoče opozoriti ali onemogočiti. Pomagajo vam lahko ljudje, ki upravljajo spletno mesto.
error-block-self = Sebe ne morete blokirati.
error-report-kind-unknown = Izberite, kaj prijavljate: prošnjo, ponudbo ali sporočilo.
error-report-target-unknown = Tu ni ničesar za prijavo ali tega ne morete videti.
error-moderation-action-unknown = Izberite eno od dejanj: skrij, opozori, onemogoči, obnovi ali zavrni.
error-moderate-self = Sebe ne morete opozoriti ali onemogočiti.
error-standing-km-out-of-range = Izberite razdaljo od 1 do 10 km.
error-request-not-completed = Zahvalite se lahko, ko je pomoč označena kot opravljena.
error-taken-thanks = Za to prošnjo ste se že zahvalili.
error-unknown-standing-offer = Take stalne ponudbe ni.
error-unknown-block = Te osebe niste blokirali.
error-category-in-use = To kategorijo uporabljajo prošnje ali stalne ponudbe, zato je ni mogoče odstraniti. Namesto tega jo preimenujte.

## Stalne ponudbe
standing-title = Kaj lahko naredim za sosede
standing-intro = Enkrat povejte, pri čem lahko pomagate, kje in na katere dni. Ko bo sosed prosil za pomoč, ki ustreza, vam bomo sporočili. Nihče ne vidi, od kod se odpravite.
standing-mine = Moje stalne ponudbe
standing-none = Še nimate stalne ponudbe.
standing-withdraw = Ustavi to ponudbo
standing-new = Nova stalna ponudba
standing-what = Pri čem lahko pomagate?
standing-any-help = Kakršna koli pomoč
standing-every-day = Vsak dan
standing-within = do { $distance }
standing-days = Na katere dni?
standing-days-hint = Če vam ustreza vsak dan, ne označite ničesar.
standing-km = Kako daleč ste pripravljeni iti (v km)?
standing-km-hint = Do 10 km. 1 km je približno 15 minut hoje.
standing-point-hint = Kraj, od koder se odpravite, na primer vaš dom. Vidite ga samo vi.
standing-note = Nekaj besed (neobvezno)
standing-note-hint = Na primer: imam avto ali pa lahko nosim težke torbe.
standing-publish = Objavi mojo ponudbo
standing-notice-published = Vaša stalna ponudba je objavljena. O prošnjah, ki ustrezajo, vam bomo sporočili.
standing-notice-withdrawn = Vaša stalna ponudba je ustavljena.
help-page-standing-link = Kaj lahko naredim za sosede

## Zahvale
thanks-title = Zahvalite se
thanks-intro = Pomoč je opravljena. Drugi osebi lahko pustite kratko zasebno sporočilo.
thanks-label = Vaše sporočilo
thanks-submit = Pošlji zahvalo
thanks-received = Zahvale

## Prijave
report-title = Prijavite težavo
report-intro = Prijavljate { $what } ekipi, ki upravlja to platformo.
report-what-request = prošnjo
report-what-offer = ponudbo
report-what-message = sporočilo
report-reason = Kaj ni v redu?
report-reason-hint = Ekipa prebere vsako prijavo. Oseba, ki jo prijavite, ne vidi vašega imena.
report-submit = Pošlji prijavo
report-sent = Hvala. Ekipa bo pregledala vašo prijavo. Če vas ta oseba nadleguje, jo lahko tudi blokirate.
report-link = Prijavite težavo

## Blokiranje
block-title = Blokirajte osebo
block-question = Želite blokirati osebo { $name }?
block-explained = Ko je oseba blokirana, vam ne more ponuditi pomoči ali vam pisati, vi pa ji ne morete ponuditi pomoči ali ji pisati. O tem ni obveščena.
block-submit = Da, blokiraj to osebo
block-cancel = Ne, nazaj
block-link = Blokiraj to osebo
blocks-title = Blokirane osebe
blocks-intro = Osebe, ki ste jih blokirali, vam ne morejo ponuditi pomoči ali vam pisati.
blocks-none = Nikogar niste blokirali.
blocks-unblock = Odblokiraj
blocks-notice-blocked = Ta oseba je blokirana.
blocks-notice-unblocked = Ta oseba ni več blokirana.

## Moderiranje
moderation-title = Moderiranje
moderation-intro = Prijave članov, najstarejše najprej. Vsako dejanje se zabeleži z vašim imenom in razlogom.
moderation-reports = Prijave za pregled
moderation-empty = Ni prijav za pregled.
moderation-suspended = onemogočeno
moderation-hidden = skrito
moderation-open-request = Odpri prošnjo
moderation-reported-by = Prijava od: { $name }
moderation-reason = Razlog
moderation-hide = Skrij
moderation-warn = Opozori avtorja
moderation-suspend = Onemogoči avtorja
moderation-dismiss = Vse je v redu
moderation-reinstate = Odpravi onemogočenje
moderation-log = Kaj je naredila ekipa
moderation-log-empty = Zaenkrat nič.
moderation-log-when = Kdaj
moderation-log-who = Kdo
moderation-log-what = Kaj
moderation-log-person = Oseba
moderation-log-undo = Razveljavi
moderation-done-hide = skritje vsebine
moderation-done-warn = opozorilo
moderation-done-suspend = onemogočenje
moderation-done-reinstate = odprava onemogočenja
moderation-done-dismiss = zaprtje prijave
moderation-notice-hide = Vsebina je skrita.
moderation-notice-warn = Avtor je opozorjen.
moderation-notice-suspend = Račun je onemogočen in uporabnik je odjavljen.
moderation-notice-reinstate = Onemogočenje je odpravljeno.
moderation-notice-dismiss = Prijava je zaprta.
moderation-link = Moderiranje
# Leaves the report form for the page the person was reading.
report-cancel = Nazaj
