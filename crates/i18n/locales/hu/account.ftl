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
sign-up-join = Csatlakozzon a(z) { $platform } platformhoz is, hogy jelentkezhessen a tevékenységeire
