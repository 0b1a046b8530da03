## Μόνιμες προσφορές, ευχαριστίες, αποκλεισμοί, αναφορές και εποπτεία.

error-blocked = Ένας από τους δύο σας έχει αποκλείσει τον άλλον: δεν μπορείτε να στείλετε προσφορές ή μηνύματα σε αυτό το άτομο.
error-account-suspended = Αυτός ο λογαριασμός έχει ανασταλεί. Επικοινωνήστε με τους ανθρώπους που διαχειρίζονται αυτόν τον ιστότοπο, αν πιστεύετε ότι πρόκειται για λάθος.
error-platform-suspended = Η ομάδα αυτής της πλατφόρμας σας έχει θέσει σε αναστολή εδώ: μπορείτε ακόμη να διαβάζετε, αλλά όχι να ζητάτε ή να προσφέρετε βοήθεια, να δηλώνετε συμμετοχή ή να γράφετε. Επικοινωνήστε μαζί της, αν πιστεύετε ότι πρόκειται για λάθος.
error-moderate-admin = Οι διαχειριστές της πλατφόρμας δεν μπορούν να λάβουν προειδοποίηση ή αναστολή εδώ. Μπορούν να βοηθήσουν οι άνθρωποι που διαχειρίζονται τον ιστότοπο.
error-block-self = Δεν μπορείτε να αποκλείσετε τον εαυτό σας.
error-report-kind-unknown = Επιλέξτε τι αναφέρετε: ένα αίτημα, μια προσφορά ή ένα μήνυμα.
error-report-target-unknown = Δεν υπάρχει τίποτα να αναφέρετε εδώ ή δεν μπορείτε να το δείτε.
error-moderation-action-unknown = Επιλέξτε μία από τις ενέργειες: απόκρυψη, προειδοποίηση, αναστολή, επαναφορά ή απόρριψη.
error-moderate-self = Δεν μπορείτε να προειδοποιήσετε ή να αναστείλετε τον εαυτό σας.
error-standing-km-out-of-range = Επιλέξτε απόσταση από 1 έως 10 χλμ.
error-request-not-completed = Μπορείτε να πείτε ευχαριστώ μόλις η βοήθεια σημειωθεί ως ολοκληρωμένη.
error-taken-thanks = Έχετε ήδη αφήσει ένα ευχαριστώ για αυτό το αίτημα.
error-unknown-standing-offer = Δεν υπάρχει τέτοια μόνιμη προσφορά.
error-unknown-block = Δεν έχετε αποκλείσει αυτό το άτομο.
error-category-in-use = Αιτήματα ή μόνιμες προσφορές χρησιμοποιούν αυτή την κατηγορία, γι’ αυτό δεν μπορεί να αφαιρεθεί. Μετονομάστε την καλύτερα.

## Μόνιμες προσφορές
standing-title = Τι μπορώ να κάνω για τους γείτονές μου
standing-intro = Πείτε μία φορά σε τι μπορείτε να βοηθήσετε, πού και ποιες μέρες. Όταν ένας γείτονας ζητήσει βοήθεια που ταιριάζει, θα σας ενημερώσουμε. Κανείς δεν βλέπει από πού ξεκινάτε.
standing-mine = Οι μόνιμες προσφορές μου
standing-none = Δεν έχετε ακόμη μόνιμη προσφορά.
standing-withdraw = Διακοπή αυτής της προσφοράς
standing-new = Νέα μόνιμη προσφορά
standing-what = Σε τι μπορείτε να βοηθήσετε;
standing-any-help = Κάθε είδους βοήθεια
standing-every-day = Κάθε μέρα
standing-within = σε απόσταση έως { $distance }
standing-days = Ποιες μέρες;
standing-days-hint = Μην επιλέξετε καμία για κάθε μέρα.
standing-km = Πόσο μακριά θα πηγαίνατε, σε χλμ.;
standing-km-hint = Έως 10 χλμ. 1 χλμ. είναι περίπου 15 λεπτά με τα πόδια.
standing-point-hint = Από πού ξεκινάτε, για παράδειγμα το σπίτι σας. Μόνο εσείς το βλέπετε.
standing-note = Λίγα λόγια (προαιρετικό)
standing-note-hint = Για παράδειγμα: έχω αυτοκίνητο ή μπορώ να κουβαλήσω βαριές τσάντες.
standing-publish = Δημοσίευση της προσφοράς μου
standing-notice-published = Η μόνιμη προσφορά σας δημοσιεύτηκε. Θα σας ενημερώνουμε για αιτήματα που ταιριάζουν.
standing-notice-withdrawn = Η μόνιμη προσφορά σας αποσύρθηκε.
help-page-standing-link = Τι μπορώ να κάνω για τους γείτονές μου

