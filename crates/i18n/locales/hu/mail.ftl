# Levelek a jelentkezésekről és a műszakokról. Változók: $name (a címzett), $title (a
# lehetőség), $organisation, $when (nap és időpont, már az olvasó szokása szerint írva),
# $position (hely a várólistán), $platform (a platform neve).

mail-greeting = Kedves { $name }!
mail-when = { $start } – { $end }
mail-place = Helyszín: { $address }
mail-signature = Köszönjük, hogy segít!
mail-footer = Azért kapja ezt a levelet, mert jelentkezett egy műszakra itt: { $platform }. Minden értesítését megtalálja a fiókjában.

mail-signup-confirmed-subject = Van helye: { $title }
mail-signup-confirmed-body = A helyét megerősítettük: { $title } ({ $organisation }), { $when }. Ha mégsem tud eljönni, kérjük, mondja le a jelentkezését, hogy más kaphassa meg a helyét.

mail-signup-waitlisted-subject = Várólistára került: { $title }
mail-signup-waitlisted-body = Ez az időpont jelenleg betelt: { $title } ({ $organisation }), { $when }. Ön a várólista { $position }. helyén áll, és amint egy hely az Öné lesz, írunk Önnek.

mail-signup-promoted-subject = Felszabadult egy hely az Ön számára: { $title }
mail-signup-promoted-body = Jó hír: felszabadult egy hely, és az Öné. Jelentkezését megerősítettük: { $title } ({ $organisation }), { $when }.

mail-signup-removed-subject = Jelentkezését eltávolították: { $title }
mail-signup-removed-body = A szervezet koordinátorai eltávolították ezt a jelentkezését: { $title } ({ $organisation }), { $when }. Ha úgy gondolja, hogy ez tévedés, kérjük, vegye fel velük a kapcsolatot.

mail-shift-changed-subject = Új időpont: { $title }
mail-shift-changed-body = Megváltozott a műszak, amelyre jelentkezett: { $title } ({ $organisation }). Az új időpont: { $when }. Ha így már nem felel meg Önnek, kérjük, mondja le a jelentkezését.

mail-shift-cancelled-subject = Elmarad: { $title }
mail-shift-cancelled-body = A szervezet ({ $organisation }) lemondta ezt a műszakot: { $title }, { $when }. Nem kell eljönnie. Köszönjük, hogy kész volt segíteni.

mail-shift-reminder-subject = Emlékeztető: { $title }
mail-shift-reminder-body = Szeretnénk emlékeztetni: várjuk Önt itt: { $title } ({ $organisation }), { $when }. Ha mégsem tud eljönni, kérjük, mondja le a jelentkezését, hogy más kaphassa meg a helyét.

## Szomszédsegítés. Soha ne szerepeljen a cím: egy levelet bárhol elolvashatnak.
mail-help-signature = Köszönjük, hogy jó szomszéd!
mail-help-footer = Azért kapja ezt a levelet, mert részt vesz a szomszédsegítésben itt: { $platform }. Minden értesítését megtalálja a fiókjában.
mail-offer-received-subject = Valaki felajánlotta a segítségét: { $title }
mail-offer-received-body = Egy szomszéd felajánlotta, hogy segít ebben a kérésében: „{ $title }”. Nyissa meg a kérést, olvassa el az üzenetét, és fogadja el az ajánlatot, ha megfelel Önnek.
mail-offer-accepted-subject = Elfogadták az ajánlatát: { $title }
mail-offer-accepted-body = Jó hír: elfogadták a segítségajánlatát ehhez: „{ $title }” ({ $when }). Most már látja a címet, és írhat a személynek a kéréshez tartozó beszélgetésben.
mail-offer-declined-subject = Köszönjük az ajánlatát: { $title }
mail-offer-declined-body = Köszönjük, hogy felajánlotta a segítségét ehhez: „{ $title }”. Ezúttal a kérés más módon rendeződött, így most nincs szükség az Ön segítségére. Kedvességét észrevettük: más szomszédok is segítséget kérnek, és reméljük, talál olyat, akinek segíteni tud.
mail-request-nearby-subject = Egy Önhöz közeli szomszédnak segítségre van szüksége: { $title }
mail-request-nearby-body = Egy új kérés illik ahhoz, amit vállalt: „{ $title }” ({ $when }). Nyissa meg a részletekért, és ajánlja fel a segítségét, ha tudja.
mail-help-thanked-subject = Köszönet ezért: „{ $title }”
mail-help-thanked-body = Az a személy, akinek segített, vagy aki Önnek segített ebben: „{ $title }”, üzenetet hagyott Önnek. Nyissa meg a kérést, hogy elolvassa.
mail-moderation-warning-subject = Üzenet a(z) { $platform } csapatától
mail-moderation-warning-body = A(z) { $platform } platformot üzemeltető csapat elolvasta, amit írt, és arra kéri, változtasson a részvétele módján. Az indoklásuk: { $reason }. Ha ez megismétlődik, a fiókját felfüggeszthetik.
mail-open-this = Itt nyithatja meg:
mail-message-received-subject = { $from } írt Önnek ezzel kapcsolatban: „{ $title }”
mail-message-received-body = { $count ->
    [one] { $from } üzenetet küldött Önnek ezzel kapcsolatban: „{ $title }”. Olvassa el, és válaszoljon itt: { $platform }.
   *[other] { $from } { $count } új üzenetet küldött Önnek ezzel kapcsolatban: „{ $title }”. Olvassa el őket, és válaszoljon itt: { $platform }.
}
