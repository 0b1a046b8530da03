# Zručnosti, oblasti a druhy pomoci, s ktorými začína každá platforma. Správcovia platformy ich
# môžu premenovať; dovtedy sa zobrazujú tieto názvy.

term-skill-driving = Vedenie auta
term-skill-first-aid = Prvá pomoc
term-skill-cooking = Varenie
term-skill-gardening = Záhradkárčenie
term-skill-diy = Drobné opravy
term-skill-computers = Počítače a telefóny
term-skill-languages = Preklady a tlmočenie
term-skill-teaching = Vyučovanie a doučovanie
term-skill-listening = Počúvanie a spoločnosť
term-skill-admin = Úradné záležitosti
term-skill-lifting = Nosenie a dvíhanie
term-skill-childcare = Stráženie detí

term-cause-elderly = Seniori
term-cause-children = Deti a mládež
term-cause-poverty = Chudoba a potraviny
term-cause-health = Zdravie a starostlivosť
term-cause-environment = Životné prostredie a klíma
term-cause-refugees = Utečenci a novoprišelci
term-cause-disability = Ľudia so zdravotným postihnutím
term-cause-culture = Kultúra a šport
term-cause-animals = Zvieratá
term-cause-neighbourhood = Život v susedstve

term-help-groceries = Nákup
term-help-pharmacy = Lekáreň
term-help-delivery = Donáška jedla alebo balíkov
term-help-lift = Odvoz autom
term-help-call-or-visit = Telefonát alebo návšteva
term-help-repairs = Drobné opravy
term-help-paperwork = Úrady a pomoc s technikou
term-help-pet-care = Starostlivosť o domáce zvieratá
term-help-housing = Bývanie
term-help-other = Iné
