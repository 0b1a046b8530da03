## Zásady ochrany osobních údajů a podmínky používání platformy
policy-title = Zásady ochrany osobních údajů a podmínky používání
policy-of = Zásady ochrany osobních údajů a podmínky používání platformy { $platform }
policy-version = Verze { $version }, zveřejněná { $date }.
policy-standard-note = Toto je standardní text: tým platformy zatím nenapsal vlastní.
policy-accept = Znám a přijímám zásady ochrany osobních údajů a podmínky používání platformy { $platform }
policy-read = Přečíst zásady ochrany osobních údajů a podmínky používání
sign-up-privacy = Vaše jméno a e-mailovou adresu uchováváme, abychom mohli vést váš účet, a nikdy je nikomu nepředáváme. Každá platforma vám ukáže své zásady ochrany osobních údajů a podmínky používání dřív, než se k ní připojíte.
sign-up-join-accept = Připojit se také k platformě { $platform } a zapisovat se na její aktivity. Přijímám její zásady ochrany osobních údajů a podmínky používání.
policy-edit-link = Upravit zásady ochrany osobních údajů a podmínky používání
policy-edit-title = Upravit zásady ochrany osobních údajů a podmínky používání
policy-edit-intro = Napište text, který lidé přijímají, když se připojují k platformě { $platform }, a to v každém jazyce, ve kterém chcete. Pokud v nějakém jazyce text chybí, čtenáři dostanou text v jazyce platformy. Uložením se zveřejní nová verze: kdo se od té chvíle připojí, přijímá ji.
policy-edit-written = Napsáno v jazycích: { $languages }.
policy-edit-choose = Psát v tomto jazyce
field-policy-language = Jazyk
field-policy-body = Text
field-policy-body-hint = Odstavce oddělte prázdným řádkem. Pokud chcete tento jazyk odebrat, nechte pole prázdné.
policy-edit-save = Zveřejnit tuto verzi
notice-policy-published = Nová verze je zveřejněna.
error-policy-not-accepted = Pro připojení zaškrtněte toto políčko: potvrzujete jím, že přijímáte zásady ochrany osobních údajů a podmínky používání.
error-taken-policy = Ve stejnou chvíli byla zveřejněna jiná verze. Zkuste to prosím znovu.

## Standardní text, dokud si platforma nenapíše vlastní
policy-standard-who = Platforma { $platform } provozuje tento web, aby si sousedé mohli navzájem pomáhat a pomáhat jako dobrovolníci místním organizacím. Tady najdete, co o vás uchováváme, kdo to vidí, a několik pravidel, díky kterým je toto místo bezpečné.
policy-standard-kept = Co uchováváme: vaše jméno, e-mailovou adresu a heslo (jen v podobě, kterou nikdo nedokáže zpětně přečíst) a to, co se sami rozhodnete přidat: telefonní číslo, datum narození, dobrovolnický profil, přihlášky na směny a odpracované hodiny, žádosti, nabídky a zprávy.
policy-standard-seen = Kdo to vidí: ostatní lidé vidí vaše jméno. Koordinátoři směny, na kterou se zapíšete, vidí vaši e-mailovou adresu a telefonní číslo. Přesnou adresu žádosti o pomoc uvidí jen pomocník, kterého přijme ten, kdo o pomoc žádá. Konverzaci čtou jen dva lidé, kteří ji vedou, a tým platformy, pokud ji jeden z nich nahlásí.
policy-standard-never = Co nikdy neděláme: neprodáváme ani nikomu nedáváme vaše údaje, nezobrazujeme reklamu a neposíláme vaši adresu jiným službám. E-maily vám posíláme jen o tom, co tady děláte.
policy-standard-rights = Vaše práva: na stránce svého účtu si můžete kdykoli stáhnout vše, co o vás uchováváme, opravit to nebo smazat svůj účet. To, co jste udělali, pak zůstane v historii bez vašeho jména.
policy-standard-rules = Pravidla: buďte laskaví a poctiví, respektujte soukromí ostatních a nikdy nežádejte peníze za pomoc, která se tu poskytuje. Tým může skrýt to, co tato pravidla porušuje, a pozastavit účty, které je porušují.
policy-standard-questions = Máte otázky? Zeptejte se týmu platformy { $platform }.
