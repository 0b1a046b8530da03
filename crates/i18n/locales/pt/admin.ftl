## Platform administration of neighbour help.
terms-help-categories = Categorias de ajuda entre vizinhos
terms-kind-help-category = Uma categoria de ajuda entre vizinhos
error-seed-needs-centre = Esta plataforma não tem centro: defina um (LAT,LON) antes de a preencher com dados de teste.
