# Oznámení v aplikaci a stránka odchozí pošty pro ty, kdo platformu provozují.

nav-notifications = Oznámení
nav-notifications-unread = { $count ->
    [one] { $count } nepřečtené
    [few] { $count } nepřečtená
    [many] { $count } nepřečteného
   *[other] { $count } nepřečtených
}

notifications-title = Oznámení
notifications-intro = Co se stalo s vašimi přihláškami a směnami, od nejnovějšího.
notifications-empty = Zatím nic. Jakmile se ve vašich přihláškách něco změní, najdete to tady.
notifications-new = Nové

notification-signup-confirmed = Vaše místo na směně „{ $title }“ ({ $when }) je potvrzeno.
notification-signup-waitlisted = Na čekací listině na směnu „{ $title }“ ({ $when }) jste { $position }. v pořadí.
notification-signup-promoted = Uvolnilo se místo: nyní máte potvrzenou účast na směně „{ $title }“ ({ $when }).
notification-signup-removed = Koordinátoři odebrali vaši přihlášku na směnu „{ $title }“ ({ $when }).
notification-shift-changed = Směna „{ $title }“ se změnila. Nový termín: { $when }.
notification-shift-cancelled = Směna „{ $title }“ ({ $when }) byla zrušena.
notification-shift-reminder = Připomínka: očekávají vás na směně „{ $title }“, { $when }.
notification-other = Ve vašich přihláškách se něco změnilo.

outbox-title = Odchozí pošta
outbox-intro = Každý e-mail, který { $platform } odešle, se uchovává zde. E-maily označené „neodesláno“ čekají, protože není nastaven žádný poštovní server: přečtěte si je tady a v případě potřeby je předejte dál.
outbox-empty = Zatím žádné e-maily.
outbox-to = Komu
outbox-written = Napsáno
outbox-status = Stav
outbox-sent = Odesláno
outbox-not-sent = Neodesláno
outbox-read = Přečíst e-mail
notification-offer-received = Někdo nabídl pomoc s „{ $title }“.
notification-offer-accepted = Vaše nabídka pomoci s „{ $title }“ byla přijata.
notification-offer-declined = Děkujeme, že jste nabídli pomoc s „{ $title }“: tentokrát se to vyřešilo jinak.
notification-request-nearby = Soused ve vašem okolí potřebuje pomoc: „{ $title }“.
notification-help-thanked = Dostali jste poděkování za „{ $title }“.
notification-moderation-warning = Tým platformy { $platform } vám poslal napomenutí: { $reason }
outbox-filter-recipient = Adresa příjemce
outbox-filter-submit = Zobrazit
outbox-state-all = Všechny e-maily
outbox-none-match = Žádný e-mail neodpovídá. Zkuste část adresy nebo všechny e-maily.
outbox-older = Starší e-maily
outbox-site-title = E-maily o účtech
outbox-site-intro = E-maily, které se týkají přímo účtů lidí, například odkaz pro volbu nového hesla, nepatří k žádné platformě. Bez poštovního serveru čekají tady. Odkaz v takovém e-mailu otevírá účet, pro který byl e-mail napsán: předejte ho jen majiteli tohoto účtu.
error-outbox-state-unknown = Zvolte všechny e-maily, odeslané nebo neodeslané.
outbox-filters = Najít e-mail
notification-message-received = { $count ->
    [one] { $from } vám píše k žádosti „{ $title }“: máte novou zprávu.
    [few] { $from } vám píše k žádosti „{ $title }“: máte { $count } nové zprávy.
    [many] { $from } vám píše k žádosti „{ $title }“: máte { $count } nové zprávy.
   *[other] { $from } vám píše k žádosti „{ $title }“: máte { $count } nových zpráv.
}
