# Oskused, valdkonnad ja abi liigid, millega iga platvorm alustab. Platvormi haldurid võivad
# neid ümber nimetada; seni näidatakse neid nimesid.

term-skill-driving = Autojuhtimine
term-skill-first-aid = Esmaabi
term-skill-cooking = Toiduvalmistamine
term-skill-gardening = Aiatööd
term-skill-diy = Pisiparandused
term-skill-computers = Arvutid ja telefonid
term-skill-languages = Tõlkimine
term-skill-teaching = Õpetamine ja järeleaitamine
term-skill-listening = Kuulamine ja seltsi pakkumine
term-skill-admin = Asjaajamine
term-skill-lifting = Kandmine ja tõstmine
term-skill-childcare = Lapsehoid

term-cause-elderly = Eakad
term-cause-children = Lapsed ja noored
term-cause-poverty = Vaesus ja toit
term-cause-health = Tervis ja hoolekanne
term-cause-environment = Keskkond ja kliima
term-cause-refugees = Pagulased ja uussisserändajad
term-cause-disability = Puudega inimesed
term-cause-culture = Kultuur ja sport
term-cause-animals = Loomad
term-cause-neighbourhood = Kogukonnaelu

term-help-groceries = Sisseostud
term-help-pharmacy = Apteek
term-help-delivery = Toidu või paki kohaletoimetamine
term-help-lift = Küüt
term-help-call-or-visit = Kõne või külastus
term-help-repairs = Pisiparandused
term-help-paperwork = Asjaajamine ja digiabi
term-help-pet-care = Lemmiklooma hoidmine
term-help-housing = Eluase
term-help-other = Muu
