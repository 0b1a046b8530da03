# Įgūdžiai, sritys ir pagalbos rūšys, nuo kurių pradeda kiekviena platforma. Platformos
# administratoriai gali juos pervadinti; iki tol rodomi šie pavadinimai.

term-skill-driving = Vairavimas
term-skill-first-aid = Pirmoji pagalba
term-skill-cooking = Maisto gaminimas
term-skill-gardening = Sodo darbai
term-skill-diy = Smulkūs remonto darbai
term-skill-computers = Kompiuteriai ir telefonai
term-skill-languages = Vertimas raštu ir žodžiu
term-skill-teaching = Mokymas ir korepetavimas
term-skill-listening = Išklausymas ir draugija
term-skill-admin = Dokumentų tvarkymas
term-skill-lifting = Nešimas ir kėlimas
term-skill-childcare = Vaikų priežiūra

term-cause-elderly = Senjorai
term-cause-children = Vaikai ir jaunimas
term-cause-poverty = Skurdas ir maistas
term-cause-health = Sveikata ir priežiūra
term-cause-environment = Aplinka ir klimatas
term-cause-refugees = Pabėgėliai ir atvykėliai
term-cause-disability = Žmonės su negalia
term-cause-culture = Kultūra ir sportas
term-cause-animals = Gyvūnai
term-cause-neighbourhood = Bendruomenės gyvenimas

term-help-groceries = Pirkiniai
term-help-pharmacy = Vaistinė
term-help-delivery = Maisto ar siuntinių pristatymas
term-help-lift = Pavėžėjimas
term-help-call-or-visit = Skambutis ar apsilankymas
term-help-repairs = Smulkūs remonto darbai
term-help-paperwork = Dokumentai ir skaitmeninė pagalba
term-help-pet-care = Augintinių priežiūra
term-help-housing = Būstas
term-help-other = Kita
