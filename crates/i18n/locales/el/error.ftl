# Σφάλματα: τίτλοι προβλημάτων (API και σελίδες) και μηνύματα για κάθε κωδικό σφάλματος.

problem-invalid-input = Κάποια στοιχεία λείπουν ή είναι λανθασμένα
problem-malformed = Δεν ήταν δυνατή η ανάγνωση του αιτήματος
problem-json-expected = Στείλτε σώμα JSON με Content-Type application/json.
problem-object-expected = Το σώμα πρέπει να είναι αντικείμενο JSON.
problem-conflict = Αυτό υπάρχει ήδη
problem-unauthenticated = Παρακαλούμε συνδεθείτε
problem-forbidden = Δεν σας επιτρέπεται να το κάνετε αυτό
problem-not-found = Δεν βρέθηκε
problem-refused = Αυτή η αλλαγή δεν είναι δυνατή
problem-too-many-requests = Πάρα πολλές προσπάθειες
problem-retry-after = Περιμένετε { $seconds ->
    [one] ένα δευτερόλεπτο
   *[other] { $seconds } δευτερόλεπτα
} πριν δοκιμάσετε ξανά.
problem-internal = Κάτι πήγε στραβά από τη δική μας πλευρά

page-forbidden = Ο ρόλος σας σε αυτή την πλατφόρμα δεν το επιτρέπει αυτό.
page-internal = Λυπούμαστε: κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά σε λίγο.
page-form-expired = Αυτή η φόρμα έχει λήξει. Επιστρέψτε, φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.

error-required = Συμπληρώστε αυτό το πεδίο.
error-too-long = Είναι πολύ μεγάλο.
error-type = Αυτή η τιμή έχει λάθος τύπο: { $detail }
error-email-malformed = Εισαγάγετε μια διεύθυνση ηλεκτρονικού ταχυδρομείου όπως name@example.org.
error-password-too-short = Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 10 χαρακτήρες.
error-password-wrong = Αυτός ο κωδικός πρόσβασης δεν είναι σωστός.
error-credentials-wrong = Η διεύθυνση ηλεκτρονικού ταχυδρομείου ή ο κωδικός πρόσβασης δεν είναι σωστά.
error-date-malformed = Εισαγάγετε μια ημερομηνία όπως 1990-04-23.
error-birth-date-implausible = Ελέγξτε την ημερομηνία γέννησης: δεν μπορεί να είναι στο μέλλον ή πριν από το 1900.
error-locale-unknown = Αυτή η γλώσσα δεν είναι διαθέσιμη.
error-slug-length = Χρησιμοποιήστε από 2 έως 40 χαρακτήρες.
error-slug-characters = Χρησιμοποιήστε μόνο πεζά λατινικά γράμματα (a–z), ψηφία και παύλες, χωρίς παύλα στην αρχή ή στο τέλος.
error-latitude-out-of-range = Το γεωγραφικό πλάτος πρέπει να είναι μεταξύ -90 και 90.
error-longitude-out-of-range = Το γεωγραφικό μήκος πρέπει να είναι μεταξύ -180 και 180.
error-coordinates-malformed = Γράψτε το σημείο ως πλάτος,μήκος, για παράδειγμα 50.85,4.35.
error-organisation-kind-unknown = Επιλέξτε έναν από τους τύπους οργανισμών.
error-role-unknown = Αυτός ο ρόλος δεν υπάρχει.
error-account-unknown = Κανείς δεν έχει ακόμη λογαριασμό με αυτή τη διεύθυνση ηλεκτρονικού ταχυδρομείου.
error-platform-unknown = Δεν υπάρχει πλατφόρμα με αυτή τη διεύθυνση.
error-last-admin = Ένας οργανισμός χρειάζεται τουλάχιστον έναν διαχειριστή. Προσθέστε πρώτα άλλον διαχειριστή.
error-taken-email = Υπάρχει ήδη λογαριασμός με αυτή τη διεύθυνση ηλεκτρονικού ταχυδρομείου.
error-taken-slug = Άλλη πλατφόρμα χρησιμοποιεί ήδη αυτή τη διεύθυνση.
error-taken-member = Αυτό το άτομο είναι ήδη μέλος.
error-unknown-platform = Δεν υπάρχει τέτοια πλατφόρμα.
error-unknown-organisation = Δεν υπάρχει τέτοιος οργανισμός.
error-unknown-account = Δεν υπάρχει τέτοιος λογαριασμός.
error-unknown-token = Δεν υπάρχει τέτοιο κλειδί.
error-unknown-member = Αυτό το άτομο δεν είναι μέλος.
error-unknown-page = Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση.
error-unknown-parent = Δεν υπάρχει τέτοια γονική πλατφόρμα.
error-time-zone-unknown = Αυτή η ζώνη ώρας δεν υπάρχει. Χρησιμοποιήστε ένα όνομα όπως Europe/Brussels.
