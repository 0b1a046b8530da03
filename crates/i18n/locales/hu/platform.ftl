# A kezdőlap és egy platform oldala.

home-title = Segítség a közelben
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
home-part-of = A(z) { $platform } platform része
home-figure-opportunities = { $count ->
    [one] Egy tevékenység közelgő időpontokkal
   *[other] { $count } tevékenység közelgő időpontokkal
}
home-figure-requests = { $count ->
    [one] egy segítséget kérő szomszéd
   *[other] { $count } segítséget kérő szomszéd
}
home-figure-members = { $count ->
    [one] egy tag
   *[other] { $count } tag
}
home-what = Az Entraide az a hely, ahol egy város vagy egy városrész maga szervezi az önkéntes munkát és a szomszédsegítést: találjon tennivalót a közelében, vagy kérjen segítséget.
