# Registracija, prijava in odjava; stran računa.

sign-up-title = Ustvarite račun
sign-up-intro = Vzame le minuto. Sprašujemo samo po tistem, kar potrebujemo.
sign-up-submit = Ustvari moj račun
sign-up-have-account = Že imate račun?
sign-in-title = Prijava
sign-in-submit = Prijava
sign-in-no-account = Ste tu prvič?

field-display-name = Vaše ime
field-display-name-hint = Ime, ki ga bodo videli drugi.
field-email = E-poštni naslov
field-password = Geslo
field-password-hint = Vsaj 10 znakov. Dobro se obnese nekaj besed, ki si jih boste zapomnili.
field-birth-date = Datum rojstva (neobvezno)
field-birth-date-hint = Nekatere dejavnosti imajo spodnjo starostno mejo. Datum uporabimo samo za to preverjanje.
field-language = Jezik
field-current-password = Trenutno geslo
field-new-password = Novo geslo
field-password-confirm = Vaše geslo za potrditev

account-title = Moj račun
account-platforms = Moje platforme
account-no-platforms = Niste se še pridružili nobeni platformi.
account-language = Jezik
account-language-submit = Shrani jezik
account-password = Sprememba gesla
account-password-submit = Spremeni geslo
account-tokens = Dostop za aplikacije
account-tokens-intro = Te ključe uporabljajo aplikacije in skripte, ki delujejo v vašem imenu. Prekličite tiste, ki jih ne uporabljate več.
account-no-tokens = Nobena aplikacija nima dostopa.
account-token-revoked = preklican
account-token-revoke = Prekliči
account-data = Moji podatki
account-data-intro = Prenesite vse, kar ta platforma hrani o vas, v datoteki, ki jo lahko preberejo tudi drugi programi.
account-data-download = Prenesi moje podatke
account-delete = Izbris računa
account-delete-intro = Vaše ime, e-poštni naslov in datum rojstva bodo izbrisani in se ne boste mogli več prijaviti. Kar ste storili za druge, ostane v zgodovini, vendar brez vašega imena. Tega ni mogoče razveljaviti.
account-delete-submit = Dokončno izbriši moj račun

notice-welcome = Dobrodošli! Vaš račun je pripravljen.
notice-signed-out = Odjavljeni ste. Se kmalu vidimo!
notice-account-deleted = Vaš račun je bil izbrisan.
notice-password-changed = Vaše geslo je bilo spremenjeno. Na vseh drugih napravah smo vas odjavili.
notice-language-changed = Vaš jezik je bil shranjen.
notice-token-revoked = Ključ je bil preklican.
