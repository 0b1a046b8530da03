## Platform administration of neighbour help.
terms-help-categories = Catégories d'entraide entre voisins
terms-kind-help-category = Une catégorie d'entraide entre voisins
error-seed-needs-centre = Cette plateforme n'a pas de centre : indiquez-en un (LAT,LON) avant de la remplir avec des données de départ.
