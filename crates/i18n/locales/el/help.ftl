# Γειτονική βοήθεια: αιτήματα, προσφορές, ιδιωτικές συζητήσεις και ολοκλήρωση.

error-category-unknown = Επιλέξτε μία από τις κατηγορίες βοήθειας αυτής της πλατφόρμας.
error-window-ends-before-start = Το τέλος του χρονικού διαστήματος πρέπει να είναι μετά την αρχή του.
error-phone-malformed = Εισαγάγετε έναν αριθμό τηλεφώνου με 6 έως 15 ψηφία, για παράδειγμα +32 470 12 34 56.
error-within-km-out-of-range = Η απόσταση πρέπει να είναι μεγαλύτερη από 0 και το πολύ 25 km.
error-help-minutes-out-of-range = Τα λεπτά πρέπει να είναι τουλάχιστον 1 και όχι περισσότερα από το χρονικό διάστημα του αιτήματος.
error-request-closed = Αυτό το αίτημα έχει ήδη λήξει.
error-request-not-open = Αυτό το αίτημα δεν δέχεται πλέον προσφορές.
error-request-not-accepted = Δεν έχει γίνει ακόμη δεκτή καμία προσφορά για αυτό το αίτημα.
error-taken-offer = Έχετε ήδη προσφερθεί να βοηθήσετε με αυτό το αίτημα.
error-taken-completed = Αυτό το αίτημα έχει ήδη σημειωθεί ως ολοκληρωμένο.
error-unknown-request = Δεν υπάρχει τέτοιο αίτημα.
error-unknown-offer = Αυτή η προσφορά δεν υπάρχει ή δεν είναι πλέον ανοιχτή.
error-unknown-category = Δεν υπάρχει τέτοια κατηγορία βοήθειας.

## Σελίδες για τη βοήθεια μεταξύ γειτόνων.

help-page-nav = Βοήθεια μεταξύ γειτόνων
help-page-platform-link = Βοήθεια μεταξύ γειτόνων
help-page-list-title = Βοήθεια μεταξύ γειτόνων
help-page-list-intro = Οι γείτονες βοηθούν ο ένας τον άλλον σε μικρά πράγματα. Ζητήστε βοήθεια ή προσφέρετε τη δική σας.
help-page-ask-button = Ζητήστε βοήθεια
help-page-mine-link = Τα αιτήματα και οι προσφορές μου
help-page-filters = Επιλέξτε ποια αιτήματα θα εμφανίζονται
help-page-field-category-filter = Είδος βοήθειας
help-page-any-category = Κάθε είδος βοήθειας
help-page-field-distance = Πόσο μακριά
help-page-within = Έως { $distance }
help-page-show = Εμφάνιση
help-page-results = Αιτήματα
help-page-none = Αυτή τη στιγμή κανείς δεν ζητά αυτό το είδος βοήθειας.
help-page-fix-filters = Αλλάξτε τις επιλογές σας παραπάνω για να δείτε αιτήματα.
help-page-next-page = Περισσότερα αιτήματα
help-page-distance = περίπου { $distance } μακριά
help-page-area = Περιοχή γύρω από { $lat }, { $lon }
help-page-area-unknown = Άγνωστη περιοχή
help-page-asked-on = Ζητήθηκε στις { $date }

help-page-status-open = Αναμένεται κάποιος να βοηθήσει
help-page-status-accepted = Έχει επιλεγεί κάποιος να βοηθήσει
help-page-status-completed = Ολοκληρώθηκε
help-page-status-cancelled = Ακυρώθηκε
help-page-offer-open = Προσφερθήκατε να βοηθήσετε. Αναμένεται απάντηση.
help-page-offer-accepted = Η προσφορά σας έγινε δεκτή.
help-page-offer-declined = Αυτή τη φορά βοηθά κάποιος άλλος.
help-page-offer-line-open = Αναμένει την απάντησή σας
help-page-offer-line-accepted = Έγινε δεκτή
help-page-offer-line-declined = Δεν επιλέχθηκε

help-page-when = Πότε
help-page-where = Πού
help-page-address-private = Η ακριβής διεύθυνση κοινοποιείται μόνο στο άτομο που θα επιλεγεί να βοηθήσει.
help-page-exact-point = Σημείο στον χάρτη: { $point }
help-page-requester = Το ζήτησε
help-page-on-behalf = Για
help-page-consent = Συγκατάθεση από { $by } στις { $date } ({ $how })
help-page-helper = Βοηθός
help-page-time-given = Χρόνος που δόθηκε
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}
help-page-erased-name = Πρώην μέλος
help-page-messages-link = Μηνύματα
help-page-sign-in-to-offer = Συνδεθείτε για να προσφέρετε βοήθεια
help-page-join-first = Γίνετε μέλος αυτής της πλατφόρμας για να προσφέρετε βοήθεια.
help-page-offer-title = Προσφέρετε βοήθεια
help-page-field-offer-message = Ένα σύντομο μήνυμα (μπορείτε να το αφήσετε κενό)
help-page-field-offer-message-hint = Για παράδειγμα: πότε μπορείτε να έρθετε.
help-page-offer-submit = Προσφέρετε βοήθεια
help-page-offers-title = Άτομα που προσφέρθηκαν να βοηθήσουν
help-page-no-offers = Δεν υπάρχουν ακόμη προσφορές. Θα σας ενημερώσουμε όταν κάποιος προσφερθεί να βοηθήσει.
help-page-accept = Αποδοχή
help-page-done-title = Σήμανση ως ολοκληρωμένο
help-page-done-intro = Δόθηκε η βοήθεια; Πείτε μας πόση ώρα χρειάστηκε. Το άτομο που σας βοήθησε παίρνει αυτόν τον χρόνο ως πίστωση.
help-page-field-minutes = Πόσα λεπτά χρειάστηκαν;
help-page-field-minutes-hint = Από 1 έως { $max } λεπτά. Τα 60 λεπτά είναι μία ώρα.
help-page-done-submit = Σήμανση ως ολοκληρωμένο
help-page-cancel-link = Ακύρωση του αιτήματός μου
help-page-cancel-title = Ακύρωση του αιτήματός μου
help-page-cancel-question = Θέλετε να ακυρώσετε το «{ $title }»;
help-page-cancel-hint = Όσοι προσφέρθηκαν να βοηθήσουν θα δουν ότι δεν τη χρειάζεστε πια.
help-page-cancel-confirm = Ναι, ακύρωση
help-page-cancel-keep = Όχι, να παραμείνει

