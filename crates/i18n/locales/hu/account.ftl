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
