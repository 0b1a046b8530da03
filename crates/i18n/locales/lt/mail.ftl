# El. laiškai apie registracijas ir pamainas. Kintamieji: $name (gavėjas), $title
# (veikla), $organisation, $when (diena ir valandos, jau užrašytos skaitytojui įprastu būdu),
# $position (vieta laukiančiųjų sąraše), $platform (platformos pavadinimas).

mail-greeting = Sveiki, { $name },
mail-when = { $start } – { $end }
mail-place = Vieta: { $address }
mail-signature = Dėkojame, kad padedate!
mail-footer = Šį laišką gaunate, nes užsiregistravote į pamainą platformoje { $platform }. Visus savo pranešimus rasite paskyroje.

mail-signup-confirmed-subject = Jums skirta vieta: { $title }
mail-signup-confirmed-body = Jūsų vieta patvirtinta: { $title } ({ $organisation }), { $when }. Jei nebegalite atvykti, atšaukite registraciją, kad jūsų vietą galėtų užimti kas nors kitas.

mail-signup-waitlisted-subject = Esate laukiančiųjų sąraše: { $title }
mail-signup-waitlisted-body = { $title } ({ $organisation }, { $when }): kol kas visos vietos užimtos. Jūsų numeris laukiančiųjų sąraše – { $position }. Kai tik vieta atiteks jums, iškart jums parašysime.

mail-signup-promoted-subject = Jums atsirado vieta: { $title }
mail-signup-promoted-body = Geros naujienos: atsilaisvino vieta ir ji atiteko jums. Dabar jūsų dalyvavimas patvirtintas: { $title } ({ $organisation }), { $when }.

mail-signup-removed-subject = Jūsų registracija pašalinta: { $title }
mail-signup-removed-body = Organizacijos { $organisation } koordinatoriai pašalino jūsų registraciją: { $title } ({ $when }). Jei manote, kad tai klaida, susisiekite su jais.

mail-shift-changed-subject = Naujas laikas: { $title }
mail-shift-changed-body = Pamaina, į kurią užsiregistravote ({ $title }, { $organisation }), pasikeitė. Dabar ji vyks: { $when }. Jei jums tai nebetinka, atšaukite registraciją.

mail-shift-cancelled-subject = Atšaukta: { $title }
mail-shift-cancelled-body = { $organisation } atšaukė pamainą: { $title }, { $when }. Jums atvykti nereikia. Dėkojame, kad buvote pasirengę padėti.

mail-shift-reminder-subject = Priminimas: { $title }
mail-shift-reminder-body = Draugiškai primename: jūsų laukiama – { $title } ({ $organisation }), { $when }. Jei vis dėlto negalite atvykti, atšaukite registraciją, kad jūsų vietą galėtų užimti kas nors kitas.

## Kaimynų pagalba. Niekada jokio adreso: laiškas gali būti skaitomas bet kur.
mail-help-signature = Ačiū, kad esate geras kaimynas!
mail-help-footer = Šį laišką gaunate, nes dalyvaujate kaimynų pagalboje platformoje { $platform }. Visus savo pranešimus rasite paskyroje.
mail-offer-received-subject = Kažkas pasiūlė pagalbą: { $title }
mail-offer-received-body = Kaimynas pasiūlė padėti dėl jūsų prašymo „{ $title }“. Atidarykite prašymą, perskaitykite jo žinutę ir, jei jums tinka, priimkite pasiūlymą.
mail-offer-accepted-subject = Jūsų pasiūlymas priimtas: { $title }
mail-offer-accepted-body = Gera žinia: jūsų pasiūlymas padėti dėl „{ $title }“ priimtas ({ $when }). Dabar galite matyti adresą ir rašyti žmogui prašymo pokalbyje.
mail-offer-declined-subject = Ačiū už jūsų pasiūlymą: { $title }
mail-offer-declined-body = Ačiū, kad pasiūlėte padėti dėl „{ $title }“. Šį kartą prašymas buvo išspręstas kitaip, todėl jūsų pagalbos jam nereikia. Jūsų gerumas pastebėtas: kiti kaimynai prašo pagalbos, ir tikimės, kad rasite, kam galite padėti.
mail-request-nearby-subject = Netoliese esančiam kaimynui reikia pagalbos: { $title }
mail-request-nearby-body = Naujas prašymas atitinka tai, ką nurodėte galintys daryti: „{ $title }“ ({ $when }). Atidarykite jį, kad sužinotumėte daugiau, ir, jei galite, pasiūlykite pagalbą.
mail-help-thanked-subject = Padėka už „{ $title }“
mail-help-thanked-body = Žmogus, kuriam padėjote arba kuris padėjo jums dėl „{ $title }“, paliko jums raštelį. Atidarykite prašymą, kad jį perskaitytumėte.
mail-moderation-warning-subject = Žinutė nuo { $platform } komandos
mail-moderation-warning-body = { $platform } valdanti komanda perskaitė, ką parašėte, ir prašo jūsų pakeisti, kaip dalyvaujate. Jų priežastis: { $reason }. Jei tai pasikartos, jūsų paskyra gali būti sustabdyta.
mail-open-this = Atidarykite čia:
mail-message-received-subject = { $from } jums parašė dėl „{ $title }“
mail-message-received-body = { $count ->
    [one] { $from } atsiuntė jums { $count } naują žinutę dėl „{ $title }“. Perskaitykite ir atsakykite platformoje { $platform }.
    [few] { $from } atsiuntė jums { $count } naujas žinutes dėl „{ $title }“. Perskaitykite jas ir atsakykite platformoje { $platform }.
    [many] { $from } atsiuntė jums { $count } naujos žinutės dėl „{ $title }“. Perskaitykite jas ir atsakykite platformoje { $platform }.
   *[other] { $from } atsiuntė jums { $count } naujų žinučių dėl „{ $title }“. Perskaitykite jas ir atsakykite platformoje { $platform }.
}
