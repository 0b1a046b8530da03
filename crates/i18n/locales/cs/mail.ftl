# E-maily o přihláškách a směnách. Proměnné: $name (příjemce), $title
# (příležitost), $organisation, $when (den a hodiny, už zapsané tak, jak je čtenář zvyklý),
# $position (pořadí na čekací listině), $platform (název platformy).

mail-greeting = Dobrý den, { $name },
mail-when = { $start } – { $end }
mail-place = Kde: { $address }
mail-signature = Děkujeme, že pomáháte!
mail-footer = Tento e-mail dostáváte, protože jste se zapsali na směnu na platformě { $platform }. Všechna svá oznámení najdete ve svém účtu.

mail-signup-confirmed-subject = Máte místo: { $title }
mail-signup-confirmed-body = Vaše místo na směně „{ $title }“ u organizace { $organisation } je potvrzeno: { $when }. Pokud už nemůžete přijít, zrušte prosím svou přihlášku, aby vaše místo mohl zaujmout někdo jiný.

mail-signup-waitlisted-subject = Jste na čekací listině: { $title }
mail-signup-waitlisted-body = Směna „{ $title }“ u organizace { $organisation } ({ $when }) je zatím plně obsazená. Na čekací listině jste { $position }. v pořadí a napíšeme vám, jakmile pro vás bude místo.

mail-signup-promoted-subject = Uvolnilo se pro vás místo: { $title }
mail-signup-promoted-body = Dobrá zpráva: uvolnilo se místo a je vaše. Nyní máte potvrzenou účast na směně „{ $title }“ u organizace { $organisation }: { $when }.

mail-signup-removed-subject = Vaše přihláška byla odebrána: { $title }
mail-signup-removed-body = Koordinátoři organizace { $organisation } odebrali vaši přihlášku na směnu „{ $title }“ ({ $when }). Pokud si myslíte, že jde o omyl, obraťte se prosím na ně.

mail-shift-changed-subject = Nový čas: { $title }
mail-shift-changed-body = Směna „{ $title }“ u organizace { $organisation }, na kterou jste se zapsali, se změnila. Nový termín: { $when }. Pokud vám už nevyhovuje, zrušte prosím svou přihlášku.

mail-shift-cancelled-subject = Zrušeno: { $title }
mail-shift-cancelled-body = Organizace { $organisation } zrušila směnu „{ $title }“ plánovanou na { $when }. Nemusíte přicházet. Děkujeme, že jste byli připraveni pomoci.

mail-shift-reminder-subject = Připomínka: { $title }
mail-shift-reminder-body = Přátelská připomínka: organizace { $organisation } vás očekává na směně „{ $title }“, { $when }. Pokud nakonec nemůžete přijít, zrušte prosím svou přihlášku, aby vaše místo mohl zaujmout někdo jiný.

## Sousedská pomoc. Nikdy adresa: e-mail si může kdokoli přečíst kdekoli.
mail-help-signature = Děkujeme, že jste dobrým sousedem!
mail-help-footer = Tento e-mail dostáváte, protože se zapojujete do sousedské pomoci na platformě { $platform }. Všechna svá oznámení najdete ve svém účtu.
mail-offer-received-subject = Někdo nabídl pomoc: { $title }
mail-offer-received-body = Soused nabídl pomoc s vaší žádostí „{ $title }“. Otevřete žádost, přečtěte si jeho zprávu a přijměte nabídku, pokud vám vyhovuje.
mail-offer-accepted-subject = Vaše nabídka byla přijata: { $title }
mail-offer-accepted-body = Dobrá zpráva: vaše nabídka pomoci s „{ $title }“ byla přijata ({ $when }). Teď vidíte adresu a můžete dané osobě napsat v konverzaci k žádosti.
mail-offer-declined-subject = Děkujeme za vaši nabídku: { $title }
mail-offer-declined-body = Děkujeme, že jste nabídli pomoc s „{ $title }“. Tentokrát se žádost vyřešila jinak, takže vaše pomoc s ní potřeba není. Vaší laskavosti si vážíme: o pomoc žádají i další sousedé a doufáme, že najdete někoho, komu můžete pomoci.
mail-request-nearby-subject = Soused ve vašem okolí potřebuje pomoc: { $title }
mail-request-nearby-body = Nová žádost odpovídá tomu, s čím jste uvedli, že můžete pomoci: „{ $title }“ ({ $when }). Otevřete ji, abyste viděli víc, a nabídněte pomoc, pokud můžete.
mail-help-thanked-subject = Poděkování za „{ $title }“
mail-help-thanked-body = Osoba, které jste pomohli nebo která pomohla vám, vám u „{ $title }“ nechala vzkaz. Otevřete žádost a přečtěte si ho.
mail-moderation-warning-subject = Zpráva od týmu platformy { $platform }
mail-moderation-warning-body = Tým, který provozuje platformu { $platform }, si přečetl, co jste napsali, a žádá vás, abyste změnili způsob, jakým se zapojujete. Zdůvodnění: { $reason }. Pokud se to bude opakovat, váš účet může být pozastaven.
mail-open-this = Otevřít můžete zde:
mail-message-received-subject = { $from } vám píše k žádosti „{ $title }“
mail-message-received-body = { $count ->
    [one] { $from } vám píše k žádosti „{ $title }“: máte novou zprávu. Přečtěte si ji a odpovězte na platformě { $platform }.
    [few] { $from } vám píše k žádosti „{ $title }“: máte { $count } nové zprávy. Přečtěte si je a odpovězte na platformě { $platform }.
    [many] { $from } vám píše k žádosti „{ $title }“: máte { $count } nové zprávy. Přečtěte si je a odpovězte na platformě { $platform }.
   *[other] { $from } vám píše k žádosti „{ $title }“: máte { $count } nových zpráv. Přečtěte si je a odpovězte na platformě { $platform }.
}
