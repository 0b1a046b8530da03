# Sākumlapa un platformas lapa.

home-title = Palīdzība tuvumā
home-intro = Atrodiet vietējo brīvprātīgā darba un kaimiņu palīdzības platformu vai pievienojieties tai, kas darbojas jūsu dzīvesvietā.
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
