# Εθελοντισμός: αναζήτηση δράσεων, η σελίδα μιας δράσης, βάρδιες και δηλώσεις συμμετοχής,
# λίστες συμμετεχόντων, οι βάρδιές μου, πίνακες ελέγχου οργανισμών, δεξιότητες και σκοποί.

## Αναζήτηση δράσεων

opportunities-title = Βρείτε κάτι να κάνετε
opportunities-find = Βρείτε κάτι να κάνετε
opportunities-filters = Φίλτρα
opportunities-more-filters = Περισσότερα φίλτρα: δεξιότητα, σκοπός, γλώσσα, ημερομηνίες, τοποθεσία
opportunities-any = Χωρίς προτίμηση
opportunities-sort-start = Πρώτα οι πιο κοντινές χρονικά
opportunities-sort-distance = Πρώτα οι πιο κοντινές σε απόσταση
opportunities-search = Αναζήτηση
opportunities-reset = Καθαρισμός όλων των φίλτρων
opportunities-results = Δράσεις
opportunities-none = Τίποτα δεν ταιριάζει ακόμη με αυτά τα φίλτρα. Δοκιμάστε λιγότερα φίλτρα ή μεγαλύτερη περιοχή.
opportunities-fix-filters = Διορθώστε τα παραπάνω φίλτρα για να δείτε αποτελέσματα.
opportunities-distance = σε απόσταση { $distance }
opportunities-more-shifts = { $count ->
    [one] και μία ακόμη βάρδια
   *[other] και { $count } ακόμη βάρδιες
}
opportunities-next-page = Επόμενη σελίδα
opportunities-list-title = Τι μπορείτε να κάνετε μαζί μας
opportunities-none-published = Προς το παρόν δεν υπάρχει κάτι για να δηλώσετε συμμετοχή.

field-search-words = Λέξεις αναζήτησης
field-search-words-hint = Για παράδειγμα: τράπεζα τροφίμων, ανάγνωση, κήπος.
field-skill = Δεξιότητα
field-cause = Σκοπός
field-spoken-language = Γλώσσα που μιλιέται εκεί
field-from-day = Από (ημέρα)
field-to-day = Έως (ημέρα)
field-near = Κοντά σε αυτό το σημείο
field-near-hint = Μια οδός, μια διεύθυνση, ένας ταχυδρομικός κώδικας ή μια γειτονιά. Μπορείτε επίσης να γράψετε δύο αριθμούς από μια εφαρμογή χαρτών, για παράδειγμα 51.05,3.72.
field-near-hint-no-places = Δύο αριθμοί από μια εφαρμογή χαρτών, για παράδειγμα 51.05,3.72. Όταν η ομάδα της πλατφόρμας εισαγάγει τις οδούς της, θα μπορείτε να γράψετε και μια οδό ή μια γειτονιά.
opportunities-near-place = Κοντά στην τοποθεσία { $place }.
opportunities-near-others = Ή κοντά σε άλλη τοποθεσία:
error-place-not-found = Δεν υπάρχει τοποθεσία με αυτό το όνομα σε αυτή την πλατφόρμα. Δοκιμάστε μια οδό, έναν ταχυδρομικό κώδικα ή μια γειτονιά ή δύο αριθμούς από μια εφαρμογή χαρτών, για παράδειγμα 51.05,3.72.
field-within-km = Σε ακτίνα (χλμ.)
field-remote-only = Μόνο ό,τι μπορώ να κάνω από το σπίτι
field-sort = Ταξινόμηση

## Μία δράση

