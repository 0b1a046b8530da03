## Stalne ponude, zahvale, blokiranja, prijave i moderiranje.

error-blocked = Jedno od vas blokiralo je drugo: ovoj osobi ne možete slati ponude ni poruke.
error-account-suspended = Ovaj je račun suspendiran. Ako mislite da je riječ o pogrešci, javite se ljudima koji vode ovu web-stranicu.
error-platform-suspended = Tim ove platforme ovdje vas je suspendirao: i dalje možete čitati, ali ne možete tražiti ni nuditi pomoć, prijavljivati se ni pisati. Ako mislite da je riječ o pogrešci, javite im se.
error-moderate-admin = Administratore platforme ovdje nije moguće upozoriti ni suspendirati. Mogu pomoći ljudi koji vode web-stranicu.
error-block-self = Ne možete blokirati sami sebe.
error-report-kind-unknown = Odaberite što prijavljujete: zahtjev, ponudu ili poruku.
error-report-target-unknown = Ovdje nema ničega za prijaviti ili to ne možete vidjeti.
error-moderation-action-unknown = Odaberite jednu od radnji: sakrij, upozori, suspendiraj, vrati ili zatvori.
error-moderate-self = Ne možete upozoriti ni suspendirati sami sebe.
error-standing-km-out-of-range = Odaberite udaljenost od 1 do 10 km.
error-request-not-completed = Zahvaliti se možete kada pomoć bude označena kao obavljena.
error-taken-thanks = Za ovaj ste zahtjev već ostavili zahvalu.
error-unknown-standing-offer = Takva stalna ponuda ne postoji.
error-unknown-block = Niste blokirali ovu osobu.
error-category-in-use = Ovu kategoriju koriste zahtjevi ili stalne ponude pa se ne može ukloniti. Umjesto toga je preimenujte.

## Stalne ponude
standing-title = Što mogu učiniti za svoje susjede
standing-intro = Recite jednom u čemu možete pomoći, gdje i kojim danima. Kada susjed zatraži pomoć koja odgovara, javit ćemo vam. Nitko ne vidi odakle polazite.
standing-mine = Moje stalne ponude
standing-none = Još nemate stalnu ponudu.
standing-withdraw = Prekini ovu ponudu
standing-new = Nova stalna ponuda
standing-what = U čemu možete pomoći?
standing-any-help = Bilo kakva pomoć
standing-every-day = Svaki dan
standing-within = do { $distance }
standing-days = Kojim danima?
standing-days-hint = Ne označite ništa za svaki dan.
standing-km = Koliko daleko ćete ići, u km?
standing-km-hint = Najviše 10 km. 1 km je otprilike 15 minuta hoda.
standing-point-hint = Odakle polazite, na primjer od kuće. Vidite to samo vi.
standing-note = Nekoliko riječi (neobavezno)
standing-note-hint = Na primjer: imam automobil ili mogu nositi teške vrećice.
standing-publish = Objavi moju ponudu
standing-notice-published = Vaša stalna ponuda je objavljena. Javit ćemo vam za zahtjeve koji odgovaraju.
standing-notice-withdrawn = Vaša stalna ponuda je povučena.
help-page-standing-link = Što mogu učiniti za svoje susjede

## Zahvale
thanks-title = Zahvalite se
thanks-intro = Pomoć je obavljena. Drugoj osobi možete ostaviti kratku privatnu poruku.
thanks-label = Vaša poruka
thanks-submit = Pošalji zahvalu
thanks-received = Poruke zahvale

## Prijave
report-title = Prijavite problem
report-intro = Timu koji vodi ovu platformu prijavljujete { $what }.
report-what-request = zahtjev
report-what-offer = ponudu
report-what-message = poruku
report-reason = Što nije u redu?
report-reason-hint = Tim čita svaku prijavu. Osoba koju prijavljujete ne vidi vaše ime.
report-submit = Pošalji prijavu
report-sent = Hvala vam. Tim će pregledati vašu prijavu. Ako vas ta osoba uznemirava, možete je i blokirati.
report-link = Prijavite problem

## Blokiranja
block-title = Blokirajte osobu
block-question = Blokirati korisnika { $name }?
block-explained = Kada je blokirana, ta vam osoba ne može ponuditi pomoć ni pisati, a ni vi njoj ne možete ponuditi pomoć ni pisati. Ona o tome ne dobiva obavijest.
block-submit = Da, blokiraj ovu osobu
block-cancel = Ne, vrati se
block-link = Blokiraj ovu osobu
blocks-title = Osobe koje sam blokirao/la
blocks-intro = Osobe koje ste blokirali ne mogu vam ponuditi pomoć ni pisati.
blocks-none = Niste nikoga blokirali.
blocks-unblock = Odblokiraj
blocks-notice-blocked = Ova je osoba blokirana.
blocks-notice-unblocked = Ova osoba više nije blokirana.

## Moderiranje
moderation-title = Moderiranje
moderation-intro = Prijave članova, najstarije prve. Svaka se radnja bilježi s vašim imenom i razlogom.
moderation-reports = Prijave za pregled
moderation-empty = Nema prijava za pregled.
moderation-suspended = suspendirano
moderation-hidden = skriveno
moderation-open-request = Otvori zahtjev
moderation-reported-by = Prijavio/la: { $name }
moderation-reason = Razlog
moderation-hide = Sakrij
moderation-warn = Upozori autora
moderation-suspend = Suspendiraj autora
moderation-dismiss = Sve je u redu
moderation-reinstate = Ukini suspenziju
moderation-log = Što je tim napravio
moderation-log-empty = Još ništa.
moderation-log-when = Kada
moderation-log-who = Tko
moderation-log-what = Što
moderation-log-person = Osoba
moderation-log-undo = Poništi
moderation-done-hide = sakrio/la sadržaj
moderation-done-warn = upozorio/la
moderation-done-suspend = suspendirao/la
moderation-done-reinstate = ukinuo/la suspenziju
moderation-done-dismiss = zatvorio/la prijavu
moderation-notice-hide = Sadržaj je skriven.
moderation-notice-warn = Autor je upozoren.
moderation-notice-suspend = Račun je suspendiran i odjavljen.
moderation-notice-reinstate = Suspenzija je ukinuta.
moderation-notice-dismiss = Prijava je zatvorena.
moderation-link = Moderiranje
# Leaves the report form for the page the person was reading.
report-cancel = Natrag
