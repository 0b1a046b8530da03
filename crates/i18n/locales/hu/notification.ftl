# Értesítések az alkalmazásban, valamint a kimenő levelek oldala a platformot működtetők számára.

nav-notifications = Értesítések
nav-notifications-unread = { $count ->
    [one] 1 olvasatlan
   *[other] { $count } olvasatlan
}

notifications-title = Értesítések
notifications-intro = Mi történt a jelentkezéseivel és a műszakjaival, a legújabbak elöl.
notifications-empty = Még nincs semmi. Ha valami változik a jelentkezéseiben, itt találja.
notifications-new = Új

notification-signup-confirmed = A helyét megerősítettük: { $title } ({ $when }).
notification-signup-waitlisted = Ön a várólista { $position }. helyén áll: { $title } ({ $when }).
notification-signup-promoted = Felszabadult egy hely, így jelentkezését megerősítettük: { $title } ({ $when }).
notification-signup-removed = A koordinátorok eltávolították a jelentkezését: { $title } ({ $when }).
notification-shift-changed = Megváltozott a műszak: { $title }. Az új időpont: { $when }.
notification-shift-cancelled = A műszak elmarad: { $title } ({ $when }).
notification-shift-reminder = Emlékeztető: várjuk Önt itt: { $title }, { $when }.
notification-other = Valami megváltozott a jelentkezéseiben.

outbox-title = Kimenő levelek
outbox-intro = Itt megtalálható minden levél, amelyet a platform ({ $platform }) küld. A „nincs elküldve” jelölésű levelek azért várakoznak, mert nincs beállítva levelezőszerver: olvassa el őket itt, és szükség esetén továbbítsa őket.
outbox-empty = Még nincs levél.
outbox-to = Címzett
outbox-written = Létrehozva
outbox-status = Állapot
outbox-sent = Elküldve
outbox-not-sent = Nincs elküldve
outbox-read = A levél elolvasása
notification-offer-received = Valaki felajánlotta a segítségét ehhez: „{ $title }”.
notification-offer-accepted = Elfogadták a segítségajánlatát ehhez: „{ $title }”.
notification-offer-declined = Köszönjük, hogy felajánlotta a segítségét ehhez: „{ $title }”. Ezúttal más módon rendeződött.
notification-request-nearby = Egy Önhöz közeli szomszédnak segítségre van szüksége: „{ $title }”.
notification-help-thanked = Köszönetet kapott ezért: „{ $title }”.
notification-moderation-warning = A(z) { $platform } csapata figyelmeztetést küldött Önnek: { $reason }
outbox-filter-recipient = A címzett címe
outbox-filter-submit = Megjelenítés
outbox-state-all = Minden levél
outbox-none-match = Nincs egyező levél. Próbálja a cím egy részével, vagy válassza az összes levelet.
outbox-older = Régebbi levelek
outbox-site-title = Fiókokkal kapcsolatos levelek
outbox-site-intro = Az emberek fiókjával kapcsolatos levelek, például egy új jelszó választására szolgáló hivatkozás, egyik platformhoz sem tartoznak. Levelezőszerver nélkül itt várakoznak. Egy ilyen levélben lévő hivatkozás azt a fiókot nyitja meg, amelyhez a levél íródott: csak a fiók tulajdonosának adja tovább.
error-outbox-state-unknown = Válassza az összes levelet, az elküldötteket vagy a nem elküldötteket.
outbox-filters = Levél keresése
notification-message-received = { $count ->
    [one] { $from } üzenetet küldött Önnek ezzel kapcsolatban: „{ $title }”.
   *[other] { $from } { $count } új üzenetet küldött Önnek ezzel kapcsolatban: „{ $title }”.
}
