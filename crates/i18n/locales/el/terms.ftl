# Οι δεξιότητες, οι σκοποί και οι κατηγορίες βοήθειας με τις οποίες ξεκινά κάθε πλατφόρμα. Οι
# διαχειριστές της πλατφόρμας μπορούν να τις μετονομάσουν· ως τότε εμφανίζονται αυτά τα ονόματα.

term-skill-driving = Οδήγηση
term-skill-first-aid = Πρώτες βοήθειες
term-skill-cooking = Μαγείρεμα
term-skill-gardening = Κηπουρική
term-skill-diy = Μικροεπισκευές
term-skill-computers = Υπολογιστές και κινητά
term-skill-languages = Μετάφραση και διερμηνεία
term-skill-teaching = Διδασκαλία και ιδιαίτερα μαθήματα
term-skill-listening = Ακρόαση και συντροφιά
term-skill-admin = Γραφειοκρατικές υποθέσεις
term-skill-lifting = Μεταφορά βαριών αντικειμένων
term-skill-childcare = Φύλαξη παιδιών

term-cause-elderly = Ηλικιωμένοι
term-cause-children = Παιδιά και νέοι
term-cause-poverty = Φτώχεια και σίτιση
term-cause-health = Υγεία και φροντίδα
term-cause-environment = Περιβάλλον και κλίμα
term-cause-refugees = Πρόσφυγες και νεοαφιχθέντες
term-cause-disability = Άτομα με αναπηρία
term-cause-culture = Πολιτισμός και αθλητισμός
term-cause-animals = Ζώα
term-cause-neighbourhood = Ζωή στη γειτονιά

term-help-groceries = Ψώνια
term-help-pharmacy = Φαρμακείο
term-help-delivery = Παράδοση φαγητού ή δεμάτων
term-help-lift = Μεταφορά με αυτοκίνητο
term-help-call-or-visit = Ένα τηλεφώνημα ή μια επίσκεψη
term-help-repairs = Μικροεπισκευές
term-help-paperwork = Γραφειοκρατία και ψηφιακή βοήθεια
term-help-pet-care = Φροντίδα κατοικίδιων
term-help-housing = Στέγαση
term-help-other = Άλλο
