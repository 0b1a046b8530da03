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
