# De vaardigheden, thema's en hulpcategorieën waarmee elk platform begint. Beheerders van het
# platform kunnen ze hernoemen; tot dan worden deze namen getoond.

term-skill-driving = Autorijden
term-skill-first-aid = EHBO
term-skill-cooking = Koken
term-skill-gardening = Tuinieren
term-skill-diy = Kleine klussen
term-skill-computers = Computers en telefoons
term-skill-languages = Vertalen en tolken
term-skill-teaching = Lesgeven en bijles
term-skill-listening = Luisteren en gezelschap
term-skill-admin = Administratie
term-skill-lifting = Tillen en sjouwen
term-skill-childcare = Kinderopvang

term-cause-elderly = Ouderen
term-cause-children = Kinderen en jongeren
term-cause-poverty = Armoede en voedsel
term-cause-health = Gezondheid en zorg
term-cause-environment = Milieu en klimaat
term-cause-refugees = Vluchtelingen en nieuwkomers
term-cause-disability = Mensen met een beperking
term-cause-culture = Cultuur en sport
term-cause-animals = Dieren
term-cause-neighbourhood = Buurtleven

term-help-groceries = Boodschappen
term-help-pharmacy = Apotheek
term-help-delivery = Maaltijd of pakket bezorgen
term-help-lift = Vervoer
term-help-call-or-visit = Een telefoontje of een bezoekje
term-help-repairs = Kleine klussen
term-help-paperwork = Administratie en digitale hulp
term-help-pet-care = Zorg voor huisdieren
term-help-housing = Wonen
term-help-other = Iets anders
