## Platform administration of neighbour help.
terms-help-categories = Szomszédsegítési kategóriák
terms-kind-help-category = Szomszédsegítési kategória
error-seed-needs-centre = Ennek a platformnak nincs középpontja: adjon meg egyet (LAT,LON), mielőtt kezdő adatokkal feltölti.