opportunity-remote = Εξ αποστάσεως: από οπουδήποτε
opportunity-address-unknown = Η τοποθεσία θα επιβεβαιωθεί από τον οργανισμό
opportunity-coordinator-tools = Εργαλεία συντονιστή
opportunity-edit = Επεξεργασία
opportunity-skills = Δεξιότητες
opportunity-causes = Σκοποί
opportunity-languages = Γλώσσες που μιλιούνται εκεί
opportunity-min-age = Ελάχιστη ηλικία
opportunity-min-age-value = { $age } ετών
opportunity-accessibility = Προσβασιμότητα
opportunity-where = Πού
opportunity-shifts = Πότε
opportunity-not-open = Αυτή η δράση δεν δέχεται δηλώσεις συμμετοχής αυτή τη στιγμή.
opportunity-sign-in-to-sign-up = Συνδεθείτε για να δηλώσετε συμμετοχή
opportunity-join-first = Γίνετε μέλος αυτής της πλατφόρμας για να δηλώσετε συμμετοχή. Είναι δωρεάν και χρειάζεται μόνο ένα κλικ.
opportunity-ongoing = Δεν υπάρχουν σταθερές ώρες: βοηθήστε όποτε βολεύει εσάς και τον οργανισμό.
opportunity-ongoing-short = Συνεχής, χωρίς σταθερές ώρες
opportunity-no-upcoming = Δεν έχουν προγραμματιστεί βάρδιες αυτή τη στιγμή.
opportunity-dates-nav = Περισσότερες ημερομηνίες
opportunity-earlier-dates = Προηγούμενες ημερομηνίες
opportunity-later-dates = Επόμενες ημερομηνίες
opportunity-past-shifts = Προηγούμενες βάρδιες
opportunity-report-hours = Δήλωση των ωρών μου
opportunity-report-hours-intro = Πείτε στον οργανισμό πόση ώρα βοηθήσατε. Ένας συντονιστής το επιβεβαιώνει.
opportunity-report-hours-submit = Δήλωση αυτών των ωρών
opportunity-times-in-zone = Οι ημερομηνίες και οι ώρες είναι στη ζώνη ώρας της πλατφόρμας ({ $zone }).
opportunity-add-shift = Προσθήκη βάρδιας
opportunity-add-shift-submit = Προσθήκη αυτής της βάρδιας
opportunity-add-series = Προσθήκη επαναλαμβανόμενων βαρδιών
opportunity-add-series-intro = Για παράδειγμα, κάθε Τρίτη από 14:00 έως 17:00 μέχρι το τέλος Μαρτίου. Κάθε βάρδια μπορεί αργότερα να αλλάξει χωριστά.
opportunity-add-series-submit = Προσθήκη αυτών των βαρδιών
opportunity-status-draft = Πρόχειρη
opportunity-status-published = Δημοσιευμένη
opportunity-status-closed = Κλειστή
opportunity-status-draft-hint = Τη βλέπει μόνο ο οργανισμός σας.
opportunity-status-published-hint = Όλοι μπορούν να τη βρουν και να δηλώσουν συμμετοχή.
opportunity-status-closed-hint = Παραμένει ορατή, αλλά κανείς δεν μπορεί να δηλώσει συμμετοχή.
opportunity-new-title = Δημοσίευση δράσης
opportunity-new-submit = Αποθήκευση της δράσης
opportunity-edit-title = Επεξεργασία της δράσης
opportunity-edit-submit = Αποθήκευση των αλλαγών
opportunity-form-cancel = Ακύρωση

opportunity-notice-created = Η δράση αποθηκεύτηκε. Τώρα προσθέστε τις βάρδιες στις οποίες μπορούν να έρθουν εθελοντές.
opportunity-notice-saved = Οι αλλαγές σας αποθηκεύτηκαν.
opportunity-notice-signed-up = Η συμμετοχή σας καταχωρίστηκε. Σας ευχαριστούμε! Θα λάβετε υπενθύμιση την προηγούμενη ημέρα.
opportunity-notice-waitlisted = Αυτή η βάρδια είναι πλήρης: είστε στη λίστα αναμονής. Αν ελευθερωθεί θέση, θα είναι δική σας και θα σας ενημερώσουμε.
opportunity-notice-left = Η δήλωση συμμετοχής σας ακυρώθηκε.
opportunity-notice-shift-added = Η βάρδια προστέθηκε.
opportunity-notice-series-added = Οι επαναλαμβανόμενες βάρδιες προστέθηκαν.
opportunity-notice-shift-cancelled = Η βάρδια ακυρώθηκε. Όλοι όσοι είχαν δηλώσει συμμετοχή ενημερώνονται.
opportunity-notice-hours-reported = Οι ώρες σας δηλώθηκαν. Ένας συντονιστής θα τις επιβεβαιώσει.

