# De kompetencer, sager og hjælpekategorier, som alle platforme starter med. Platformens
# administratorer kan omdøbe dem; indtil da vises disse navne.

term-skill-driving = Bilkørsel
term-skill-first-aid = Førstehjælp
term-skill-cooking = Madlavning
term-skill-gardening = Havearbejde
term-skill-diy = Små reparationer
term-skill-computers = Computer og telefon
term-skill-languages = Oversættelse og tolkning
term-skill-teaching = Undervisning og lektiehjælp
term-skill-listening = Samtale og selskab
term-skill-admin = Papirarbejde
term-skill-lifting = Bære og løfte
term-skill-childcare = Børnepasning

term-cause-elderly = Ældre
term-cause-children = Børn og unge
term-cause-poverty = Fattigdom og mad
term-cause-health = Sundhed og omsorg
term-cause-environment = Miljø og klima
term-cause-refugees = Flygtninge og nytilkomne
term-cause-disability = Mennesker med handicap
term-cause-culture = Kultur og idræt
term-cause-animals = Dyr
term-cause-neighbourhood = Livet i nabolaget

term-help-groceries = Indkøb
term-help-pharmacy = Apotek
term-help-delivery = Levering af mad eller pakker
term-help-lift = Et lift
term-help-call-or-visit = Et opkald eller et besøg
term-help-repairs = Små reparationer
term-help-paperwork = Papirarbejde og digital hjælp
term-help-pet-care = Pasning af kæledyr
term-help-housing = Bolig
term-help-other = Andet
