# Registracija, prijava i odjava; stranica računa.

sign-up-title = Izradite račun
sign-up-intro = Potrajat će minutu. Tražimo samo ono što nam treba.
sign-up-submit = Izradi moj račun
sign-up-have-account = Već imate račun?
sign-in-title = Prijava
sign-in-submit = Prijavi se
sign-in-no-account = Prvi put ste ovdje?

field-display-name = Vaše ime
field-display-name-hint = Ime koje će vidjeti drugi.
field-email = Adresa e-pošte
field-password = Lozinka
field-password-hint = Najmanje 10 znakova. Dobro funkcionira nekoliko riječi koje ćete zapamtiti.
field-birth-date = Datum rođenja (neobavezno)
field-birth-date-hint = Neke aktivnosti imaju najmanju dob. Datum koristimo samo da bismo to provjerili.
field-language = Jezik
field-current-password = Trenutačna lozinka
field-new-password = Nova lozinka
field-password-confirm = Vaša lozinka, za potvrdu

account-title = Moj račun
account-platforms = Moje platforme
account-no-platforms = Još se niste pridružili nijednoj platformi.
account-language = Jezik
account-language-submit = Spremi jezik
account-password = Promjena lozinke
account-password-submit = Promijeni lozinku
account-tokens = Pristup za aplikacije
account-tokens-intro = Ove ključeve koriste aplikacije i skripte koje djeluju u vaše ime. Opozovite one koje više ne koristite.
account-no-tokens = Nijedna aplikacija nema pristup.
account-token-revoked = opozvan
account-token-revoke = Opozovi
account-calendar = Kalendar
account-calendar-intro = Vaše potvrđene smjene mogu se prikazivati u aplikaciji za kalendar koju već koristite na mobitelu ili računalu. U njoj se pretplatite na svoju privatnu poveznicu kalendara („dodaj kalendar s web-adrese“): aplikacija je sama provjerava i prikazuje nove smjene, promjene i otkazivanja.
account-calendar-link = Vaša privatna poveznica kalendara
account-calendar-link-hint = Odmah je kopirajte u svoju aplikaciju za kalendar. Radi vaše sigurnosti ne čuvamo je, pa vam je ne možemo ponovno prikazati.
account-calendar-active = Imate privatnu poveznicu kalendara. Ako ste je izgubili, izradite novu.
account-calendar-none = Još nemate privatnu poveznicu kalendara.
account-calendar-secret = Svatko tko ima poveznicu može vidjeti vaše smjene, zato je zadržite za sebe. Ako ju je dobio netko drugi, izradite novu: stara poveznica odmah prestaje raditi.
account-calendar-create = Izradi moju privatnu poveznicu
account-calendar-replace = Izradi novu poveznicu
account-calendar-revoke = Isključi moju poveznicu
account-calendar-download = Preuzmi moje smjene kao datoteku kalendara
account-data = Moji podaci
account-data-intro = Preuzmite sve što ova platforma pohranjuje o vama, u datoteci koju mogu čitati i drugi programi.
account-data-download = Preuzmi moje podatke
account-delete = Brisanje računa
account-delete-intro = Vaše ime, e-pošta i datum rođenja bit će izbrisani i više se nećete moći prijaviti. Ono što ste učinili za druge ostaje u povijesti, ali bez vašeg imena. Ovo se ne može poništiti.
account-delete-submit = Trajno izbriši moj račun

notice-welcome = Dobro došli! Vaš je račun spreman.
notice-signed-out = Odjavljeni ste. Vidimo se uskoro!
notice-account-deleted = Vaš je račun izbrisan.
notice-password-changed = Vaša je lozinka promijenjena. Odjavili smo vas sa svih drugih uređaja.
notice-language-changed = Vaš je jezik spremljen.
notice-token-revoked = Ključ je opozvan.
notice-calendar-created = Vaša je privatna poveznica kalendara spremna: odmah je kopirajte iz odjeljka Kalendar.
notice-calendar-revoked = Vaša je privatna poveznica kalendara isključena. Aplikacije za kalendar koje su je koristile više ne primaju vaše smjene.

# Privatni izvor kalendara koji čitaju aplikacije za kalendar.
error-unknown-calendar-feed = Na ovoj adresi nema kalendara. Poveznica je možda isključena ili zamijenjena.
problem-host-missing = Iz zahtjeva nije vidljivo za koju je stranicu namijenjen (zaglavlje Host nedostaje ili je neispravno).
account-birth-date = Datum rođenja
account-birth-date-submit = Spremi datum rođenja
notice-birth-date-saved = Vaš je datum rođenja spremljen.

