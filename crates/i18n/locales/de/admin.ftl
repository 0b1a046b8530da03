## Platform administration of neighbour help.
terms-help-categories = Kategorien der Nachbarschaftshilfe
terms-kind-help-category = Eine Kategorie der Nachbarschaftshilfe
error-seed-needs-centre = Diese Plattform hat keinen Mittelpunkt: Gib ihr einen (LAT,LON), bevor du sie mit Startdaten füllst.
