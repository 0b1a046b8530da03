# Οργανισμοί.

organisation-new-title = Εγγραφή οργανισμού
organisation-new-submit = Εγγραφή του οργανισμού
organisation-verified = Επαληθευμένος
organisation-verify = Σήμανση ως επαληθευμένου
organisation-unverify = Αφαίρεση της σήμανσης επαλήθευσης
organisation-members = Μέλη
organisation-leave = Αποχώρηση
organisation-remove-member = Αφαίρεση
organisation-add-member = Προσθήκη μέλους
organisation-add-member-submit = Προσθήκη
field-organisation-name = Όνομα του οργανισμού
field-organisation-kind = Τύπος οργανισμού
field-organisation-description = Με τι ασχολείται;
field-member-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου του ατόμου
field-member-email-hint = Το άτομο πρέπει πρώτα να έχει λογαριασμό στο Entraide.
field-member-role = Ρόλος
organisation-member-since = από { $date }
