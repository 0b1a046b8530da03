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
