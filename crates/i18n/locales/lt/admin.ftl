## Platform administration of neighbour help.
terms-help-categories = Kaimynų pagalbos kategorijos
terms-kind-help-category = Kaimynų pagalbos kategorija
error-seed-needs-centre = Ši platforma neturi centro: nurodykite jį (LAT,LON) prieš užpildydami ją pradiniais duomenimis.
