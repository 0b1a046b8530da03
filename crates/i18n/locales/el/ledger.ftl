# Το καθολικό: πιστώσεις χρόνου και πιστώσεις ανταλλαγής, μεταφορές, αντιλογισμοί, πιστωτικά όρια.

error-credit-limit = Έτσι το υπόλοιπο θα έπεφτε κάτω από το πιστωτικό όριο.
error-already-reversed = Αυτή η εγγραφή έχει ήδη αντιλογιστεί.
error-is-reversal = Μια εγγραφή αντιλογισμού δεν μπορεί να αντιλογιστεί η ίδια.
error-amount-out-of-range = Εισαγάγετε έναν ακέραιο αριθμό από 1 έως 1.000.000.
error-unit-unknown = Επιλέξτε χρόνο ή ανταλλαγή.
error-unknown-unit = Δεν υπάρχει τέτοια μονάδα· χρησιμοποιήστε χρόνο ή ανταλλαγή.
error-same-account = Ο πληρωτής και ο δικαιούχος πρέπει να είναι διαφορετικοί λογαριασμοί.
error-unknown-entry = Δεν υπάρχει τέτοια εγγραφή στο καθολικό.
error-credit-limit-out-of-range = Εισαγάγετε έναν ακέραιο αριθμό από 0 έως 1.000.000.

## Σελίδες για τις πιστώσεις.

credits-page-mine-link = Οι πιστώσεις χρόνου μου
credits-page-mine-title = Οι πιστώσεις χρόνου μου
credits-page-mine-intro = Όταν βοηθάτε έναν γείτονα, κερδίζετε τον χρόνο που δώσατε. Όταν κάποιος σας βοηθά, δίνετε χρόνο.
credits-page-balances = Το υπόλοιπό μου
credits-page-no-balance = Δεν υπάρχουν ακόμη πιστώσεις.
credits-page-entries = Ιστορικό
credits-page-no-entries = Τίποτα ακόμη.
credits-page-unit-time = Χρόνος
credits-page-unit-barter = Πιστώσεις ανταλλαγής
credits-page-barter-amount = { $amount ->
    [one] { $amount } πίστωση
   *[other] { $amount } πιστώσεις
}
credits-page-kind-help = Βοήθεια μεταξύ γειτόνων
credits-page-kind-barter = Ανταλλαγή
credits-page-kind-reversal = Διόρθωση
credits-page-from = Από
credits-page-to = Προς
credits-page-organisation-title = Πιστώσεις ανταλλαγής
credits-page-organisation-intro = Οι οργανισμοί της πλατφόρμας πληρώνουν ο ένας τον άλλον για υπηρεσίες με πιστώσεις ανταλλαγής.
credits-page-balance = Υπόλοιπο
credits-page-csv = Λήψη ως υπολογιστικό φύλλο (CSV)
credits-page-pay-title = Πληρωμή σε άλλον οργανισμό
credits-page-pay-intro = Οι πιστώσεις αφαιρούνται αμέσως από το υπόλοιπό σας.
credits-page-field-to = Οργανισμός που πληρώνετε
credits-page-choose-organisation = Επιλέξτε οργανισμό
credits-page-field-amount = Πιστώσεις
credits-page-field-amount-hint = Ένας ακέραιος αριθμός, για παράδειγμα 30
credits-page-field-memo = Για ποιο λόγο
credits-page-field-memo-hint = Για παράδειγμα: βαν για το παζάρι
credits-page-pay-submit = Πληρωμή
credits-page-notice-paid = Οι πιστώσεις στάλθηκαν.
credits-page-link = Πιστώσεις ανταλλαγής
# Υπόλοιπο χρόνου κάτω από το μηδέν, διατυπωμένο ουδέτερα: το $duration είναι π.χ. «2 ώ. 20 λ.».
credits-page-received-more = Λάβατε { $duration } περισσότερο από όσο δώσατε
credits-page-how = Μια ώρα βοήθειας μετράει ως μία ώρα, όποιος κι αν τη δίνει. Οι πιστώσεις δεν είναι χρήματα, και ένα υπόλοιπο κάτω από το μηδέν δεν είναι χρέος: σημαίνει μόνο ότι μέχρι τώρα οι γείτονες σάς έχουν βοηθήσει περισσότερο.
