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
sign-up-join = Pridružite se i platformi { $platform } kako biste se mogli prijavljivati na njezine aktivnosti
