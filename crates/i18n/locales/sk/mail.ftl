# E-maily o prihláškach a termínoch. Premenné: $name (príjemca), $title
# (príležitosť), $organisation, $when (deň a hodiny, už zapísané tak, ako je čitateľ zvyknutý),
# $position (poradie na čakacej listine), $platform (názov platformy).

mail-greeting = Dobrý deň, { $name },
mail-when = { $start } – { $end }
mail-place = Kde: { $address }
mail-signature = Ďakujeme, že pomáhate!
mail-footer = Tento e-mail dostávate, pretože ste sa zapísali na termín na platforme { $platform }. Všetky svoje oznámenia nájdete vo svojom účte.

mail-signup-confirmed-subject = Máte miesto: { $title }
mail-signup-confirmed-body = Vaše miesto na termíne „{ $title }“ v organizácii { $organisation } je potvrdené: { $when }. Ak už nemôžete prísť, zrušte, prosím, svoju prihlášku, aby vaše miesto mohol zaujať niekto iný.

mail-signup-waitlisted-subject = Ste na čakacej listine: { $title }
mail-signup-waitlisted-body = Termín „{ $title }“ v organizácii { $organisation } ({ $when }) je zatiaľ plne obsadený. Na čakacej listine ste { $position }. v poradí a napíšeme vám, hneď ako pre vás bude miesto.

mail-signup-promoted-subject = Uvoľnilo sa pre vás miesto: { $title }
mail-signup-promoted-body = Dobrá správa: uvoľnilo sa miesto a je vaše. Teraz máte potvrdenú účasť na termíne „{ $title }“ v organizácii { $organisation }: { $when }.

mail-signup-removed-subject = Vaša prihláška bola odstránená: { $title }
mail-signup-removed-body = Koordinátori organizácie { $organisation } odstránili vašu prihlášku na termín „{ $title }“ ({ $when }). Ak si myslíte, že ide o omyl, obráťte sa, prosím, na nich.

mail-shift-changed-subject = Nový čas: { $title }
mail-shift-changed-body = Termín „{ $title }“ v organizácii { $organisation }, na ktorý ste sa zapísali, sa zmenil. Nový čas: { $when }. Ak vám už nevyhovuje, zrušte, prosím, svoju prihlášku.

mail-shift-cancelled-subject = Zrušené: { $title }
mail-shift-cancelled-body = Organizácia { $organisation } zrušila termín „{ $title }“ plánovaný na { $when }. Nemusíte prísť. Ďakujeme, že ste boli pripravení pomôcť.

mail-shift-reminder-subject = Pripomienka: { $title }
mail-shift-reminder-body = Priateľská pripomienka: organizácia { $organisation } vás očakáva na termíne „{ $title }“, { $when }. Ak napokon nemôžete prísť, zrušte, prosím, svoju prihlášku, aby vaše miesto mohol zaujať niekto iný.

## Susedská pomoc. Nikdy nie adresa: e-mail sa môže čítať kdekoľvek.
mail-help-signature = Ďakujeme, že ste dobrý sused!
mail-help-footer = Tento e-mail dostávate, pretože sa zapájate do susedskej pomoci na platforme { $platform }. Všetky svoje oznámenia nájdete vo svojom účte.
mail-offer-received-subject = Niekto ponúkol pomoc: { $title }
mail-offer-received-body = Sused ponúkol pomoc s vašou žiadosťou „{ $title }“. Otvorte žiadosť, prečítajte si jeho správu a ak vám ponuka vyhovuje, prijmite ju.
mail-offer-accepted-subject = Vaša ponuka bola prijatá: { $title }
mail-offer-accepted-body = Dobrá správa: vaša ponuka pomôcť so žiadosťou „{ $title }“ bola prijatá ({ $when }). Teraz vidíte adresu a môžete tej osobe písať v konverzácii k žiadosti.
mail-offer-declined-subject = Ďakujeme za vašu ponuku: { $title }
mail-offer-declined-body = Ďakujeme, že ste ponúkli pomoc so žiadosťou „{ $title }“. Tentoraz sa žiadosť vyriešila inak, takže vaša pomoc pri nej nie je potrebná. Vašu láskavosť si vážime: ďalší susedia žiadajú o pomoc a dúfame, že nájdete niekoho, komu môžete pomôcť.
mail-request-nearby-subject = Sused vo vašom okolí potrebuje pomoc: { $title }
mail-request-nearby-body = Nová žiadosť zodpovedá tomu, s čím ste uviedli, že môžete pomôcť: „{ $title }“ ({ $when }). Otvorte ju, dozviete sa viac, a ak môžete, ponúknite pomoc.
mail-help-thanked-subject = Poďakovanie za „{ $title }“
mail-help-thanked-body = Osoba, ktorej ste pomohli alebo ktorá pomohla vám so žiadosťou „{ $title }“, vám nechala odkaz. Otvorte žiadosť a prečítajte si ho.
mail-moderation-warning-subject = Správa od tímu platformy { $platform }
mail-moderation-warning-body = Tím, ktorý prevádzkuje platformu { $platform }, si prečítal, čo ste napísali, a žiada vás, aby ste zmenili spôsob, akým sa zapájate. Dôvod: { $reason }. Ak sa to zopakuje, váš účet môže byť pozastavený.
mail-open-this = Otvoriť môžete tu:
mail-message-received-subject = { $from } vám píše k žiadosti „{ $title }“
mail-message-received-body = { $count ->
    [one] { $from } vám píše k žiadosti „{ $title }“: máte novú správu. Prečítajte si ju a odpovedzte na platforme { $platform }.
    [few] { $from } vám píše k žiadosti „{ $title }“: máte { $count } nové správy. Prečítajte si ich a odpovedzte na platforme { $platform }.
    [many] { $from } vám píše k žiadosti „{ $title }“: máte { $count } novej správy. Prečítajte si ich a odpovedzte na platforme { $platform }.
   *[other] { $from } vám píše k žiadosti „{ $title }“: máte { $count } nových správ. Prečítajte si ich a odpovedzte na platforme { $platform }.
}
