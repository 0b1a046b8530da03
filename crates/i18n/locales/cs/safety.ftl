## Stálé nabídky, poděkování, blokování, nahlášení a moderování.

error-blocked = Jeden z vás toho druhého zablokoval: této osobě nemůžete posílat nabídky ani zprávy.
error-account-suspended = Tento účet je pozastaven. Pokud si myslíte, že jde o omyl, obraťte se prosím na lidi, kteří tento web provozují.
error-platform-suspended = Tým této platformy vás zde pozastavil: můžete dál číst, ale nemůžete žádat o pomoc ani ji nabízet, zapisovat se ani psát. Pokud si myslíte, že jde o omyl, obraťte se prosím na něj.
error-moderate-admin = Správce platformy zde nelze napomenout ani pozastavit. Pomoci mohou lidé, kteří provozují tento web.
error-block-self = Nemůžete zablokovat sami sebe.
error-report-kind-unknown = Vyberte, co nahlašujete: žádost, nabídku, nebo zprávu.
error-report-target-unknown = Tady není co nahlásit, nebo to nevidíte.
error-moderation-action-unknown = Vyberte jednu z akcí: skrýt, napomenout, pozastavit, obnovit, nebo uzavřít.
error-moderate-self = Nemůžete napomenout ani pozastavit sami sebe.
error-standing-km-out-of-range = Zvolte vzdálenost od 1 do 10 km.
error-request-not-completed = Poděkovat můžete, jakmile bude pomoc označena jako hotová.
error-taken-thanks = Za tuto žádost jste už poděkovali.
error-unknown-standing-offer = Taková stálá nabídka neexistuje.
error-unknown-block = Tuto osobu jste nezablokovali.
error-category-in-use = Tuto kategorii používají žádosti nebo stálé nabídky, proto ji nelze odstranit. Místo toho ji přejmenujte.

## Stálé nabídky
standing-title = Co mohu udělat pro své sousedy
standing-intro = Řekněte jednou, s čím můžete pomoci, kde a ve které dny. Když soused požádá o pomoc, která se hodí, dáme vám vědět. Nikdo nevidí, odkud vyrážíte.
standing-mine = Moje stálé nabídky
standing-none = Zatím nemáte žádnou stálou nabídku.
standing-withdraw = Ukončit tuto nabídku
standing-new = Nová stálá nabídka
standing-what = S čím můžete pomoci?
standing-any-help = Jakákoli pomoc
standing-every-day = Každý den
standing-within = do vzdálenosti { $distance }
standing-days = Ve které dny?
standing-days-hint = Pro každý den nezaškrtávejte nic.
standing-km = Jak daleko jste ochotni jít, v km?
standing-km-hint = Nejvýše 10 km. 1 km je asi 15 minut chůze.
standing-point-hint = Odkud vyrážíte, například z domova. Vidíte to jen vy.
standing-note = Pár slov (nepovinné)
standing-note-hint = Například: Mám auto, nebo unesu těžké tašky.
standing-publish = Zveřejnit moji nabídku
standing-notice-published = Vaše stálá nabídka je zveřejněna. O žádostech, které se hodí, vám dáme vědět.
standing-notice-withdrawn = Vaše stálá nabídka je ukončena.
help-page-standing-link = Co mohu udělat pro své sousedy

## Poděkování
thanks-title = Poděkovat
thanks-intro = Pomoc je hotová. Druhé osobě můžete nechat krátký soukromý vzkaz.
thanks-label = Váš vzkaz
thanks-submit = Poslat poděkování
thanks-received = Poděkování

## Nahlášení
report-title = Nahlásit problém
report-intro = Týmu, který provozuje tuto platformu, nahlašujete { $what }.
report-what-request = žádost
report-what-offer = nabídku
report-what-message = zprávu
report-reason = Co je špatně?
report-reason-hint = Tým čte každé nahlášení. Nahlášená osoba neuvidí vaše jméno.
report-submit = Odeslat nahlášení
report-sent = Děkujeme. Tým se na vaše nahlášení podívá. Pokud vás tato osoba obtěžuje, můžete ji také zablokovat.
report-link = Nahlásit problém

## Blokování
block-title = Zablokovat osobu
block-question = Zablokovat uživatele { $name }?
block-explained = Zablokovaná osoba vám nemůže nabídnout pomoc ani napsat a vy jí také nemůžete nabídnout pomoc ani napsat. Nedozví se to.
block-submit = Ano, zablokovat tuto osobu
block-cancel = Ne, zpět
block-link = Zablokovat tuto osobu
blocks-title = Osoby, které jsem zablokoval(a)
blocks-intro = Osoby, které jste zablokovali, vám nemohou nabídnout pomoc ani napsat.
blocks-none = Nikoho jste nezablokovali.
blocks-unblock = Odblokovat
blocks-notice-blocked = Tato osoba je zablokována.
blocks-notice-unblocked = Tato osoba už není zablokována.

## Moderování
moderation-title = Moderování
moderation-intro = Nahlášení od členů, nejstarší první. Každá akce se zaznamená s vaším jménem a vaším zdůvodněním.
moderation-reports = Nahlášení k posouzení
moderation-empty = Žádné nahlášení k posouzení.
moderation-suspended = pozastaveno
moderation-hidden = skryto
moderation-open-request = Otevřít žádost
moderation-reported-by = Nahlásil(a): { $name }
moderation-reason = Zdůvodnění
moderation-hide = Skrýt
moderation-warn = Napomenout autora
moderation-suspend = Pozastavit autora
moderation-dismiss = Vše v pořádku
moderation-reinstate = Zrušit pozastavení
moderation-log = Co tým udělal
moderation-log-empty = Zatím nic.
moderation-log-when = Kdy
moderation-log-who = Kdo
moderation-log-what = Co
moderation-log-person = Osoba
moderation-log-undo = Vrátit zpět
moderation-done-hide = skryl(a) obsah
moderation-done-warn = napomenul(a)
moderation-done-suspend = pozastavil(a)
moderation-done-reinstate = zrušil(a) pozastavení
moderation-done-dismiss = uzavřel(a) nahlášení
moderation-notice-hide = Obsah je skrytý.
moderation-notice-warn = Autor byl napomenut.
moderation-notice-suspend = Účet je pozastaven a odhlášen.
moderation-notice-reinstate = Pozastavení je zrušeno.
moderation-notice-dismiss = Nahlášení je uzavřeno.
moderation-link = Moderování
# Leaves the report form for the page the person was reading.
report-cancel = Zpět
