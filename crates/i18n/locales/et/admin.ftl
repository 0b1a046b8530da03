## Platform administration of neighbour help.
terms-help-categories = Naabriabi kategooriad
terms-kind-help-category = Naabriabi kategooria
error-seed-needs-centre = Sellel platvormil pole keskpunkti: anna sellele keskpunkt (LAT,LON), enne kui selle algandmetega täidad.