field-opportunity-title = Τι χρειάζεται να γίνει;
field-opportunity-title-hint = Λίγες λέξεις, για παράδειγμα: Διαλογή τροφίμων στην τράπεζα τροφίμων.
field-opportunity-description = Πείτε περισσότερα στους εθελοντές
field-skills = Χρήσιμες δεξιότητες
field-causes = Σκοποί που εξυπηρετεί
field-languages = Γλώσσες που μιλιούνται εκεί
field-languages-hint = Επιλέξτε τις γλώσσες που μπορεί να χρησιμοποιήσει ένας εθελοντής επί τόπου.
field-min-age = Ελάχιστη ηλικία (προαιρετικά)
field-min-age-hint = Αφήστε το κενό αν μπορεί να βοηθήσει οποιοσδήποτε.
field-accessibility = Προσβασιμότητα (προαιρετικά)
field-accessibility-hint = Σκαλοπάτια, ανελκυστήρας, τουαλέτες, στάθμευση, συγκοινωνίες…
field-where = Πού γίνεται;
field-where-place = Σε συγκεκριμένο μέρος
field-where-remote = Εξ αποστάσεως: από οπουδήποτε
field-where-place-hint = Για ένα μέρος, δώστε τη διεύθυνσή του και τη θέση του στον χάρτη (μπορείτε να αντιγράψετε τους αριθμούς από μια εφαρμογή χαρτών).
field-address = Διεύθυνση
field-latitude = Γεωγραφικό πλάτος
field-latitude-hint = Για παράδειγμα 51.0543
field-longitude = Γεωγραφικό μήκος
field-longitude-hint = Για παράδειγμα 3.7174
field-status = Ποιος μπορεί να τη δει;

## Βάρδιες

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Απομένει 1 θέση
   *[other] Απομένουν { $left } θέσεις
} από { $slots }
shift-full = Πλήρης
shift-waiting = { $count ->
    [one] 1 άτομο στη λίστα αναμονής
   *[other] { $count } άτομα στη λίστα αναμονής
}
shift-cancelled = Ακυρώθηκε
shift-sign-up = Δήλωση συμμετοχής
shift-join-waiting-list = Εγγραφή στη λίστα αναμονής
shift-you-confirmed = Έχετε δηλώσει συμμετοχή.
shift-you-waiting = Είστε στη λίστα αναμονής, στη θέση { $position }.
shift-leave = Ακύρωση της συμμετοχής μου
shift-cancel = Ακύρωση αυτής της βάρδιας
shift-roster-link = Ποιοι έρχονται
shift-weekday-1 = Δευτέρα
shift-weekday-2 = Τρίτη
shift-weekday-3 = Τετάρτη
shift-weekday-4 = Πέμπτη
shift-weekday-5 = Παρασκευή
shift-weekday-6 = Σάββατο
shift-weekday-7 = Κυριακή

field-shift-day = Ημέρα
field-start-time = Ώρα έναρξης
field-end-time = Ώρα λήξης
field-slots = Αριθμός θέσεων
field-frequency = Πόσο συχνά;
field-frequency-weekly = Κάθε εβδομάδα, τις ημέρες που επιλέγονται παρακάτω
field-frequency-daily = Κάθε μέρα
field-weekdays = Ημέρες της εβδομάδας
field-weekdays-hint = Για εβδομαδιαίες βάρδιες. Αν δεν επιλεγεί καμία, χρησιμοποιείται η ημέρα της εβδομάδας της πρώτης ημέρας.
field-first-day = Πρώτη ημέρα
field-last-day = Τελευταία ημέρα
field-except = Ημέρες χωρίς αυτή τη βάρδια (προαιρετικά)
field-except-hint = Αργίες, για παράδειγμα: 2026-12-25, 2027-01-01
field-hours-day = Ημέρα
field-hours-minutes = Πόσα λεπτά;
field-hours-minutes-hint = Για μιάμιση ώρα, γράψτε 90.
field-hours-note = Τι κάνατε; (προαιρετικά)

## Η λίστα συμμετεχόντων μιας βάρδιας

roster-title = Ποιοι έρχονται
roster-fill = Κατειλημμένες θέσεις: { $taken } από { $slots }
roster-csv = Λήψη της λίστας (CSV, για υπολογιστικό φύλλο)
roster-confirmed = Επιβεβαιωμένοι
roster-attendance-later = Μπορείτε να σημειώσετε ποιοι ήρθαν από 30 λεπτά πριν ξεκινήσει η βάρδια.
roster-nobody = Κανείς δεν έχει δηλώσει συμμετοχή ακόμη.
roster-attended = Ήρθε
roster-no-show = Δεν ήρθε
roster-remove = Αφαίρεση
roster-waiting = Λίστα αναμονής
roster-nobody-waiting = Κανείς δεν περιμένει.
roster-position = θέση { $position }
roster-ended = Ακυρωμένες συμμετοχές
roster-cancelled = ακύρωσε
roster-removed = αφαιρέθηκε από συντονιστή
roster-late = την τελευταία στιγμή
roster-erased-name = Πρώην μέλος
roster-edit-shift = Αλλαγή αυτής της βάρδιας
roster-edit-hint = Όχι λιγότερες από τα άτομα που έχουν ήδη επιβεβαιωθεί.
roster-edit-submit = Αποθήκευση των αλλαγών
field-minutes = Λεπτά
roster-notice-attendance-saved = Η παρουσία αποθηκεύτηκε.
roster-notice-removed = Η δήλωση συμμετοχής αφαιρέθηκε. Το πρώτο άτομο της λίστας αναμονής, αν υπάρχει, παίρνει τώρα τη θέση.
roster-notice-shift-saved = Η βάρδια άλλαξε. Όλοι όσοι έχουν δηλώσει συμμετοχή ενημερώνονται.

