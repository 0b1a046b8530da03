# A készségek, ügyek és segítségtípusok, amelyekkel minden platform indul. A platform
# adminisztrátorai átnevezhetik őket; addig ezek a nevek látszanak.

term-skill-driving = Autóvezetés
term-skill-first-aid = Elsősegély
term-skill-cooking = Főzés
term-skill-gardening = Kertészkedés
term-skill-diy = Kisebb javítások
term-skill-computers = Számítógép és telefon
term-skill-languages = Fordítás és tolmácsolás
term-skill-teaching = Tanítás és korrepetálás
term-skill-listening = Meghallgatás és társaság
term-skill-admin = Ügyintézés
term-skill-lifting = Cipelés és emelés
term-skill-childcare = Gyermekfelügyelet

term-cause-elderly = Idősek
term-cause-children = Gyerekek és fiatalok
term-cause-poverty = Szegénység és élelmezés
term-cause-health = Egészség és gondozás
term-cause-environment = Környezet és klíma
term-cause-refugees = Menekültek és újonnan érkezők
term-cause-disability = Fogyatékossággal élők
term-cause-culture = Kultúra és sport
term-cause-animals = Állatok
term-cause-neighbourhood = A környék élete

term-help-groceries = Bevásárlás
term-help-pharmacy = Gyógyszertár
term-help-delivery = Étel- vagy csomagkiszállítás
term-help-lift = Fuvar
term-help-call-or-visit = Telefonhívás vagy látogatás
term-help-repairs = Kisebb javítások
term-help-paperwork = Ügyintézés és digitális segítség
term-help-pet-care = Háziállat-gondozás
term-help-housing = Lakhatás
term-help-other = Egyéb
