# E-pasta vēstules par pierakstiem un maiņām. Mainīgie: $name (saņēmējs), $title
# (aktivitāte), $organisation, $when (diena un laiks, jau uzrakstīti lasītājam ierastā veidā),
# $position (vieta gaidīšanas sarakstā), $platform (platformas nosaukums).

mail-greeting = Labdien, { $name }!
mail-when = { $start } – { $end }
mail-place = Vieta: { $address }
mail-signature = Paldies, ka palīdzat!
mail-footer = Jūs saņemat šo vēstuli, jo pierakstījāties maiņai platformā { $platform }. Visi jūsu paziņojumi ir atrodami jūsu kontā.

mail-signup-confirmed-subject = Jums ir vieta: { $title }
mail-signup-confirmed-body = Jūsu vieta ir apstiprināta: { $title } ({ $organisation }), { $when }. Ja vairs nevarat ierasties, lūdzu, atceliet savu pierakstu, lai jūsu vietu varētu ieņemt kāds cits.

mail-signup-waitlisted-subject = Jūs esat gaidīšanas sarakstā: { $title }
mail-signup-waitlisted-body = { $title } ({ $organisation }, { $when }): pagaidām visas vietas ir aizņemtas. Jūsu numurs gaidīšanas sarakstā ir { $position }, un mēs jums uzrakstīsim, tiklīdz vieta būs jūsu.

mail-signup-promoted-subject = Jums atbrīvojās vieta: { $title }
mail-signup-promoted-body = Labas ziņas: atbrīvojās vieta, un tā ir jūsu. Jūsu dalība tagad ir apstiprināta: { $title } ({ $organisation }), { $when }.

mail-signup-removed-subject = Jūsu pieraksts tika noņemts: { $title }
mail-signup-removed-body = Organizācijas { $organisation } koordinatori noņēma jūsu pierakstu: { $title } ({ $when }). Ja domājat, ka tā ir kļūda, lūdzu, sazinieties ar viņiem.

mail-shift-changed-subject = Jauns laiks: { $title }
mail-shift-changed-body = Maiņa, kurai pierakstījāties ({ $title }, { $organisation }), ir mainīta. Jaunais laiks: { $when }. Ja tas jums vairs neder, lūdzu, atceliet savu pierakstu.

mail-shift-cancelled-subject = Atcelts: { $title }
mail-shift-cancelled-body = { $organisation } atcēla maiņu: { $title }, { $when }. Jums nav jāierodas. Paldies, ka bijāt gatavi palīdzēt.

mail-shift-reminder-subject = Atgādinājums: { $title }
mail-shift-reminder-body = Draudzīgs atgādinājums: jūs gaida – { $title } ({ $organisation }), { $when }. Ja tomēr nevarat ierasties, lūdzu, atceliet savu pierakstu, lai jūsu vietu varētu ieņemt kāds cits.
