## Stále ponuky, poďakovania, blokovanie, nahlásenia a moderovanie.

error-blocked = Jeden z vás zablokoval druhého: tejto osobe nemôžete posielať ponuky ani správy.
error-account-suspended = Tento účet je pozastavený. Ak si myslíte, že ide o omyl, kontaktujte, prosím, ľudí, ktorí prevádzkujú túto stránku.
error-platform-suspended = Tím tejto platformy vás tu pozastavil: môžete ďalej čítať, ale nemôžete žiadať o pomoc ani ju ponúkať, zapisovať sa ani písať. Ak si myslíte, že ide o omyl, kontaktujte ho, prosím.
error-moderate-admin = Správcov platformy tu nemožno upozorniť ani pozastaviť. Pomôcť môžu ľudia, ktorí prevádzkujú túto stránku.
error-block-self = Nemôžete zablokovať sami seba.
error-report-kind-unknown = Vyberte, čo nahlasujete: žiadosť, ponuku alebo správu.
error-report-target-unknown = Tu nie je čo nahlásiť, alebo to nemôžete vidieť.
error-moderation-action-unknown = Vyberte jednu z akcií: skryť, upozorniť, pozastaviť, obnoviť alebo zamietnuť.
error-moderate-self = Nemôžete upozorniť ani pozastaviť sami seba.
error-standing-km-out-of-range = Vyberte vzdialenosť od 1 do 10 km.
error-request-not-completed = Poďakovať môžete, keď bude pomoc označená ako vybavená.
error-taken-thanks = Za túto žiadosť ste už poďakovali.
error-unknown-standing-offer = Taká stála ponuka neexistuje.
error-unknown-block = Túto osobu ste nezablokovali.
error-category-in-use = Túto kategóriu používajú žiadosti alebo stále ponuky, preto ju nemožno odstrániť. Namiesto toho ju premenujte.

## Stále ponuky
standing-title = S čím môžem pomôcť susedom
standing-intro = Povedzte raz, s čím môžete pomôcť, kde a v ktoré dni. Keď sused požiada o vhodnú pomoc, dáme vám vedieť. Nikto nevidí, odkiaľ vyrážate.
standing-mine = Moje stále ponuky
standing-none = Zatiaľ nemáte žiadnu stálu ponuku.
standing-withdraw = Zrušiť túto ponuku
standing-new = Nová stála ponuka
standing-what = S čím môžete pomôcť?
standing-any-help = Akákoľvek pomoc
standing-every-day = Každý deň
standing-within = do { $distance }
standing-days = V ktoré dni?
standing-days-hint = Ak sa vám hodí každý deň, nič neoznačujte.
standing-km = Ako ďaleko ste ochotní ísť (v km)?
standing-km-hint = Najviac 10 km. 1 km je asi 15 minút chôdze.
standing-point-hint = Miesto, odkiaľ vyrážate, napríklad váš domov. Vidíte ho iba vy.
standing-note = Pár slov (nepovinné)
standing-note-hint = Napríklad: mám auto alebo môžem niesť ťažké tašky.
standing-publish = Zverejniť moju ponuku
standing-notice-published = Vaša stála ponuka je zverejnená. O vhodných žiadostiach vám dáme vedieť.
standing-notice-withdrawn = Vaša stála ponuka je zrušená.
help-page-standing-link = S čím môžem pomôcť susedom

## Poďakovania
thanks-title = Poďakovať
thanks-intro = Pomoc je poskytnutá. Druhej osobe môžete nechať krátky súkromný odkaz.
thanks-label = Váš odkaz
thanks-submit = Poslať poďakovanie
thanks-received = Poďakovania

## Nahlásenia
report-title = Nahlásiť problém
report-intro = Nahlasujete { $what } tímu, ktorý prevádzkuje túto platformu.
report-what-request = žiadosť
report-what-offer = ponuku
report-what-message = správu
report-reason = Čo nie je v poriadku?
report-reason-hint = Tím číta každé nahlásenie. Osoba, ktorú nahlasujete, vaše meno neuvidí.
report-submit = Odoslať nahlásenie
report-sent = Ďakujeme. Tím sa na vaše nahlásenie pozrie. Ak vás táto osoba obťažuje, môžete ju aj zablokovať.
report-link = Nahlásiť problém

## Blokovanie
block-title = Zablokovať osobu
block-question = Zablokovať osobu { $name }?
block-explained = Zablokovaná osoba vám nemôže ponúknuť pomoc ani písať a vy jej nemôžete ponúknuť pomoc ani písať. Nedozvie sa o tom.
block-submit = Áno, zablokovať túto osobu
block-cancel = Nie, vrátiť sa
block-link = Zablokovať túto osobu
blocks-title = Mnou zablokované osoby
blocks-intro = Osoby, ktoré ste zablokovali, vám nemôžu ponúknuť pomoc ani písať.
blocks-none = Nikoho ste nezablokovali.
blocks-unblock = Odblokovať
blocks-notice-blocked = Táto osoba je zablokovaná.
blocks-notice-unblocked = Táto osoba už nie je zablokovaná.

## Moderovanie
moderation-title = Moderovanie
moderation-intro = Nahlásenia od členov, od najstarších. Každá akcia sa zaznamená s vaším menom a dôvodom.
moderation-reports = Nahlásenia na posúdenie
moderation-empty = Nie je tu žiadne nahlásenie na posúdenie.
moderation-suspended = pozastavené
moderation-hidden = skryté
moderation-open-request = Otvoriť žiadosť
moderation-reported-by = Nahlásenie od: { $name }
moderation-reason = Dôvod
moderation-hide = Skryť
moderation-warn = Upozorniť autora
moderation-suspend = Pozastaviť autora
moderation-dismiss = Všetko je v poriadku
moderation-reinstate = Zrušiť pozastavenie
moderation-log = Čo urobil tím
moderation-log-empty = Zatiaľ nič.
moderation-log-when = Kedy
moderation-log-who = Kto
moderation-log-what = Čo
moderation-log-person = Osoba
moderation-log-undo = Vrátiť späť
moderation-done-hide = skrytie obsahu
moderation-done-warn = upozornenie
moderation-done-suspend = pozastavenie
moderation-done-reinstate = zrušenie pozastavenia
moderation-done-dismiss = uzavretie nahlásenia
moderation-notice-hide = Obsah je skrytý.
moderation-notice-warn = Autor bol upozornený.
moderation-notice-suspend = Účet je pozastavený a používateľ bol odhlásený.
moderation-notice-reinstate = Pozastavenie je zrušené.
moderation-notice-dismiss = Nahlásenie je uzavreté.
moderation-link = Moderovanie
# Leaves the report form for the page the person was reading.
report-cancel = Späť
