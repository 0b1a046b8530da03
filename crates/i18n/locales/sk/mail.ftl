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
