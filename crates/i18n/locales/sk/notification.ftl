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
