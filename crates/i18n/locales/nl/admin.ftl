## Platform administration of neighbour help.
terms-help-categories = Burenhulpcategorieën
terms-kind-help-category = Een burenhulpcategorie
error-seed-needs-centre = Dit platform heeft geen middelpunt: geef het er een (LAT,LON) voordat je het met startgegevens vult.
