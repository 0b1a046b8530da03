## Platform administration of neighbour help.
terms-help-categories = Naapuriavun luokat
terms-kind-help-category = Naapuriavun luokka
error-seed-needs-centre = Tällä alustalla ei ole keskipistettä: anna sille keskipiste (LAT,LON) ennen kuin täytät sen aloitustiedoilla.
