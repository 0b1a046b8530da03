# Εγγραφή, σύνδεση και αποσύνδεση· η σελίδα του λογαριασμού.

sign-up-title = Δημιουργήστε λογαριασμό
sign-up-intro = Χρειάζεται μόνο ένα λεπτό. Ζητάμε μόνο ό,τι χρειαζόμαστε.
sign-up-submit = Δημιουργία του λογαριασμού μου
sign-up-have-account = Έχετε ήδη λογαριασμό;
sign-in-title = Σύνδεση
sign-in-submit = Σύνδεση
sign-in-no-account = Πρώτη φορά εδώ;

field-display-name = Το όνομά σας
field-display-name-hint = Το όνομα που θα βλέπουν οι άλλοι.
field-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
field-password = Κωδικός πρόσβασης
field-password-hint = Τουλάχιστον 10 χαρακτήρες. Μερικές λέξεις που θα θυμάστε είναι καλή επιλογή.
field-birth-date = Ημερομηνία γέννησης (προαιρετικά)
field-birth-date-hint = Ορισμένες δραστηριότητες έχουν κατώτατο όριο ηλικίας. Τη χρησιμοποιούμε μόνο για να το ελέγξουμε αυτό.
field-language = Γλώσσα
field-current-password = Τρέχων κωδικός πρόσβασης
field-new-password = Νέος κωδικός πρόσβασης
field-password-confirm = Ο κωδικός σας, για επιβεβαίωση

account-title = Ο λογαριασμός μου
account-platforms = Οι πλατφόρμες μου
account-no-platforms = Δεν έχετε γίνει ακόμη μέλος σε καμία πλατφόρμα.
account-language = Γλώσσα
account-language-submit = Αποθήκευση γλώσσας
account-password = Αλλαγή κωδικού πρόσβασης
account-password-submit = Αλλαγή κωδικού
account-tokens = Πρόσβαση εφαρμογών
account-tokens-intro = Οι εφαρμογές και τα σενάρια που ενεργούν για λογαριασμό σας χρησιμοποιούν αυτά τα κλειδιά. Ανακαλέστε όσα δεν χρησιμοποιείτε πια.
account-no-tokens = Καμία εφαρμογή δεν έχει πρόσβαση.
account-token-revoked = ανακλήθηκε
account-token-revoke = Ανάκληση
account-data = Τα δεδομένα μου
account-data-intro = Κατεβάστε όλα όσα αποθηκεύει αυτή η πλατφόρμα για εσάς, σε ένα αρχείο που μπορούν να διαβάσουν και άλλα προγράμματα.
account-data-download = Λήψη των δεδομένων μου
account-delete = Διαγραφή του λογαριασμού μου
account-delete-intro = Το όνομά σας, η διεύθυνση ηλεκτρονικού ταχυδρομείου και η ημερομηνία γέννησής σας διαγράφονται και δεν θα μπορείτε πλέον να συνδεθείτε. Όσα κάνατε για άλλους παραμένουν στο ιστορικό, χωρίς το όνομά σας. Αυτό δεν μπορεί να αναιρεθεί.
account-delete-submit = Οριστική διαγραφή του λογαριασμού μου

notice-welcome = Καλώς ήρθατε! Ο λογαριασμός σας είναι έτοιμος.
notice-signed-out = Αποσυνδεθήκατε. Τα λέμε σύντομα!
notice-account-deleted = Ο λογαριασμός σας διαγράφηκε.
notice-password-changed = Ο κωδικός πρόσβασής σας άλλαξε. Αποσυνδεθήκατε από όλες τις άλλες συσκευές.
notice-language-changed = Η γλώσσα σας αποθηκεύτηκε.
notice-token-revoked = Το κλειδί ανακλήθηκε.
