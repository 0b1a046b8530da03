## Zásady ochrany súkromia a podmienky používania platformy
policy-title = Zásady ochrany súkromia a podmienky používania
policy-of = Zásady ochrany súkromia a podmienky používania platformy { $platform }
policy-version = Verzia { $version }, zverejnená dňa { $date }.
policy-standard-note = Toto je štandardný text: tím platformy ešte nenapísal vlastný.
policy-accept = Poznám zásady ochrany súkromia a podmienky používania platformy { $platform } a súhlasím s nimi
policy-read = Prečítať si zásady ochrany súkromia a podmienky používania
sign-up-privacy = Vaše meno a e-mailovú adresu uchovávame, aby sme mohli spravovať váš účet, a nikdy ich nikomu neposkytujeme. Každá platforma vám ukáže svoje zásady ochrany súkromia a podmienky používania skôr, ako sa k nej pridáte.
sign-up-join-accept = Pridať sa aj k platforme { $platform } a zapisovať sa na jej aktivity. Súhlasím s jej zásadami ochrany súkromia a podmienkami používania.
policy-edit-link = Upraviť zásady ochrany súkromia a podmienky používania
policy-edit-title = Upraviť zásady ochrany súkromia a podmienky používania
policy-edit-intro = Napíšte text, s ktorým ľudia súhlasia, keď sa pridajú k platforme { $platform }, v každom jazyku, v ktorom chcete. Ak v niektorom jazyku text chýba, čitatelia dostanú text v jazyku platformy. Uložením zverejníte novú verziu: tí, ktorí sa pridajú odteraz, súhlasia s ňou.
policy-edit-written = Napísané v jazykoch: { $languages }.
policy-edit-choose = Písať v tomto jazyku
field-policy-language = Jazyk
field-policy-body = Text
field-policy-body-hint = Odseky oddeľte prázdnym riadkom. Ak chcete tento jazyk odstrániť, nechajte pole prázdne.
policy-edit-save = Zverejniť túto verziu
notice-policy-published = Nová verzia je zverejnená.
error-policy-not-accepted = Ak sa chcete pridať, zaškrtnite toto políčko: znamená, že súhlasíte so zásadami ochrany súkromia a podmienkami používania.
error-taken-policy = V tej istej chvíli bola zverejnená iná verzia. Skúste to, prosím, znova.

## Štandardný text, kým platforma nenapíše vlastný
policy-standard-who = Platforma { $platform } prevádzkuje túto stránku, aby si susedia mohli navzájom pomáhať a zapájať sa ako dobrovoľníci v miestnych organizáciách. Tu nájdete, čo o vás uchovávame, kto to vidí, a niekoľko pravidiel, vďaka ktorým je toto miesto bezpečné.
policy-standard-kept = Čo uchovávame: vaše meno, e-mailovú adresu, heslo (iba v podobe, ktorú nikto nedokáže spätne prečítať) a to, čo sa rozhodnete pridať: telefónne číslo, dátum narodenia, dobrovoľnícky profil, zápisy na termíny a odpracované hodiny, žiadosti, ponuky a správy.
policy-standard-seen = Kto to vidí: ostatní vidia vaše meno. Koordinátori termínu, na ktorý sa zapíšete, vidia vašu e-mailovú adresu a telefónne číslo. Presnú adresu žiadosti o pomoc uvidí len pomocník, ktorého žiadateľ prijme. Rozhovor čítajú len dvaja ľudia, ktorí ho vedú, a tím platformy, keď ho jeden z nich nahlási.
policy-standard-never = Čo nikdy nerobíme: nepredávame ani nedávame ďalej vaše údaje, nezobrazujeme reklamu a neposielame vašu adresu iným službám. E-maily vám posielame len o tom, čo tu robíte.
policy-standard-rights = Vaše práva: na stránke svojho účtu si môžete kedykoľvek stiahnuť všetko, čo o vás uchovávame, opraviť to alebo zrušiť svoj účet. To, čo ste dovtedy urobili, zostane v histórii, ale bez vášho mena.
policy-standard-rules = Pravidlá: buďte láskaví a čestní, rešpektujte súkromie ostatných a nikdy nežiadajte peniaze za pomoc poskytnutú tu. Tím môže skryť to, čo tieto pravidlá porušuje, a pozastaviť účty, ktoré ich porušujú.
policy-standard-questions = Máte otázky? Obráťte sa na tím platformy { $platform }.
