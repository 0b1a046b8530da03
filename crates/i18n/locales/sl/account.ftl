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

## Ime, telefon in e-poštni naslov na strani računa
account-details = Vaše ime in telefon
account-details-submit = Shrani ime in telefon
field-phone = Telefonska številka (neobvezno)
field-phone-hint = Vidijo jo samo koordinatorji izmen, na katere se prijavite, da vas lahko dosežejo glede izmene.
notice-details-saved = Vaše ime in telefonska številka so shranjeni.
account-email = E-poštni naslov
account-email-current = Prijavljate se z naslovom { $email }.
account-email-unconfirmed = Ta naslov še ni potrjen. Odprite povezavo, ki smo jo poslali nanj: do takrat vam ne moremo pošiljati e-pošte.
account-email-pending = Zaprosili ste, da bi namesto tega uporabljali { $email }. Odprite povezavo, ki smo jo poslali tja; do takrat se še naprej prijavljate s trenutnim naslovom.
account-email-resend = Znova pošlji povezavo
account-email-have-code = Imam kodo iz sporočila
account-email-change = Spremeni moj e-poštni naslov
account-email-how = Na novi naslov pošljemo povezavo. Novi naslov zamenja trenutnega šele, ko odprete to povezavo.
field-new-email = Nov e-poštni naslov
field-email-password = Vaše geslo za potrditev
account-email-submit = Pošlji povezavo
notice-email-link-sent = Poslali smo vam povezavo. Odprite jo v svojem e-poštnem predalu, da potrdite naslov.
notice-email-confirmed = Vaš e-poštni naslov je potrjen.
banner-email-unconfirmed = Potrdite svoj e-poštni naslov { $email }: odprite povezavo, ki smo vam jo poslali. Do takrat vam ne moremo pošiljati e-pošte.
banner-email-unconfirmed-link = Je niste prejeli?

## Potrditev naslova s povezavo iz sporočila
email-confirm-title = Potrdite svoj e-poštni naslov
email-confirm-text = Je { $email } vaš naslov? Pritisnite gumb, da ga potrdite: vaš račun ga bo uporabljal za prijavo in za e-pošto.
email-confirm-submit = Da, potrdi moj naslov
field-confirm-code = Koda iz sporočila
field-confirm-code-hint = Prilepite dolgo kodo iz sporočila, ki smo vam ga poslali.
email-confirmed-title = Vaš naslov je potrjen
email-confirmed-text = Odslej vam e-pošto pošiljamo na { $email } in z njim se tudi prijavljate.
email-confirmed-continue = Nadaljuj
email-confirm-expired-title = Ta povezava ne deluje več
email-confirm-expired-text = Povezava za potrditev naslova deluje samo enkrat in samo { $days } dni. Novo zahtevajte na strani svojega računa: vzame le minuto.
email-confirm-ask-again = Zahtevaj novo povezavo
email-confirm-taken-title = Ta naslov je že v uporabi
email-confirm-taken-text = Naslov { $email } zdaj uporablja drug račun, zato ne more biti tudi vaš. Vaš račun obdrži naslov, ki ga je imel.

## Sporočilo s povezavo
mail-confirm-subject = Potrdite svoj e-poštni naslov
mail-confirm-body = Dobrodošli v Entraide! Če želite po e-pošti prejemati novice o svojih izmenah in prošnjah sosedov, potrdite, da je ta naslov vaš.
mail-confirm-new-body = Zaprosili ste, da bi ta naslov uporabljali za svoj račun Entraide. Potrdite ga, da se boste lahko z njim prijavljali in sem prejemali svojo e-pošto.
mail-confirm-link = Za potrditev odprite to povezavo v 7 dneh:
mail-confirm-code = Za potrditev se prijavite na spletnem mestu, odprite „Moj račun“, izberite „Imam kodo iz sporočila“ in v 7 dneh prilepite to kodo:
mail-confirm-ignore = Če tega niste zahtevali, lahko to sporočilo prezrete: nič se ne spremeni.
mail-confirm-footer = To sporočilo prejemate, ker je bil ta naslov naveden za račun na Entraide.

## Sporočilo na naslov, ki ga račun ne uporablja več
mail-email-changed-subject = Vaš e-poštni naslov je bil spremenjen
mail-email-changed-body = Vaš račun Entraide ne uporablja več naslova { $previous }: odslej se prijavljate z naslovom { $email } in vaša e-pošta prihaja tja.
mail-email-changed-not-you = Če tega niste storili vi, morda vaš račun uporablja nekdo drug. Takoj pišite ekipi svoje platforme: lahko vam pomaga, da ga dobite nazaj.
mail-email-changed-footer = To sporočilo prejemate, ker je ta naslov pripadal računu na Entraide.
