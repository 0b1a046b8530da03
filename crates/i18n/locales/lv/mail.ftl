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

## Kaimiņu palīdzība. Nekad ne adresi: vēstuli var lasīt jebkur.
mail-help-signature = Paldies, ka esat labs kaimiņš!
mail-help-footer = Jūs saņemat šo vēstuli, jo piedalāties kaimiņu palīdzībā platformā { $platform }. Visi jūsu paziņojumi ir atrodami jūsu kontā.
mail-offer-received-subject = Kāds piedāvāja palīdzību: { $title }
mail-offer-received-body = Kāds kaimiņš piedāvāja palīdzēt ar jūsu lūgumu „{ $title }”. Atveriet lūgumu, lai izlasītu viņa ziņu, un pieņemiet piedāvājumu, ja tas jums der.
mail-offer-accepted-subject = Jūsu piedāvājums ir pieņemts: { $title }
mail-offer-accepted-body = Laba ziņa: jūsu piedāvājums palīdzēt ar „{ $title }” ir pieņemts ({ $when }). Tagad varat redzēt adresi un rakstīt personai lūguma sarunā.
mail-offer-declined-subject = Paldies par jūsu piedāvājumu: { $title }
mail-offer-declined-body = Paldies, ka piedāvājāt palīdzēt ar „{ $title }”. Šoreiz lūgums tika atrisināts citādi, tāpēc jūsu palīdzība tam nav vajadzīga. Jūsu laipnība nepaliek nepamanīta: citi kaimiņi lūdz palīdzību, un ceram, ka atradīsiet kādu, kam varat palīdzēt.
mail-request-nearby-subject = Kaimiņam jūsu tuvumā vajag palīdzību: { $title }
mail-request-nearby-body = Jauns lūgums atbilst tam, ar ko teicāt, ka varat palīdzēt: „{ $title }” ({ $when }). Atveriet to, lai uzzinātu vairāk, un piedāvājiet palīdzību, ja varat.
mail-help-thanked-subject = Pateicība par „{ $title }”
mail-help-thanked-body = Persona, kurai palīdzējāt vai kura palīdzēja jums ar „{ $title }”, atstāja jums zīmīti. Atveriet lūgumu, lai to izlasītu.
mail-moderation-warning-subject = Ziņa no { $platform } komandas
mail-moderation-warning-body = Komanda, kas uztur { $platform }, izlasīja, ko rakstījāt, un lūdz jūs mainīt to, kā jūs piedalāties. Viņu iemesls: { $reason }. Ja tas atkārtosies, jūsu kontu var apturēt.
mail-open-this = Atveriet šeit:
mail-message-received-subject = { $from } jums rakstīja par „{ $title }”
mail-message-received-body = { $count ->
    [zero] { $from } jums nosūtīja { $count } jaunas ziņas par „{ $title }”. Izlasiet tās un atbildiet platformā { $platform }.
    [one] { $from } jums nosūtīja { $count } jaunu ziņu par „{ $title }”. Izlasiet un atbildiet platformā { $platform }.
   *[other] { $from } jums nosūtīja { $count } jaunas ziņas par „{ $title }”. Izlasiet tās un atbildiet platformā { $platform }.
}
