# E-poruke o prijavama i smjenama. Varijable: $name (primatelj), $title
# (prilika), $organisation, $when (dan i sati, već zapisani onako kako je čitatelj navikao),
# $position (mjesto na listi čekanja), $platform (naziv platforme).

mail-greeting = Dobar dan, { $name },
mail-when = { $start } – { $end }
mail-place = Gdje: { $address }
mail-signature = Hvala vam što pomažete!
mail-footer = Ovu poruku primate jer ste se prijavili za smjenu na platformi { $platform }. Sve vaše obavijesti nalaze se u vašem računu.

mail-signup-confirmed-subject = Imate mjesto: { $title }
mail-signup-confirmed-body = Vaše mjesto u smjeni „{ $title }“ organizacije { $organisation } potvrđeno je: { $when }. Ako više ne možete doći, otkažite prijavu kako bi vaše mjesto mogao preuzeti netko drugi.

mail-signup-waitlisted-subject = Na listi čekanja ste: { $title }
mail-signup-waitlisted-body = Smjena „{ $title }“ organizacije { $organisation } ({ $when }) zasad je popunjena. Na listi čekanja ste { $position }. po redu i javit ćemo vam čim mjesto bude vaše.

mail-signup-promoted-subject = Oslobodilo se mjesto za vas: { $title }
mail-signup-promoted-body = Dobre vijesti: oslobodilo se mjesto i vaše je. Sada ste potvrđeni za smjenu „{ $title }“ organizacije { $organisation }: { $when }.

mail-signup-removed-subject = Vaša je prijava uklonjena: { $title }
mail-signup-removed-body = Koordinatori organizacije { $organisation } uklonili su vašu prijavu za smjenu „{ $title }“ ({ $when }). Ako mislite da je riječ o pogrešci, javite im se.

mail-shift-changed-subject = Novo vrijeme: { $title }
mail-shift-changed-body = Smjena „{ $title }“ organizacije { $organisation } za koju ste se prijavili promijenjena je. Novo vrijeme: { $when }. Ako vam više ne odgovara, otkažite prijavu.

mail-shift-cancelled-subject = Otkazano: { $title }
mail-shift-cancelled-body = Organizacija { $organisation } otkazala je smjenu „{ $title }“ planiranu za { $when }. Ne trebate dolaziti. Hvala vam što ste bili spremni pomoći.

mail-shift-reminder-subject = Podsjetnik: { $title }
mail-shift-reminder-body = Prijateljski podsjetnik: organizacija { $organisation } očekuje vas u smjeni „{ $title }“, { $when }. Ako ipak ne možete doći, otkažite prijavu kako bi vaše mjesto mogao preuzeti netko drugi.

## Susjedska pomoć. Nikad adresa: e-poruka se može čitati bilo gdje.
mail-help-signature = Hvala vam što ste dobar susjed!
mail-help-footer = Ovu e-poruku primate jer sudjelujete u susjedskoj pomoći na platformi { $platform }. Sve vaše obavijesti nalaze se u vašem računu.
mail-offer-received-subject = Netko je ponudio pomoć: { $title }
mail-offer-received-body = Susjed je ponudio pomoć za vaš zahtjev „{ $title }“. Otvorite zahtjev da biste pročitali poruku i prihvatite ponudu ako vam odgovara.
mail-offer-accepted-subject = Vaša je ponuda prihvaćena: { $title }
mail-offer-accepted-body = Dobre vijesti: vaša ponuda pomoći za „{ $title }“ je prihvaćena ({ $when }). Sada možete vidjeti adresu i pisati toj osobi u razgovoru uz zahtjev.
mail-offer-declined-subject = Hvala vam na ponudi: { $title }
mail-offer-declined-body = Hvala vam što ste ponudili pomoć za „{ $title }“. Ovaj put zahtjev je riješen na drugi način pa vaša pomoć za njega nije potrebna. Vaša ljubaznost nije prošla nezapaženo: drugi susjedi traže pomoć i nadamo se da ćete pronaći nekoga kome možete pomoći.
mail-request-nearby-subject = Susjed u vašoj blizini treba pomoć: { $title }
mail-request-nearby-body = Novi zahtjev odgovara onome što ste rekli da možete učiniti: „{ $title }“ ({ $when }). Otvorite ga da biste saznali više i ponudite pomoć ako možete.
mail-help-thanked-subject = Zahvala za „{ $title }“
mail-help-thanked-body = Osoba kojoj ste pomogli ili koja je pomogla vama oko „{ $title }“ ostavila vam je poruku. Otvorite zahtjev da biste je pročitali.
mail-moderation-warning-subject = Poruka tima platforme { $platform }
mail-moderation-warning-body = Tim koji vodi platformu { $platform } pročitao je što ste napisali i moli vas da promijenite način sudjelovanja. Njihov razlog: { $reason }. Ako se to ponovi, vaš račun može biti suspendiran.
mail-open-this = Otvorite ovdje:
mail-message-received-subject = { $from } vam piše o zahtjevu „{ $title }“
mail-message-received-body = { $count ->
    [one] { $from } vam piše o zahtjevu „{ $title }“: imate { $count } novu poruku. Pročitajte i odgovorite na platformi { $platform }.
    [few] { $from } vam piše o zahtjevu „{ $title }“: imate { $count } nove poruke. Pročitajte ih i odgovorite na platformi { $platform }.
   *[other] { $from } vam piše o zahtjevu „{ $title }“: imate { $count } novih poruka. Pročitajte ih i odgovorite na platformi { $platform }.
}
