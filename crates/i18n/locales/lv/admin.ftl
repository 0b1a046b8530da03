## Platform administration of neighbour help.
terms-help-categories = Kaimiņu palīdzības kategorijas
terms-kind-help-category = Kaimiņu palīdzības kategorija
error-seed-needs-centre = Šai platformai nav centra: norādiet to (LAT,LON), pirms aizpildāt to ar sākuma datiem.
