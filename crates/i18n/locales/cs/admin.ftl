## Platform administration of neighbour help.
terms-help-categories = Kategorie sousedské pomoci
terms-kind-help-category = Kategorie sousedské pomoci
error-seed-needs-centre = Tato platforma nemá střed: zadejte jí ho (LAT,LON), než ji naplníte výchozími daty.
