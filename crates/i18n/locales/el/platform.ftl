# Η αρχική σελίδα και η σελίδα μιας πλατφόρμας.

home-title = Βοήθεια κοντά σας
home-my-platforms = Οι πλατφόρμες μου
home-all-platforms = Όλες οι πλατφόρμες
home-no-platforms = Δεν υπάρχει ακόμη καμία πλατφόρμα εδώ.

platform-you-member = Είστε μέλος αυτής της πλατφόρμας.
platform-you-admin = Είστε μέλος της ομάδας που διαχειρίζεται αυτή την πλατφόρμα.
platform-join = Γίνετε μέλος αυτής της πλατφόρμας
platform-sign-up-to-join = Δημιουργήστε λογαριασμό για να γίνετε μέλος
platform-my-organisations = Οι οργανισμοί μου
platform-organisations = Οργανισμοί
platform-no-organisations = Κανένας οργανισμός δεν έχει γίνει ακόμη μέλος.
platform-new-organisation = Εγγραφή οργανισμού
home-part-of = Μέρος της πλατφόρμας { $platform }
home-figure-opportunities = { $count ->
    [one] Μία δραστηριότητα με επερχόμενες βάρδιες
   *[other] { $count } δραστηριότητες με επερχόμενες βάρδιες
}
home-figure-requests = { $count ->
    [one] ένας γείτονας που ζητά βοήθεια
   *[other] { $count } γείτονες που ζητούν βοήθεια
}
home-figure-members = { $count ->
    [one] ένα μέλος
   *[other] { $count } μέλη
}
home-what = Το Entraide είναι ο τόπος όπου μια πόλη ή μια γειτονιά οργανώνει μόνη της τον εθελοντισμό και τη βοήθεια μεταξύ γειτόνων: βρείτε κάτι να κάνετε κοντά σας ή ζητήστε ένα χέρι βοήθειας.
