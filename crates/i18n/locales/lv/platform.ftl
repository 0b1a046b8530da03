# Sākumlapa un platformas lapa.

home-title = Palīdzība tuvumā
home-my-platforms = Manas platformas
home-all-platforms = Visas platformas
home-no-platforms = Šeit vēl nav nevienas platformas.

platform-you-member = Jūs esat šīs platformas dalībnieks.
platform-you-admin = Jūs esat komandā, kas uztur šo platformu.
platform-join = Pievienoties šai platformai
platform-sign-up-to-join = Izveidojiet kontu, lai pievienotos
platform-my-organisations = Manas organizācijas
platform-organisations = Organizācijas
platform-no-organisations = Vēl nav pievienojusies neviena organizācija.
platform-new-organisation = Reģistrēt organizāciju
home-part-of = Platformas { $platform } daļa
home-figure-opportunities = { $count ->
    [zero] { $count } aktivitātes ar gaidāmām maiņām
    [one] { $count } aktivitāte ar gaidāmām maiņām
   *[other] { $count } aktivitātes ar gaidāmām maiņām
}
home-figure-requests = { $count ->
    [zero] { $count } kaimiņi lūdz palīdzību
    [one] { $count } kaimiņš lūdz palīdzību
   *[other] { $count } kaimiņi lūdz palīdzību
}
home-figure-members = { $count ->
    [zero] { $count } dalībnieki
    [one] { $count } dalībnieks
   *[other] { $count } dalībnieki
}
home-what = Entraide ir vieta, kur pilsēta vai apkaime pati organizē brīvprātīgo darbu un kaimiņu palīdzību: atrodiet, ko darīt savā tuvumā, vai palūdziet palīdzību.
