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
account-calendar = Koledar
account-calendar-intro = Vaše potrjene izmene se lahko prikazujejo v koledarski aplikaciji, ki jo že uporabljate na telefonu ali računalniku. V njej se naročite na svojo zasebno povezavo do koledarja („dodaj koledar s spletnega naslova“): aplikacija jo sama preverja in prikaže nove izmene, spremembe in odpovedi.
account-calendar-link = Vaša zasebna povezava do koledarja
account-calendar-link-hint = Takoj jo kopirajte v svojo koledarsko aplikacijo. Zaradi vaše varnosti je ne hranimo, zato vam je ne moremo več prikazati.
account-calendar-active = Imate zasebno povezavo do koledarja. Če ste jo izgubili, ustvarite novo.
account-calendar-none = Zasebne povezave do koledarja še nimate.
account-calendar-secret = Kdor koli ima to povezavo, lahko vidi vaše izmene, zato jo obdržite zase. Če jo je dobil kdo drug, ustvarite novo: stara povezava takoj preneha delovati.
account-calendar-create = Ustvari mojo zasebno povezavo
account-calendar-replace = Ustvari novo povezavo
account-calendar-revoke = Izklopi mojo povezavo
account-calendar-download = Prenesi moje izmene kot koledarsko datoteko
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
notice-calendar-created = Vaša zasebna povezava do koledarja je pripravljena: takoj jo kopirajte v razdelku Koledar.
notice-calendar-revoked = Vaša zasebna povezava do koledarja je izklopljena. Koledarske aplikacije, ki so jo uporabljale, ne prejemajo več vaših izmen.

# Zasebni koledarski vir, ki ga berejo koledarske aplikacije.
error-unknown-calendar-feed = Na tem naslovu ni koledarja. Povezava je bila morda izklopljena ali zamenjana.
problem-host-missing = Iz zahteve ni razvidno, kateremu spletnemu mestu je namenjena (glava Host manjka ali je napačno oblikovana).
account-birth-date = Datum rojstva
account-birth-date-submit = Shrani datum rojstva
notice-birth-date-saved = Vaš datum rojstva je bil shranjen.
sign-up-join = Pridružite se tudi platformi { $platform }, da se boste lahko prijavljali na njene dejavnosti