## Ευχαριστίες
thanks-title = Πείτε ευχαριστώ
thanks-intro = Η βοήθεια ολοκληρώθηκε. Μπορείτε να αφήσετε ένα σύντομο προσωπικό σημείωμα στο άλλο άτομο.
thanks-label = Το σημείωμά σας
thanks-submit = Αποστολή των ευχαριστιών μου
thanks-received = Σημειώματα ευχαριστίας

## Αναφορές
report-title = Αναφορά προβλήματος
report-intro = Αναφέρετε { $what } στην ομάδα που διαχειρίζεται αυτή την πλατφόρμα.
report-what-request = ένα αίτημα
report-what-offer = μια προσφορά
report-what-message = ένα μήνυμα
report-reason = Τι δεν πάει καλά;
report-reason-hint = Η ομάδα διαβάζει κάθε αναφορά. Το άτομο που αναφέρετε δεν βλέπει το όνομά σας.
report-submit = Αποστολή της αναφοράς
report-sent = Σας ευχαριστούμε. Η ομάδα θα εξετάσει την αναφορά σας. Αν αυτό το άτομο σας ενοχλεί, μπορείτε επίσης να το αποκλείσετε.
report-link = Αναφορά προβλήματος

## Αποκλεισμοί
block-title = Αποκλεισμός ατόμου
block-question = Να αποκλειστεί ο/η { $name };
block-explained = Μετά τον αποκλεισμό, αυτό το άτομο δεν μπορεί να σας προσφέρει βοήθεια ή να σας γράψει, και εσείς δεν μπορείτε να του προσφέρετε βοήθεια ή να του γράψετε. Δεν ενημερώνεται.
block-submit = Ναι, αποκλεισμός αυτού του ατόμου
block-cancel = Όχι, επιστροφή
block-link = Αποκλεισμός αυτού του ατόμου
blocks-title = Άτομα που έχω αποκλείσει
blocks-intro = Τα άτομα που έχετε αποκλείσει δεν μπορούν να σας προσφέρουν βοήθεια ή να σας γράψουν.
blocks-none = Δεν έχετε αποκλείσει κανέναν.
blocks-unblock = Άρση αποκλεισμού
blocks-notice-blocked = Αυτό το άτομο αποκλείστηκε.
blocks-notice-unblocked = Αυτό το άτομο δεν είναι πλέον αποκλεισμένο.

## Εποπτεία
moderation-title = Εποπτεία
moderation-intro = Αναφορές μελών, πρώτα οι παλαιότερες. Κάθε ενέργεια καταγράφεται με το όνομά σας και την αιτιολογία σας.
moderation-reports = Αναφορές προς εξέταση
moderation-empty = Δεν υπάρχει αναφορά προς εξέταση.
moderation-suspended = σε αναστολή
moderation-hidden = σε απόκρυψη
moderation-open-request = Άνοιγμα του αιτήματος
moderation-reported-by = Αναφορά από: { $name }
moderation-reason = Αιτιολογία
moderation-hide = Απόκρυψη
moderation-warn = Προειδοποίηση του συντάκτη
moderation-suspend = Αναστολή του συντάκτη
moderation-dismiss = Κανένα πρόβλημα
moderation-reinstate = Άρση της αναστολής
moderation-log = Τι έκανε η ομάδα
moderation-log-empty = Τίποτα ακόμη.
moderation-log-when = Πότε
moderation-log-who = Ποιος
moderation-log-what = Τι
moderation-log-person = Άτομο
moderation-log-undo = Αναίρεση
moderation-done-hide = έκρυψε περιεχόμενο
moderation-done-warn = προειδοποίησε
moderation-done-suspend = ανέστειλε
moderation-done-reinstate = ήρε μια αναστολή
moderation-done-dismiss = έκλεισε μια αναφορά
moderation-notice-hide = Το περιεχόμενο αποκρύφτηκε.
moderation-notice-warn = Ο συντάκτης προειδοποιήθηκε.
moderation-notice-suspend = Ο λογαριασμός ανεστάλη και αποσυνδέθηκε.
moderation-notice-reinstate = Η αναστολή ήρθη.
moderation-notice-dismiss = Η αναφορά έκλεισε.
moderation-link = Εποπτεία
# Leaves the report form for the page the person was reading.
report-cancel = Πίσω
