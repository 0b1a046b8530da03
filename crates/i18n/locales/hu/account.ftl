# Regisztráció, be- és kijelentkezés; a fiók oldala.

sign-up-title = Fiók létrehozása
sign-up-intro = Egy percig tart. Csak azt kérdezzük, amire szükségünk van.
sign-up-submit = Fiókom létrehozása
sign-up-have-account = Már van fiókja?
sign-in-title = Bejelentkezés
sign-in-submit = Bejelentkezés
sign-in-no-account = Először jár itt?

field-display-name = Az Ön neve
field-display-name-hint = Ezt a nevet látják majd mások.
field-email = E-mail-cím
field-password = Jelszó
field-password-hint = Legalább 10 karakter. Jól beválik néhány szó, amelyet meg tud jegyezni.
field-birth-date = Születési dátum (nem kötelező)
field-birth-date-hint = Egyes tevékenységeknek van alsó korhatára. A dátumot csak ennek ellenőrzésére használjuk.
field-language = Nyelv
field-current-password = Jelenlegi jelszó
field-new-password = Új jelszó
field-password-confirm = Jelszava a megerősítéshez

account-title = Fiókom
account-platforms = Platformjaim
account-no-platforms = Még nem csatlakozott egyetlen platformhoz sem.
account-language = Nyelv
account-language-submit = Nyelv mentése
account-password = Jelszó módosítása
account-password-submit = Jelszó módosítása
account-tokens = Alkalmazások hozzáférése
account-tokens-intro = Ezeket a kulcsokat az Ön nevében eljáró alkalmazások és szkriptek használják. Vonja vissza azokat, amelyeket már nem használ.
account-no-tokens = Egyetlen alkalmazásnak sincs hozzáférése.
account-token-revoked = visszavonva
account-token-revoke = Visszavonás
account-calendar = Naptár
account-calendar-intro = A megerősített műszakjai megjelenhetnek abban a naptáralkalmazásban, amelyet már most is használ a telefonján vagy a számítógépén. Ott iratkozzon fel a privát naptárhivatkozására („naptár hozzáadása webcímről”): az alkalmazás magától ellenőrzi, és megjeleníti az új műszakokat, a változásokat és a lemondásokat.
account-calendar-link = Az Ön privát naptárhivatkozása
account-calendar-link-hint = Másolja be most a naptáralkalmazásába. Biztonsági okokból nem tároljuk, ezért később nem tudjuk újra megmutatni.
account-calendar-active = Van privát naptárhivatkozása. Ha elveszítette, hozzon létre újat.
account-calendar-none = Még nincs privát naptárhivatkozása.
account-calendar-secret = Aki ismeri a hivatkozást, látja a műszakjait, ezért ne adja tovább senkinek. Ha más is megszerezte, hozzon létre újat: a régi hivatkozás azonnal megszűnik működni.
account-calendar-create = Privát hivatkozásom létrehozása
account-calendar-replace = Új hivatkozás létrehozása
account-calendar-revoke = Hivatkozásom kikapcsolása
account-calendar-download = Műszakjaim letöltése naptárfájlként
account-data = Adataim
account-data-intro = Töltsön le mindent, amit ez a platform Önről tárol, egy olyan fájlban, amelyet más programok is be tudnak olvasni.
account-data-download = Adataim letöltése
account-delete = Fiókom törlése
account-delete-intro = A neve, az e-mail-címe és a születési dátuma törlődik, és többé nem tud bejelentkezni. Amit másokért tett, az megmarad az előzményekben, de a neve nélkül. Ez nem vonható vissza.
account-delete-submit = Fiókom végleges törlése

notice-welcome = Üdvözöljük! A fiókja elkészült.
notice-signed-out = Kijelentkezett. Viszontlátásra!
notice-account-deleted = A fiókját töröltük.
notice-password-changed = A jelszavát módosítottuk. Minden más eszközön kijelentkeztettük.
notice-language-changed = A nyelvet elmentettük.
notice-token-revoked = A kulcsot visszavontuk.
notice-calendar-created = A privát naptárhivatkozása elkészült: másolja ki most a Naptár részből.
notice-calendar-revoked = A privát naptárhivatkozását kikapcsoltuk. Az ezt használó naptáralkalmazások többé nem kapják meg a műszakjait.

# A privát naptárcsatorna, amelyet a naptáralkalmazások olvasnak.
error-unknown-calendar-feed = Ezen a címen nincs naptár. Lehet, hogy a hivatkozást kikapcsolták vagy lecserélték.
problem-host-missing = A kérésből nem derül ki, melyik webhelynek szól (a Host fejléc hiányzik vagy hibás).
account-birth-date = Születési dátum
account-birth-date-submit = Születési dátum mentése
notice-birth-date-saved = A születési dátumát elmentettük.

