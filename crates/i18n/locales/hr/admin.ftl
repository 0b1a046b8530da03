## Platform administration of neighbour help.
terms-help-categories = Kategorije susjedske pomoći
terms-kind-help-category = Kategorija susjedske pomoći
error-seed-needs-centre = Ova platforma nema središte: zadajte ga (LAT,LON) prije nego što je napunite početnim podacima.
