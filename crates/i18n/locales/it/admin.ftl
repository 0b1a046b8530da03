## Platform administration of neighbour help.
terms-help-categories = Categorie di aiuto tra vicini
terms-kind-help-category = Una categoria di aiuto tra vicini
error-seed-needs-centre = Questa piattaforma non ha un centro: indicane uno (LAT,LON) prima di riempirla con i dati iniziali.