## Ime, telefon i adresa e-pošte na stranici računa
account-details = Vaše ime i telefon
account-details-submit = Spremi ime i telefon
field-phone = Broj telefona (neobavezno)
field-phone-hint = Vide ga samo koordinatori smjena za koje se prijavite, kako bi vas mogli kontaktirati u vezi sa smjenom.
notice-details-saved = Vaše ime i broj telefona spremljeni su.
account-email = Adresa e-pošte
account-email-current = Prijavljujete se adresom { $email }.
account-email-unconfirmed = Ova adresa još nije potvrđena. Otvorite poveznicu koju smo poslali na nju: do tada vam ne možemo slati nikakve poruke.
account-email-pending = Zatražili ste da umjesto nje koristite { $email }. Otvorite poveznicu koju smo poslali onamo; do tada se i dalje prijavljujete svojom trenutačnom adresom.
account-email-resend = Pošalji poveznicu ponovno
account-email-have-code = Imam kod iz poruke
account-email-change = Promijeni moju adresu e-pošte
account-email-how = Šaljemo poveznicu na novu adresu. Ona zamjenjuje trenutačnu tek kada otvorite tu poveznicu.
field-new-email = Nova adresa e-pošte
field-email-password = Vaša lozinka, za potvrdu
account-email-submit = Pošalji poveznicu
notice-email-link-sent = Poslali smo vam poveznicu. Otvorite je u svojem sandučiću e-pošte kako biste potvrdili adresu.
notice-email-confirmed = Vaša je adresa e-pošte potvrđena.
banner-email-unconfirmed = Potvrdite svoju adresu e-pošte { $email }: otvorite poveznicu koju smo vam poslali. Do tada vam ne možemo slati nikakve poruke.
banner-email-unconfirmed-link = Niste je primili?

## Potvrda adrese poveznicom iz poruke
email-confirm-title = Potvrdite svoju adresu e-pošte
email-confirm-text = Je li { $email } vaša adresa? Pritisnite gumb da biste je potvrdili: vaš će je račun koristiti za prijavu i za poruke.
email-confirm-submit = Da, potvrdi moju adresu
field-confirm-code = Kod iz poruke
field-confirm-code-hint = Zalijepite dugački kod iz poruke koju smo vam poslali.
email-confirmed-title = Vaša je adresa potvrđena
email-confirmed-text = Od sada vam poruke šaljemo na { $email } i njome se prijavljujete.
email-confirmed-continue = Nastavi
email-confirm-expired-title = Ova poveznica više ne radi
email-confirm-expired-text = Poveznica za potvrdu adrese radi samo jednom i vrijedi { $days } dana. Zatražite novu na stranici svojeg računa: to traje minutu.
email-confirm-ask-again = Zatraži novu poveznicu
email-confirm-taken-title = Ova se adresa već koristi
email-confirm-taken-text = Drugi račun sada koristi { $email }, pa ne može biti i vaša. Vaš račun zadržava adresu koju je imao.

## Poruka s poveznicom
mail-confirm-subject = Potvrdite svoju adresu e-pošte
mail-confirm-body = Dobro došli na Entraide! Kako biste e-poštom dobivali novosti o svojim smjenama i o zahtjevima svojih susjeda, potvrdite da je ova adresa vaša.
mail-confirm-new-body = Zatražili ste da se ova adresa koristi za vaš račun na platformi Entraide. Potvrdite je kako biste se njome prijavljivali i ovdje primali svoje poruke.
mail-confirm-link = Da biste je potvrdili, otvorite ovu poveznicu u roku od 7 dana:
mail-confirm-code = Da biste je potvrdili, prijavite se na web-mjesto, otvorite „Moj račun“, odaberite „Imam kod iz poruke“ i u roku od 7 dana zalijepite ovaj kod:
mail-confirm-ignore = Ako to niste zatražili, ovu poruku možete zanemariti: ništa se ne mijenja.
mail-confirm-footer = Ovu poruku primate jer je ova adresa navedena za račun na platformi Entraide.

## Poruka na adresu koju račun više ne koristi
mail-email-changed-subject = Vaša adresa e-pošte je promijenjena
mail-email-changed-body = Vaš račun na platformi Entraide više ne koristi { $previous }: od sada se prijavljujete adresom { $email } i poruke vam stižu onamo.
mail-email-changed-not-you = Ako to niste učinili vi, možda netko drugi koristi vaš račun. Odmah pišite timu svoje platforme: može vam pomoći da ga vratite.
mail-email-changed-footer = Ovu poruku primate jer je ova adresa pripadala računu na platformi Entraide.