## Név, telefon és e-mail-cím a fiókoldalon
account-details = Neve és telefonszáma
account-details-submit = Név és telefonszám mentése
field-phone = Telefonszám (nem kötelező)
field-phone-hint = Csak azoknak a műszakoknak a koordinátorai látják, amelyekre jelentkezik, hogy egy műszakkal kapcsolatban elérhessék Önt.
notice-details-saved = A nevét és a telefonszámát elmentettük.
account-email = E-mail-cím
account-email-current = A(z) { $email } címmel jelentkezik be.
account-email-unconfirmed = Ez a cím még nincs megerősítve. Nyissa meg a hivatkozást, amelyet erre a címre küldtünk: addig nem tudunk Önnek levelet küldeni.
account-email-pending = Azt kérte, hogy helyette a(z) { $email } címet használja. Nyissa meg a hivatkozást, amelyet oda küldtünk; addig továbbra is a jelenlegi címével jelentkezik be.
account-email-resend = Hivatkozás újraküldése
account-email-have-code = Van egy kódom a levélből
account-email-change = E-mail-címem módosítása
account-email-how = A hivatkozást az új címre küldjük. Az új cím csak akkor lép a jelenlegi helyébe, amikor megnyitja ezt a hivatkozást.
field-new-email = Új e-mail-cím
field-email-password = Jelszava a megerősítéshez
account-email-submit = Hivatkozás küldése
notice-email-link-sent = Küldtünk Önnek egy hivatkozást. Nyissa meg a postafiókjából, hogy megerősítse a címet.
notice-email-confirmed = Az e-mail-címe megerősítve.
banner-email-unconfirmed = Kérjük, erősítse meg az e-mail-címét ({ $email }): nyissa meg a hivatkozást, amelyet küldtünk Önnek. Addig nem tudunk Önnek levelet küldeni.
banner-email-unconfirmed-link = Nem kapta meg?

## Cím megerősítése a kiküldött hivatkozással
email-confirm-title = Erősítse meg az e-mail-címét
email-confirm-text = A(z) { $email } az Ön címe? Nyomja meg a gombot a megerősítéshez: a fiókja ezt a címet használja majd a bejelentkezéshez és a levelekhez.
email-confirm-submit = Igen, megerősítem a címemet
field-confirm-code = Kód a levélből
field-confirm-code-hint = Illessze be a hosszú kódot abból a levélből, amelyet küldtünk Önnek.
email-confirmed-title = A címe megerősítve
email-confirmed-text = Mostantól a(z) { $email } címre küldjük a leveleit, és ezzel a címmel jelentkezik be.
email-confirmed-continue = Tovább
email-confirm-expired-title = Ez a hivatkozás már nem működik
email-confirm-expired-text = A cím megerősítésére szolgáló hivatkozás egyszer és { $days } napig működik. Kérjen újat a fiókoldaláról: egy percig tart.
email-confirm-ask-again = Új hivatkozás kérése
email-confirm-taken-title = Ez a cím már foglalt
email-confirm-taken-text = A(z) { $email } címet most egy másik fiók használja, így nem lehet az Öné is. Az Ön fiókja megtartja a korábbi címét.

## A hivatkozást tartalmazó levél
mail-confirm-subject = Erősítse meg az e-mail-címét
mail-confirm-body = Üdvözöljük az Entraide-en! Ha e-mailben szeretne híreket kapni a műszakjairól és a szomszédai kéréseiről, erősítse meg, hogy ez a cím az Öné.
mail-confirm-new-body = Azt kérte, hogy ezt a címet használja az Entraide-fiókjához. Erősítse meg, hogy ezzel jelentkezhessen be, és ide kapja a leveleit.
mail-confirm-link = A megerősítéshez 7 napon belül nyissa meg ezt a hivatkozást:
mail-confirm-code = A megerősítéshez jelentkezzen be a webhelyen, nyissa meg a „Fiókom” oldalt, válassza a „Van egy kódom a levélből” lehetőséget, és 7 napon belül illessze be ezt a kódot:
mail-confirm-ignore = Ha nem Ön kérte, nyugodtan figyelmen kívül hagyhatja ezt a levelet: semmi sem változik.
mail-confirm-footer = Azért kapja ezt a levelet, mert ezt a címet adták meg egy Entraide-fiókhoz.

## Levél arra a címre, amelyet egy fiók már nem használ
mail-email-changed-subject = Megváltozott az e-mail-címe
mail-email-changed-body = Az Entraide-fiókja már nem a(z) { $previous } címet használja: mostantól a(z) { $email } címmel jelentkezik be, és oda kapja a leveleit.
mail-email-changed-not-you = Ha nem Ön tette, lehet, hogy valaki más használja a fiókját. Írjon azonnal a platformja csapatának: segíthetnek visszaszerezni a fiókot.
mail-email-changed-footer = Azért kapja ezt a levelet, mert ez a cím egy Entraide-fiókhoz tartozott.
