# A kezdőlap és egy platform oldala.

home-title = Segítség a közelben
home-intro = Keressen helyi platformot önkéntességhez és szomszédsegítéshez, vagy csatlakozzon ahhoz, amelyik ott működik, ahol él.
home-my-platforms = Platformjaim
home-all-platforms = Összes platform
home-no-platforms = Itt még nincs platform.

platform-you-member = Ön tagja ennek a platformnak.
platform-you-admin = Ön tagja a platformot működtető csapatnak.
platform-join = Csatlakozás a platformhoz
platform-sign-up-to-join = Hozzon létre fiókot a csatlakozáshoz
platform-my-organisations = Szervezeteim
platform-organisations = Szervezetek
platform-no-organisations = Még egy szervezet sem csatlakozott.
platform-new-organisation = Szervezet regisztrálása
