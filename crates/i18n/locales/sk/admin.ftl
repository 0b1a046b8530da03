## Platform administration of neighbour help.
terms-help-categories = Kategórie susedskej pomoci
terms-kind-help-category = Kategória susedskej pomoci
error-seed-needs-centre = Táto platforma nemá stred: pred naplnením testovacími údajmi jej ho zadajte (LAT,LON).
