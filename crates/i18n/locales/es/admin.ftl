## Platform administration of neighbour help.
terms-help-categories = Categorías de ayuda entre vecinos
terms-kind-help-category = Una categoría de ayuda entre vecinos
error-seed-needs-centre = Esta plataforma no tiene centro: dale uno (LAT,LON) antes de cargarle los datos iniciales.
