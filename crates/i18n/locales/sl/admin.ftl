## Platform administration of neighbour help.
terms-help-categories = Kategorije sosedske pomoči
terms-kind-help-category = Kategorija sosedske pomoči
error-seed-needs-centre = Ta platforma nima središča: preden jo napolnite s testnimi podatki, ji ga določite (LAT,LON).
