## Platform administration of neighbour help.
terms-help-categories = Kategorier for nabohjælp
terms-kind-help-category = En kategori for nabohjælp
error-seed-needs-centre = Denne platform har intet centrum: Giv den et (LAT,LON), før du fylder startdata i den.
