# Oznámenia v aplikácii a stránka odchádzajúcej pošty pre tých, ktorí platformu prevádzkujú.

nav-notifications = Oznámenia
nav-notifications-unread = { $count ->
    [one] { $count } neprečítané
    [few] { $count } neprečítané
    [many] { $count } neprečítaného
   *[other] { $count } neprečítaných
}

notifications-title = Oznámenia
notifications-intro = Čo sa stalo s vašimi prihláškami a termínmi, od najnovších.
notifications-empty = Zatiaľ nič. Keď sa vo vašich prihláškach niečo zmení, nájdete to tu.
notifications-new = Nové

notification-signup-confirmed = Vaše miesto na termíne „{ $title }“ ({ $when }) je potvrdené.
notification-signup-waitlisted = Na čakacej listine na termín „{ $title }“ ({ $when }) ste { $position }. v poradí.
notification-signup-promoted = Uvoľnilo sa miesto: teraz máte potvrdenú účasť na termíne „{ $title }“ ({ $when }).
notification-signup-removed = Koordinátori odstránili vašu prihlášku na termín „{ $title }“ ({ $when }).
notification-shift-changed = Termín „{ $title }“ sa zmenil. Nový čas: { $when }.
notification-shift-cancelled = Termín „{ $title }“ ({ $when }) bol zrušený.
notification-shift-reminder = Pripomienka: očakávajú vás na termíne „{ $title }“, { $when }.
notification-other = Vo vašich prihláškach sa niečo zmenilo.

outbox-title = Odchádzajúca pošta
outbox-intro = Každý e-mail, ktorý { $platform } odošle, sa uchováva tu. E-maily označené „neodoslané“ čakajú, pretože nie je nastavený žiadny poštový server: prečítajte si ich tu a v prípade potreby ich pošlite ďalej.
outbox-empty = Zatiaľ žiadne e-maily.
outbox-to = Komu
outbox-written = Napísané
outbox-status = Stav
outbox-sent = Odoslané
outbox-not-sent = Neodoslané
outbox-read = Prečítať e-mail
notification-offer-received = Niekto ponúkol pomoc so žiadosťou „{ $title }“.
notification-offer-accepted = Vaša ponuka pomôcť so žiadosťou „{ $title }“ bola prijatá.
notification-offer-declined = Ďakujeme, že ste ponúkli pomoc so žiadosťou „{ $title }“: tentoraz sa to vyriešilo inak.
notification-request-nearby = Sused vo vašom okolí potrebuje pomoc: „{ $title }“.
notification-help-thanked = Dostali ste poďakovanie za „{ $title }“.
notification-moderation-warning = Tím platformy { $platform } vám poslal upozornenie: { $reason }
outbox-filter-recipient = Adresa príjemcu
outbox-filter-submit = Zobraziť
outbox-state-all = Všetky e-maily
outbox-none-match = Žiadny e-mail nezodpovedá. Skúste časť adresy alebo všetky e-maily.
outbox-older = Staršie e-maily
outbox-site-title = E-maily o účtoch
outbox-site-intro = E-maily, ktoré sa týkajú priamo účtov ľudí, napríklad odkaz na výber nového hesla, nepatria k žiadnej platforme. Bez poštového servera čakajú tu. Odkaz v takom e-maile otvára účet, pre ktorý bol e-mail napísaný: pošlite ho ďalej len majiteľovi tohto účtu.
error-outbox-state-unknown = Zvoľte všetky e-maily, odoslané alebo neodoslané.
outbox-filters = Nájsť e-mail
notification-message-received = { $count ->
    [one] { $from } vám píše k žiadosti „{ $title }“: máte novú správu.
    [few] { $from } vám píše k žiadosti „{ $title }“: máte { $count } nové správy.
    [many] { $from } vám píše k žiadosti „{ $title }“: máte { $count } novej správy.
   *[other] { $from } vám píše k žiadosti „{ $title }“: máte { $count } nových správ.
}
