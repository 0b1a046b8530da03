## Platform administration of neighbour help.
terms-help-categories = Κατηγορίες βοήθειας μεταξύ γειτόνων
terms-kind-help-category = Κατηγορία βοήθειας μεταξύ γειτόνων
error-seed-needs-centre = Αυτή η πλατφόρμα δεν έχει κέντρο: ορίστε της ένα (LAT,LON) πριν τη γεμίσετε με αρχικά δεδομένα.
