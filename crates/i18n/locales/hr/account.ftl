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
