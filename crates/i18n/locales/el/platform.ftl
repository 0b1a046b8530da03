# Η αρχική σελίδα και η σελίδα μιας πλατφόρμας.

home-title = Βοήθεια κοντά σας
home-intro = Βρείτε μια τοπική πλατφόρμα εθελοντισμού και βοήθειας μεταξύ γειτόνων ή γίνετε μέλος εκείνης της περιοχής όπου μένετε.
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
