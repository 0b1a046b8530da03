# Les compétences, les causes et les catégories d'aide avec lesquelles chaque plateforme commence.
# Les administrateurs de la plateforme peuvent les renommer ; ces noms s'affichent jusque-là.

term-skill-driving = Conduite
term-skill-first-aid = Premiers secours
term-skill-cooking = Cuisine
term-skill-gardening = Jardinage
term-skill-diy = Petites réparations
term-skill-computers = Informatique et téléphones
term-skill-languages = Traduction et interprétariat
term-skill-teaching = Enseignement et soutien scolaire
term-skill-listening = Écoute et compagnie
term-skill-admin = Démarches administratives
term-skill-lifting = Port de charges
term-skill-childcare = Garde d'enfants

term-cause-elderly = Personnes âgées
term-cause-children = Enfance et jeunesse
term-cause-poverty = Pauvreté et alimentation
term-cause-health = Santé et soins
term-cause-environment = Environnement et climat
term-cause-refugees = Réfugiés et nouveaux arrivants
term-cause-disability = Personnes en situation de handicap
term-cause-culture = Culture et sport
term-cause-animals = Animaux
term-cause-neighbourhood = Vie de quartier

term-help-groceries = Courses
term-help-pharmacy = Pharmacie
term-help-delivery = Livraison de repas ou de colis
term-help-lift = Un trajet en voiture
term-help-call-or-visit = Un appel ou une visite
term-help-repairs = Petites réparations
term-help-paperwork = Démarches et aide numérique
term-help-pet-care = Garde d'animaux
term-help-housing = Logement
term-help-other = Autre
