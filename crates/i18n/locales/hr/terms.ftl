# Vještine, područja i vrste pomoći s kojima počinje svaka platforma. Administratori platforme
# mogu ih preimenovati; do tada se prikazuju ovi nazivi.

term-skill-driving = Vožnja
term-skill-first-aid = Prva pomoć
term-skill-cooking = Kuhanje
term-skill-gardening = Vrtlarstvo
term-skill-diy = Sitni popravci
term-skill-computers = Računala i mobiteli
term-skill-languages = Prevođenje i tumačenje
term-skill-teaching = Poučavanje i instrukcije
term-skill-listening = Slušanje i društvo
term-skill-admin = Papirologija
term-skill-lifting = Nošenje i podizanje
term-skill-childcare = Čuvanje djece

term-cause-elderly = Starije osobe
term-cause-children = Djeca i mladi
term-cause-poverty = Siromaštvo i hrana
term-cause-health = Zdravlje i skrb
term-cause-environment = Okoliš i klima
term-cause-refugees = Izbjeglice i pridošlice
term-cause-disability = Osobe s invaliditetom
term-cause-culture = Kultura i sport
term-cause-animals = Životinje
term-cause-neighbourhood = Život u susjedstvu

term-help-groceries = Kupnja namirnica
term-help-pharmacy = Ljekarna
term-help-delivery = Dostava obroka ili paketa
term-help-lift = Prijevoz
term-help-call-or-visit = Poziv ili posjet
term-help-repairs = Sitni popravci
term-help-paperwork = Papirologija i digitalna pomoć
term-help-pet-care = Briga o kućnim ljubimcima
term-help-housing = Stanovanje
term-help-other = Ostalo