help-page-ask-title = Ζητήστε βοήθεια
help-page-join-to-ask = Γίνετε μέλος αυτής της πλατφόρμας για να ζητήσετε βοήθεια.
help-page-question-category = Σε τι χρειάζεστε βοήθεια;
help-page-next = Επόμενο
help-page-chosen-category = Ζητάτε: { $category }
help-page-change-category = Αλλαγή
help-page-section-what = Τι
help-page-field-title = Με λίγα λόγια
help-page-field-title-hint = Για παράδειγμα: Ψώνια από το μαγαζί της γωνίας
help-page-field-description = Πείτε μας περισσότερα
help-page-field-description-hint = Τι χρειάζεται και ό,τι άλλο πρέπει να ξέρει το άτομο που θα βοηθήσει.
help-page-section-where = Πού
help-page-where-private = Τη διεύθυνση τη βλέπει μόνο το άτομο που θα επιλέξετε. Οι άλλοι βλέπουν μόνο την περιοχή.
help-page-field-address = Διεύθυνση
help-page-place-hint = Το σημείο στον χάρτη βοηθά τους κοντινούς γείτονες να βρουν το αίτημά σας. Μπορείτε να αντιγράψετε τους δύο αριθμούς από μια εφαρμογή χαρτών.
help-page-use-my-position = Χρήση της τρέχουσας θέσης μου
help-page-position-failed = Δεν ήταν δυνατό να βρεθεί η θέση σας. Πληκτρολογήστε τους αριθμούς.
help-page-section-when = Πότε
help-page-field-from-day = Από (ημέρα)
help-page-field-from-time = Από (ώρα)
help-page-field-until-day = Έως (ημέρα)
help-page-field-until-time = Έως (ώρα)
help-page-on-behalf-summary = Ζητώ βοήθεια για κάποιον άλλον
help-page-on-behalf-intro = Συμπληρώστε αυτό μόνο αν ζητάτε βοήθεια για άλλο άτομο, με τη συγκατάθεσή του.
help-page-field-on-behalf-name = Το όνομα του ατόμου
help-page-field-on-behalf-phone = Ο αριθμός τηλεφώνου του ατόμου
help-page-field-on-behalf-phone-hint = Για παράδειγμα +32 470 12 34 56
help-page-field-consent-given-by = Ποιος έδωσε τη συγκατάθεση;
help-page-field-consent-given-by-hint = Το ίδιο το άτομο ή κάποιος που έχει δικαίωμα να αποφασίζει για αυτό.
help-page-field-consent-day = Πότε δόθηκε η συγκατάθεση;
help-page-field-consent-how = Πώς δόθηκε η συγκατάθεση;
help-page-field-consent-how-hint = Για παράδειγμα: τηλεφωνικά, αυτοπροσώπως, γραπτώς.
help-page-ask-submit = Ζητήστε βοήθεια
help-page-ask-cancel = Πίσω

help-page-messages-title = Μηνύματα
help-page-messages-with = Με: { $name }
help-page-messages-private = Μόνο εσείς οι δύο μπορείτε να διαβάσετε αυτά τα μηνύματα.
help-page-no-messages = Δεν υπάρχουν ακόμη μηνύματα.
help-page-message-erased = (το μήνυμα αφαιρέθηκε)
help-page-write-title = Γράψτε ένα μήνυμα
help-page-field-message = Το μήνυμά σας
help-page-send = Αποστολή
help-page-back-to-request = Πίσω στο αίτημα

help-page-mine-title = Τα αιτήματα και οι προσφορές μου
help-page-mine-requests = Τι έχω ζητήσει
help-page-mine-no-requests = Δεν έχετε ζητήσει ακόμη βοήθεια.
help-page-mine-offers = Πού έχω προσφέρει βοήθεια
help-page-mine-no-offers = Δεν έχετε προσφέρει ακόμη βοήθεια.
help-page-mine-see-offers = Δείτε ποιος προσφέρθηκε να βοηθήσει
help-page-mine-talk-and-finish = Γράψτε στο άτομο που σας βοηθά ή σημειώστε το ως ολοκληρωμένο
help-page-mine-talk = Γράψτε ένα μήνυμα
help-page-mine-offer-done = Βοηθήσατε. Σας ευχαριστούμε!

help-page-notice-asked = Το αίτημά σας δημοσιεύτηκε. Θα σας ενημερώσουμε όταν κάποιος προσφερθεί να βοηθήσει.
help-page-notice-offered = Σας ευχαριστούμε! Το άτομο θα δει την προσφορά σας.
help-page-notice-accepted = Αποδεχτήκατε την προσφορά. Το άτομο που θα σας βοηθήσει βλέπει τώρα τη διεύθυνση.
help-page-notice-cancelled = Το αίτημά σας ακυρώθηκε.
help-page-notice-completed = Ολοκληρώθηκε! Το άτομο που σας βοήθησε πήρε τον χρόνο ως πίστωση.
help-page-notice-sent = Το μήνυμά σας στάλθηκε.
