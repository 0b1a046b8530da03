## Platform administration of neighbour help.
terms-help-categories = Kategorie pomocy sąsiedzkiej
terms-kind-help-category = Kategoria pomocy sąsiedzkiej
error-seed-needs-centre = Ta platforma nie ma punktu centralnego: nadaj go jej (LAT,LON), zanim wypełnisz ją danymi testowymi.