## Οι βάρδιές μου

my-shifts-nav = Οι βάρδιές μου
my-shifts-title = Οι βάρδιές μου
my-shifts-total = Ώρες που έχω προσφέρει:
my-shifts-calendar = Προσθήκη των βαρδιών μου στο ημερολόγιό μου
my-shifts-upcoming = Προσεχώς
my-shifts-none-upcoming = Δεν έχετε δηλώσει συμμετοχή σε καμία επερχόμενη βάρδια.
my-shifts-recent = Πρόσφατα
my-shifts-none-recent = Τίποτα τις τελευταίες 30 ημέρες.
my-shifts-attended = Ήρθατε: { $duration }
my-shifts-no-show = Σημειώθηκε απουσία
my-shifts-done = Ολοκληρώθηκε
my-shifts-cancelled = Ακυρώσατε
my-shifts-removed = Αφαιρέθηκε από συντονιστή
my-shifts-reports = Ώρες που δήλωσα
my-shifts-no-reports = Δεν έχετε δηλώσει ώρες.
my-shifts-report-pending = αναμένει επιβεβαίωση
my-shifts-report-approved = επιβεβαιώθηκε
my-shifts-report-declined = απορρίφθηκε
my-shifts-notice-cancelled = Η δήλωση συμμετοχής σας ακυρώθηκε.

## Ο πίνακας ελέγχου ενός οργανισμού

dashboard-link = Πίνακας ελέγχου
dashboard-title = Πίνακας ελέγχου
dashboard-publish = Δημοσίευση δράσης
dashboard-figures = Σε αριθμούς
dashboard-upcoming-shifts = Επερχόμενες βάρδιες
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Πληρότητα θέσεων
dashboard-percent = { $percent }%
dashboard-places = { $taken } από { $slots }
dashboard-no-places = Καμία επερχόμενη θέση
dashboard-hours-month = Ώρες αυτόν τον μήνα
dashboard-hours-total = Ώρες συνολικά
dashboard-upcoming = Προσεχώς
dashboard-no-upcoming = Δεν έχουν προγραμματιστεί βάρδιες.
dashboard-fill = Κατειλημμένες θέσεις: { $taken } από { $slots }{ $waiting ->
    [0] {""}
   *[other] , { $waiting } σε αναμονή
}
dashboard-opportunities = Οι δράσεις μας
dashboard-no-opportunities = Δεν έχετε δημοσιεύσει τίποτα ακόμη.
dashboard-reports = Ώρες προς επιβεβαίωση
dashboard-no-reports = Δεν υπάρχουν ώρες που περιμένουν εσάς.
dashboard-approve = Επιβεβαίωση
dashboard-decline = Απόρριψη
dashboard-notice-report-approved = Οι ώρες επιβεβαιώθηκαν.
dashboard-notice-report-declined = Οι ώρες απορρίφθηκαν.
dashboard-notice-report-decided-before = Κάποιος είχε ήδη αποφασίσει για αυτές τις ώρες.

## Δεξιότητες και σκοποί

terms-link = Δεξιότητες και σκοποί
terms-title = Δεξιότητες και σκοποί
terms-skills = Δεξιότητες
terms-causes = Σκοποί
terms-empty = Η λίστα είναι κενή.
terms-rename = Μετονομασία
terms-remove = Αφαίρεση
terms-add = Προσθήκη δεξιότητας ή σκοπού
terms-add-submit = Προσθήκη
terms-kind-skill = Δεξιότητα
terms-kind-cause = Σκοπός
terms-notice-added = Προστέθηκε.
terms-notice-renamed = Μετονομάστηκε.
terms-notice-removed = Αφαιρέθηκε.
field-term-kind = Ποια λίστα;
field-term-code = Κωδικός
field-term-code-hint = Ένα σύντομο, σταθερό όνομα για προγράμματα: 2 έως 40 πεζά λατινικά γράμματα, ψηφία και παύλες, όπως first-aid.

