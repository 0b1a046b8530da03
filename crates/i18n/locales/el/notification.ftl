# Ειδοποιήσεις μέσα στην εφαρμογή και η σελίδα εξερχομένων για όσους διαχειρίζονται μια πλατφόρμα.

nav-notifications = Ειδοποιήσεις
nav-notifications-unread = { $count ->
    [one] 1 μη αναγνωσμένη
   *[other] { $count } μη αναγνωσμένες
}

notifications-title = Ειδοποιήσεις
notifications-intro = Τι συνέβη με τις δηλώσεις συμμετοχής και τις βάρδιές σας, με τα πιο πρόσφατα πρώτα.
notifications-empty = Τίποτα ακόμη. Όταν αλλάξει κάτι στις δηλώσεις συμμετοχής σας, θα το βρείτε εδώ.
notifications-new = Νέα

notification-signup-confirmed = Η θέση σας στη δράση { $title } ({ $when }) επιβεβαιώθηκε.
notification-signup-waitlisted = Είστε στη θέση { $position } της λίστας αναμονής για τη δράση { $title } ({ $when }).
notification-signup-promoted = Ελευθερώθηκε μια θέση: η συμμετοχή σας στη δράση { $title } ({ $when }) επιβεβαιώθηκε.
notification-signup-removed = Οι συντονιστές αφαίρεσαν τη δήλωση συμμετοχής σας για τη δράση { $title } ({ $when }).
notification-shift-changed = Η βάρδια της δράσης { $title } άλλαξε. Τώρα είναι: { $when }.
notification-shift-cancelled = Η βάρδια της δράσης { $title } ({ $when }) ακυρώθηκε.
notification-shift-reminder = Υπενθύμιση: σας περιμένουμε στη δράση { $title }, { $when }.
notification-other = Κάτι άλλαξε στις δηλώσεις συμμετοχής σας.

outbox-title = Εξερχόμενα
outbox-intro = Κάθε μήνυμα που στέλνει η πλατφόρμα { $platform } φυλάσσεται εδώ. Τα μηνύματα με την ένδειξη «δεν στάλθηκε» περιμένουν επειδή δεν έχει ρυθμιστεί διακομιστής αλληλογραφίας: διαβάστε τα εδώ και προωθήστε τα, αν χρειάζεται.
outbox-empty = Κανένα μήνυμα ακόμη.
outbox-to = Προς
outbox-written = Γράφτηκε
outbox-status = Κατάσταση
outbox-sent = Στάλθηκε
outbox-not-sent = Δεν στάλθηκε
outbox-read = Ανάγνωση του μηνύματος
notification-offer-received = Κάποιος προσφέρθηκε να βοηθήσει με το «{ $title }».
notification-offer-accepted = Η προσφορά σας να βοηθήσετε με το «{ $title }» έγινε δεκτή.
notification-offer-declined = Σας ευχαριστούμε που προσφερθήκατε να βοηθήσετε με το «{ $title }»: αυτή τη φορά καλύφθηκε με άλλον τρόπο.
notification-request-nearby = Ένας γείτονας κοντά σας χρειάζεται βοήθεια: «{ $title }».
notification-help-thanked = Λάβατε ένα ευχαριστώ για το «{ $title }».
notification-moderation-warning = Η ομάδα της πλατφόρμας { $platform } σας έστειλε μια προειδοποίηση: { $reason }
outbox-filter-recipient = Διεύθυνση παραλήπτη
outbox-filter-submit = Εμφάνιση
outbox-state-all = Όλα τα μηνύματα
outbox-none-match = Κανένα μήνυμα δεν ταιριάζει. Δοκιμάστε μέρος της διεύθυνσης ή όλα τα μηνύματα.
outbox-older = Παλαιότερα μηνύματα
outbox-site-title = Μηνύματα για λογαριασμούς
outbox-site-intro = Τα μηνύματα που αφορούν τους ίδιους τους λογαριασμούς των ανθρώπων, όπως ένας σύνδεσμος για νέο κωδικό πρόσβασης, δεν ανήκουν σε καμία πλατφόρμα. Χωρίς διακομιστή αλληλογραφίας περιμένουν εδώ. Ένας σύνδεσμος σε τέτοιο μήνυμα ανοίγει τον λογαριασμό για τον οποίο γράφτηκε το μήνυμα: προωθήστε τον μόνο στον κάτοχο του λογαριασμού.
error-outbox-state-unknown = Επιλέξτε όλα τα μηνύματα, σταλμένα ή μη σταλμένα.
outbox-filters = Αναζήτηση μηνύματος
notification-message-received = { $count ->
    [one] { $from } σας έστειλε ένα μήνυμα για το «{ $title }».
   *[other] { $from } σας έστειλε { $count } νέα μηνύματα για το «{ $title }».
}
