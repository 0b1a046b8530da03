## Platform administration of neighbour help.
terms-help-categories = Categorii de ajutor între vecini
terms-kind-help-category = O categorie de ajutor între vecini
error-seed-needs-centre = Această platformă nu are un centru: stabiliți-i unul (LAT,LON) înainte de a o popula cu date de test.