# Μια χρονική διάρκεια όπως τη διαβάζει κανείς («1 ώ. 15 λ.»)· τα $hours και $minutes έρχονται ήδη μορφοποιημένα.
duration-minutes = { $minutes } λ.
duration-hours = { $hours } ώ.
duration-hours-minutes = { $hours } ώ. { $minutes } λ.
# A shift that has started and not yet ended.
shift-happening-now = Σε εξέλιξη τώρα
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Προσθήκη της ημερομηνίας γέννησής μου
terms-intro-languages = Οι δράσεις κατατάσσονται με βάση αυτές τις λίστες, που χρησιμεύουν και ως φίλτρα. Κάθε καταχώριση έχει όνομα στα αγγλικά· δώστε της ονόματα στις γλώσσες που διαβάζουν οι χρήστες εδώ.
field-term-english = Όνομα στα αγγλικά
terms-names-link = Ονόματα σε άλλες γλώσσες
terms-names-title = Ονόματα της καταχώρισης «{ $name }»
terms-names-intro = Δώστε σε αυτή την καταχώριση ένα όνομα σε κάθε γλώσσα που διαβάζουν οι χρήστες εδώ. Όπου μια γλώσσα δεν έχει όνομα, οι αναγνώστες της βλέπουν το όνομα στα { $language }, αλλιώς στα αγγλικά. Οι προεπιλεγμένες καταχωρίσεις διαβάζονται ήδη σε όλες τις γλώσσες, μέχρι να αλλάξει το αγγλικό τους όνομα.
terms-names-other-languages = Άλλες γλώσσες
terms-names-submit = Αποθήκευση ονομάτων
terms-add-name-in = Όνομα στα { $language } (προαιρετικά)
terms-add-name-hint = Μπορείτε να δώσετε ονόματα σε άλλες γλώσσες αργότερα.
terms-notice-named = Τα ονόματα αποθηκεύτηκαν.
error-term-name-english = Το αγγλικό όνομα μπαίνει στο δικό του πεδίο.
roster-came = { $name }: ήρθε
roster-attendance-how = Όλοι είναι επιλεγμένοι ως παρόντες, με τα λεπτά της βάρδιας. Αποεπιλέξτε όσους δεν ήρθαν, αλλάξτε τα λεπτά όπου χρειάζεται και αποθηκεύστε μία φορά.
roster-save-all = Αποθήκευση παρουσίας
error-attendance-minutes-out-of-range = Δώστε τα λεπτά ως ακέραιο αριθμό, από 0 έως τη διάρκεια της βάρδιας συν 12 ώρες.
error-too-many-marks = Στείλτε την παρουσία το πολύ 1.000 ατόμων κάθε φορά.
opportunity-create-account = Δημιουργία λογαριασμού
opportunity-notice-welcome = Καλώς ήρθατε! Ο λογαριασμός σας είναι έτοιμος: επιλέξτε μια βάρδια παρακάτω για να δηλώσετε συμμετοχή.
signup-cancel-title = Ακύρωση της θέσης σας;
signup-cancel-question = Θέλετε να ακυρώσετε τη θέση σας στη δράση «{ $title }», { $when };
signup-cancel-hint = Η θέση σας θα δοθεί στο πρώτο άτομο της λίστας αναμονής ή θα γίνει ξανά ελεύθερη. Μπορείτε να δηλώσετε ξανά συμμετοχή όσο υπάρχουν ελεύθερες θέσεις.
signup-cancel-confirm = Ναι, ακύρωση της θέσης μου
signup-cancel-keep = Όχι, διατήρηση της θέσης μου
roster-remove-title = Αφαίρεση ατόμου από αυτή τη βάρδια;
roster-remove-question = Θέλετε να αφαιρέσετε το άτομο { $name } από τη δράση «{ $title }», { $when };
roster-remove-hint = Θα λάβει ειδοποίηση και η θέση θα δοθεί στο πρώτο άτομο της λίστας αναμονής.
roster-remove-confirm = Ναι, αφαίρεση του ατόμου { $name }
roster-remove-keep = Όχι, να παραμείνει στη λίστα
