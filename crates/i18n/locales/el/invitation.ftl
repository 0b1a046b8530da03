## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Μια πρόσκληση: { $title }
mail-shift-invitation-body = Ο οργανισμός { $organisation } πιστεύει ότι θα ήσασταν μεγάλη βοήθεια στη δράση { $title }, { $when }, και σας προσκαλεί να έρθετε. Αν μπορείτε, δηλώστε συμμετοχή σε αυτή τη βάρδια από τη σελίδα της στην πλατφόρμα { $platform }. Αν δεν μπορείτε, δεν χρειάζεται να κάνετε τίποτα.
notification-shift-invitation = Ο οργανισμός { $organisation } σας προσκαλεί στη δράση { $title } ({ $when }).
mail-cover-needed-subject = Μια θέση προς κάλυψη: { $title }
mail-cover-needed-body = Κάποιος ακύρωσε την τελευταία στιγμή τη συμμετοχή του στη δράση { $title }, { $when }, και δεν υπάρχει κανείς στη λίστα αναμονής. Στη σελίδα με τα προτεινόμενα άτομα για τη βάρδια μπορείτε να προσκαλέσετε με ένα κλικ άτομα που ταιριάζουν.
notification-cover-needed = Μια ακύρωση της τελευταίας στιγμής άφησε μια κενή θέση στη δράση { $title } ({ $when }): δείτε ποιους θα μπορούσατε να προσκαλέσετε.
mail-open-link = Άνοιγμα: { $link }
suggestion-invite = Πρόσκληση
suggestion-notice-invited = Η πρόσκλησή σας στάλθηκε. Τα άτομα που έχουν προσκληθεί δεν εμφανίζονται πλέον εδώ.
error-taken-invitation = Αυτό το άτομο έχει ήδη προσκληθεί σε αυτή τη βάρδια.
