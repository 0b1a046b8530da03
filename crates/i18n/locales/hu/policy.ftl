## Egy platform adatvédelmi tájékoztatója és felhasználási feltételei
policy-title = Adatvédelmi tájékoztató és felhasználási feltételek
policy-of = A(z) { $platform } platform adatvédelmi tájékoztatója és felhasználási feltételei
policy-version = { $version }. verzió, közzétéve: { $date }.
policy-standard-note = Ez az alapértelmezett szöveg: a platform csapata még nem írta meg a sajátját.
policy-accept = Elolvastam és elfogadom a(z) { $platform } platform adatvédelmi tájékoztatóját és felhasználási feltételeit
policy-read = Az adatvédelmi tájékoztató és a felhasználási feltételek elolvasása
sign-up-privacy = A nevét és az e-mail-címét a fiókja működtetéséhez tároljuk, és soha nem adjuk tovább. Minden platform megmutatja Önnek az adatvédelmi tájékoztatóját és a felhasználási feltételeit, mielőtt csatlakozna hozzá.
sign-up-join-accept = Csatlakozzon a(z) { $platform } platformhoz is, hogy jelentkezhessen a tevékenységeire. Elfogadom a platform adatvédelmi tájékoztatóját és felhasználási feltételeit.
policy-edit-link = Az adatvédelmi tájékoztató és a felhasználási feltételek szerkesztése
policy-edit-title = Az adatvédelmi tájékoztató és a felhasználási feltételek szerkesztése
policy-edit-intro = Írja meg azt a szöveget, amelyet az emberek elfogadnak, amikor csatlakoznak a(z) { $platform } platformhoz, minden kívánt nyelven. Ha egy nyelven nincs szöveg, az olvasók a platform nyelvén kapják meg. A mentéssel új verzió jelenik meg: aki ettől kezdve csatlakozik, ezt fogadja el.
policy-edit-written = Elérhető nyelvek: { $languages }.
policy-edit-choose = Írás ezen a nyelven
field-policy-language = Nyelv
field-policy-body = Szöveg
field-policy-body-hint = A bekezdéseket üres sorral válassza el. Hagyja üresen, ha törölni szeretné ezt a nyelvet.
policy-edit-save = Ennek a verziónak a közzététele
notice-policy-published = Az új verzió megjelent.
error-policy-not-accepted = A csatlakozáshoz jelölje be ezt a négyzetet: ezzel elfogadja az adatvédelmi tájékoztatót és a felhasználási feltételeket.
error-taken-policy = Ugyanebben a pillanatban egy másik verzió jelent meg. Kérjük, próbálja újra.

## Az alapértelmezett szöveg, amíg egy platform meg nem írja a sajátját
policy-standard-who = A(z) { $platform } platform azért működteti ezt az oldalt, hogy a szomszédok segíthessenek egymásnak, és önkéntesként részt vehessenek helyi szervezetek munkájában. Itt olvashatja, mit tárolunk Önről, ki látja, és azt a néhány szabályt, amely biztonságossá teszi ezt a helyet.
policy-standard-kept = Amit tárolunk: a nevét, az e-mail-címét, a jelszavát (csak olyan formában, amelyből senki sem tudja visszaolvasni), valamint azt, amit Ön maga ad hozzá: telefonszámát, születési dátumát, önkéntes profilját, jelentkezéseit és óráit, kéréseit, ajánlatait és üzeneteit.
policy-standard-seen = Ki látja: a többiek a nevét látják. Annak a műszaknak a koordinátorai, amelyre jelentkezik, látják az e-mail-címét és a telefonszámát. A segítségkérés pontos címét csak az a segítő látja, akit a kérés feladója elfogad. Egy beszélgetést csak a benne részt vevő két személy olvas, valamint a platform csapata, ha valamelyikük bejelenti.
policy-standard-never = Amit soha nem teszünk: nem adjuk el és nem adjuk tovább az adatait, nem jelenítünk meg hirdetéseket, és nem küldjük el a címét más szolgáltatásoknak. Csak arról küldünk Önnek e-mailt, amit itt tesz.
policy-standard-rights = Az Ön jogai: a fiókja oldalán bármikor letöltheti mindazt, amit Önről tárolunk, kijavíthatja, vagy törölheti a fiókját. Amit addig tett, az a neve nélkül megmarad az előzményekben.
policy-standard-rules = A szabályok: legyen kedves és őszinte, tartsa tiszteletben mások magánszféráját, és soha ne kérjen pénzt az itt nyújtott segítségért. A csapat elrejtheti azt, ami megszegi ezeket a szabályokat, és felfüggesztheti azokat a fiókokat, amelyek ezt teszik.
policy-standard-questions = Kérdése van? Forduljon a(z) { $platform } platform csapatához.
