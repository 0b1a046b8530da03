## Nota de confidențialitate și condițiile de utilizare ale unei platforme
policy-title = Nota de confidențialitate și condițiile de utilizare
policy-of = Nota de confidențialitate și condițiile de utilizare ale platformei { $platform }
policy-version = Versiunea { $version }, publicată pe { $date }.
policy-standard-note = Acesta este textul standard: echipa platformei nu și-a scris încă propriul text.
policy-accept = Am citit și accept nota de confidențialitate și condițiile de utilizare ale platformei { $platform }
policy-read = Citiți nota de confidențialitate și condițiile de utilizare
sign-up-privacy = Păstrăm numele și adresa dumneavoastră de e-mail pentru a vă administra contul și nu le transmitem niciodată nimănui. Fiecare platformă vă arată nota sa de confidențialitate și condițiile sale de utilizare înainte de a vă alătura acesteia.
sign-up-join-accept = Alăturați-vă și platformei { $platform }, pentru a vă înscrie la activitățile ei. Accept nota de confidențialitate și condițiile de utilizare ale acestei platforme.
policy-edit-link = Modificați nota de confidențialitate și condițiile de utilizare
policy-edit-title = Modificați nota de confidențialitate și condițiile de utilizare
policy-edit-intro = Scrieți textul pe care oamenii îl acceptă când se alătură platformei { $platform }, în toate limbile pe care le doriți. Dacă pentru o limbă nu există text, cititorii primesc textul în limba platformei. Salvarea publică o versiune nouă: cine se alătură de atunci încolo acceptă această versiune.
policy-edit-written = Scris în: { $languages }.
policy-edit-choose = Scrieți în această limbă
field-policy-language = Limbă
field-policy-body = Text
field-policy-body-hint = Separați paragrafele printr-un rând gol. Lăsați câmpul gol pentru a elimina această limbă.
policy-edit-save = Publicați această versiune
notice-policy-published = Noua versiune a fost publicată.
error-policy-not-accepted = Bifați această casetă pentru a vă alătura: ea arată că acceptați nota de confidențialitate și condițiile de utilizare.
error-taken-policy = O altă versiune a fost publicată în același moment. Vă rugăm să încercați din nou.

## Textul standard, până când o platformă își scrie propriul text
policy-standard-who = { $platform } administrează acest site pentru ca vecinii să se poată ajuta între ei și să facă voluntariat pentru organizațiile locale. Iată ce păstrăm despre dumneavoastră, cine vede aceste date și cele câteva reguli care fac din acest loc unul sigur.
policy-standard-kept = Ce păstrăm: numele, adresa de e-mail, parola dumneavoastră (doar într-o formă pe care nimeni nu o poate descifra) și ce alegeți să adăugați: un număr de telefon, data nașterii, profilul de voluntar, înscrierile și orele, cererile, ofertele și mesajele dumneavoastră.
policy-standard-seen = Cine le vede: ceilalți vă văd numele. Coordonatorii unei ture la care vă înscrieți vă văd adresa de e-mail și numărul de telefon. Adresa exactă a unei cereri de ajutor este arătată doar persoanei care ajută, după ce autorul cererii a acceptat-o. O conversație este citită doar de cele două persoane care participă la ea și de echipa platformei atunci când una dintre ele o semnalează.
policy-standard-never = Ce nu facem niciodată: nu vindem și nu dăm nimănui datele dumneavoastră, nu afișăm reclame și nu trimitem adresa dumneavoastră altor servicii. Vă trimitem e-mailuri doar despre ce faceți aici.
policy-standard-rights = Drepturile dumneavoastră: pe pagina contului puteți oricând să descărcați tot ce păstrăm despre dumneavoastră, să corectați aceste date sau să vă ștergeți contul. Ce ați făcut până atunci rămâne în istoric, fără numele dumneavoastră.
policy-standard-rules = Regulile: purtați-vă cu amabilitate și sinceritate, respectați viața privată a celorlalți și nu cereți niciodată bani pentru ajutorul dat aici. Echipa poate ascunde ce încalcă aceste reguli și poate suspenda conturile care le încalcă.
policy-standard-questions = Aveți întrebări? Adresați-vă echipei platformei { $platform }.
