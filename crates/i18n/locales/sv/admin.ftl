## Platform administration of neighbour help.
terms-help-categories = Kategorier för grannhjälp
terms-kind-help-category = En kategori för grannhjälp
error-seed-needs-centre = Den här plattformen har ingen mittpunkt: ge den en (LAT,LON) innan du fyller den med testdata.
