# E-poštna sporočila o prijavah in izmenah. Spremenljivke: $name (prejemnik), $title
# (priložnost), $organisation, $when (dan in ure, že zapisani tako, kot je bralec vajen),
# $position (mesto na čakalnem seznamu), $platform (ime platforme).

mail-greeting = Pozdravljeni, { $name },
mail-when = { $start } – { $end }
mail-place = Kje: { $address }
mail-signature = Hvala, ker pomagate!
mail-footer = To sporočilo prejemate, ker ste se na platformi { $platform } prijavili na izmeno. Vsa vaša obvestila najdete v svojem računu.

mail-signup-confirmed-subject = Imate mesto: { $title }
mail-signup-confirmed-body = Vaše mesto na izmeni „{ $title }“ pri organizaciji { $organisation } je potrjeno: { $when }. Če ne morete več priti, prekličite prijavo, da lahko vaše mesto prevzame kdo drug.

mail-signup-waitlisted-subject = Ste na čakalnem seznamu: { $title }
mail-signup-waitlisted-body = Izmena „{ $title }“ pri organizaciji { $organisation } ({ $when }) je zaenkrat polna. Na čakalnem seznamu ste { $position }. po vrsti in pisali vam bomo takoj, ko bo mesto vaše.

mail-signup-promoted-subject = Sprostilo se je mesto za vas: { $title }
mail-signup-promoted-body = Dobra novica: sprostilo se je mesto in je vaše. Zdaj ste potrjeni za izmeno „{ $title }“ pri organizaciji { $organisation }: { $when }.

mail-signup-removed-subject = Vaša prijava je bila odstranjena: { $title }
mail-signup-removed-body = Koordinatorji organizacije { $organisation } so odstranili vašo prijavo na izmeno „{ $title }“ ({ $when }). Če menite, da gre za napako, se obrnite nanje.

mail-shift-changed-subject = Nov čas: { $title }
mail-shift-changed-body = Izmena „{ $title }“ pri organizaciji { $organisation }, na katero ste se prijavili, se je spremenila. Zdaj je: { $when }. Če vam ne ustreza več, prekličite prijavo.

mail-shift-cancelled-subject = Odpovedano: { $title }
mail-shift-cancelled-body = Organizacija { $organisation } je odpovedala izmeno „{ $title }“, načrtovano za { $when }. Ni vam treba priti. Hvala, ker ste bili pripravljeni pomagati.

mail-shift-reminder-subject = Opomnik: { $title }
mail-shift-reminder-body = Prijazen opomnik: organizacija { $organisation } vas pričakuje na izmeni „{ $title }“, { $when }. Če vseeno ne morete priti, prekličite prijavo, da lahko vaše mesto prevzame kdo drug.

## Sosedska pomoč. Nikoli naslova: sporočilo je lahko prebrano kjer koli.
mail-help-signature = Hvala, ker ste dober sosed!
mail-help-footer = To sporočilo prejemate, ker na platformi { $platform } sodelujete pri sosedski pomoči. Vsa vaša obvestila najdete v svojem računu.
mail-offer-received-subject = Nekdo je ponudil pomoč: { $title }
mail-offer-received-body = Sosed je ponudil pomoč pri vaši prošnji „{ $title }“. Odprite prošnjo, preberite njegovo sporočilo in sprejmite ponudbo, če vam ustreza.
mail-offer-accepted-subject = Vaša ponudba je sprejeta: { $title }
mail-offer-accepted-body = Dobra novica: vaša ponudba za pomoč pri „{ $title }“ je sprejeta ({ $when }). Zdaj lahko vidite naslov in osebi pišete v pogovoru pri prošnji.
mail-offer-declined-subject = Hvala za vašo ponudbo: { $title }
mail-offer-declined-body = Hvala, ker ste ponudili pomoč pri „{ $title }“. Tokrat je bila prošnja rešena drugače, zato vaša pomoč pri njej ni potrebna. Vaša prijaznost ni ostala neopažena: drugi sosedje prosijo za pomoč in upamo, da boste našli koga, ki mu lahko pomagate.
mail-request-nearby-subject = Sosed v vaši bližini potrebuje pomoč: { $title }
mail-request-nearby-body = Nova prošnja ustreza temu, kar ste rekli, da lahko naredite: „{ $title }“ ({ $when }). Odprite jo, da izveste več, in ponudite pomoč, če lahko.
mail-help-thanked-subject = Zahvala za „{ $title }“
mail-help-thanked-body = Oseba, ki ste ji pomagali ali ki je pomagala vam pri „{ $title }“, vam je pustila sporočilo. Odprite prošnjo, da ga preberete.
mail-moderation-warning-subject = Sporočilo ekipe platforme { $platform }
mail-moderation-warning-body = Ekipa, ki upravlja { $platform }, je prebrala, kar ste napisali, in vas prosi, da spremenite način sodelovanja. Njihov razlog: { $reason }. Če se to ponovi, vam lahko račun začasno onemogočijo.
mail-open-this = Odprete lahko tukaj:
mail-message-received-subject = { $from } vam piše glede prošnje „{ $title }“
mail-message-received-body = { $count ->
    [one] { $from } vam piše glede prošnje „{ $title }“: imate { $count } novo sporočilo. Preberite in odgovorite na platformi { $platform }.
    [two] { $from } vam piše glede prošnje „{ $title }“: imate { $count } novi sporočili. Preberite ju in odgovorite na platformi { $platform }.
    [few] { $from } vam piše glede prošnje „{ $title }“: imate { $count } nova sporočila. Preberite jih in odgovorite na platformi { $platform }.
   *[other] { $from } vam piše glede prošnje „{ $title }“: imate { $count } novih sporočil. Preberite jih in odgovorite na platformi { $platform }.
}
