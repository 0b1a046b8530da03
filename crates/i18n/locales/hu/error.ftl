# Hibák: a problémák címei (API és oldalak) és az egyes hibakódok üzenetei.

problem-invalid-input = Néhány adat hiányzik vagy hibás
problem-malformed = A kérést nem sikerült beolvasni
problem-json-expected = JSON-törzset küldjön, Content-Type application/json fejléccel.
problem-object-expected = A törzsnek JSON-objektumnak kell lennie.
problem-conflict = Ez már létezik
problem-unauthenticated = Kérjük, jelentkezzen be
problem-forbidden = Ehhez nincs jogosultsága
problem-not-found = Nem található
problem-refused = Ez a módosítás nem lehetséges
problem-too-many-requests = Túl sok próbálkozás
problem-retry-after = Kérjük, várjon { $seconds ->
    [one] egy másodpercet
   *[other] { $seconds } másodpercet
}, mielőtt újra próbálkozik.
problem-internal = Hiba történt nálunk

page-forbidden = Az Ön szerepköre ezen a platformon ezt nem teszi lehetővé.
page-internal = Sajnáljuk, hiba történt nálunk. Kérjük, próbálja újra egy kis idő múlva.
page-form-expired = Ez az űrlap lejárt. Lépjen vissza, töltse újra az oldalt, és próbálja újra.

error-required = Kérjük, töltse ki ezt a mezőt.
error-too-long = Ez túl hosszú.
error-type = Ennek az értéknek hibás a típusa: { $detail }
error-email-malformed = Adjon meg egy e-mail-címet, például name@example.org.
error-password-too-short = A jelszónak legalább 10 karakterből kell állnia.
error-password-wrong = Ez a jelszó nem helyes.
error-credentials-wrong = Az e-mail-cím vagy a jelszó nem helyes.
error-date-malformed = Adjon meg egy dátumot, például 1990-04-23.
error-birth-date-implausible = Ellenőrizze a születési dátumot: nem lehet a jövőben vagy 1900 előtt.
error-locale-unknown = Ez a nyelv nem érhető el.
error-slug-length = Legalább 2, legfeljebb 40 karaktert használjon.
error-slug-characters = Csak kisbetűket (a–z), számjegyeket és kötőjeleket használjon; az elején és a végén nem állhat kötőjel.
error-latitude-out-of-range = A földrajzi szélességnek -90 és 90 között kell lennie.
error-longitude-out-of-range = A földrajzi hosszúságnak -180 és 180 között kell lennie.
error-coordinates-malformed = A pontot szélesség,hosszúság formában adja meg, például 50.85,4.35.
error-organisation-kind-unknown = Válasszon a szervezettípusok közül.
error-role-unknown = Ez a szerepkör nem létezik.
error-account-unknown = Ezzel az e-mail-címmel még senkinek sincs fiókja.
error-platform-unknown = Ezen a címen nincs platform.
error-last-admin = Egy szervezetnek legalább egy adminisztrátorra van szüksége. Előbb adjon hozzá egy másik adminisztrátort.
error-taken-email = Ezzel az e-mail-címmel már létezik fiók.
error-taken-slug = Ezt a címet már egy másik platform használja.
error-taken-member = Ez a személy már tag.
error-unknown-platform = Nincs ilyen platform.
error-unknown-organisation = Nincs ilyen szervezet.
error-unknown-account = Nincs ilyen fiók.
error-unknown-token = Nincs ilyen kulcs.
error-unknown-member = Ez a személy nem tag.
error-unknown-page = Ezen a címen nem található semmi.
error-unknown-parent = Nincs ilyen felettes platform.
error-time-zone-unknown = Ez az időzóna nem létezik. Használjon Europe/Brussels formátumú nevet.
