## Obavijest o privatnosti i uvjeti korištenja platforme
policy-title = Obavijest o privatnosti i uvjeti korištenja
policy-of = Obavijest o privatnosti i uvjeti korištenja platforme { $platform }
policy-version = Verzija { $version }, objavljena { $date }.
policy-standard-note = Ovo je standardni tekst: tim platforme još nije napisao vlastiti.
policy-accept = Prihvaćam obavijest o privatnosti i uvjete korištenja platforme { $platform } i poznat mi je njihov sadržaj
policy-read = Pročitaj obavijest o privatnosti i uvjete korištenja
sign-up-privacy = Vaše ime i adresu e-pošte čuvamo kako bismo vodili vaš račun i nikada ih ne dijelimo s drugima. Svaka vam platforma pokazuje svoju obavijest o privatnosti i uvjete korištenja prije nego što joj se pridružite.
sign-up-join-accept = Pridružite se i platformi { $platform } kako biste se mogli prijavljivati na njezine aktivnosti. Prihvaćam njezinu obavijest o privatnosti i uvjete korištenja.
policy-edit-link = Uredi obavijest o privatnosti i uvjete korištenja
policy-edit-title = Uredi obavijest o privatnosti i uvjete korištenja
policy-edit-intro = Napišite tekst koji ljudi prihvaćaju kada se pridruže platformi { $platform }, na svakom jeziku koji želite. Ako za neki jezik nema teksta, čitatelji dobivaju tekst na jeziku platforme. Spremanjem se objavljuje nova verzija: prihvaćaju je svi koji se pridruže od tog trenutka.
policy-edit-written = Napisano na jezicima: { $languages }.
policy-edit-choose = Piši na ovom jeziku
field-policy-language = Jezik
field-policy-body = Tekst
field-policy-body-hint = Odlomke odvojite praznim retkom. Ostavite polje prazno kako biste uklonili ovaj jezik.
policy-edit-save = Objavi ovu verziju
notice-policy-published = Nova verzija je objavljena.
error-policy-not-accepted = Označite ovaj okvir kako biste se pridružili: time potvrđujete da prihvaćate obavijest o privatnosti i uvjete korištenja.
error-taken-policy = U istom je trenutku objavljena druga verzija. Pokušajte ponovno.

## Standardni tekst, dok platforma ne napiše vlastiti
policy-standard-who = Platforma { $platform } vodi ovu web-stranicu kako bi si susjedi mogli međusobno pomagati i volontirati za lokalne organizacije. Ovdje piše što o vama čuvamo, tko to vidi i nekoliko pravila zahvaljujući kojima je ovo mjesto sigurno.
policy-standard-kept = Što čuvamo: vaše ime, adresu e-pošte, lozinku (samo u obliku koji nitko ne može ponovno pročitati) i ono što sami odlučite dodati: broj telefona, datum rođenja, volonterski profil, prijave i sate, zahtjeve, ponude i poruke.
policy-standard-seen = Tko to vidi: drugi vide vaše ime. Koordinatori smjene za koju se prijavite vide vašu adresu e-pošte i broj telefona. Točna adresa zahtjeva za pomoć prikazuje se samo pomagaču kojeg prihvati podnositelj zahtjeva. Razgovor čitaju samo dvije osobe koje u njemu sudjeluju te tim platforme ako ga jedna od njih prijavi.
policy-standard-never = Što nikada ne radimo: ne prodajemo i ne dajemo drugima vaše podatke, ne prikazujemo oglase i ne šaljemo vašu adresu drugim servisima. E-poštu vam šaljemo samo o onome što radite ovdje.
policy-standard-rights = Vaša prava: na stranici svojeg računa u bilo kojem trenutku možete preuzeti sve što o vama čuvamo, ispraviti to ili izbrisati svoj račun. Ono što ste učinili tada ostaje u povijesti bez vašeg imena.
policy-standard-rules = Pravila: budite ljubazni i iskreni, poštujte privatnost drugih i nikada ne tražite novac za pomoć pruženu ovdje. Tim može sakriti ono što krši ova pravila i suspendirati račune koji ih krše.
policy-standard-questions = Imate pitanja? Obratite se timu platforme { $platform }.
