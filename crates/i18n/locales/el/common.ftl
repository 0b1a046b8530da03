# Παντού: πλοήγηση, υποσέλιδο, φόρμες, ρόλοι και τύποι.

nav-skip-to-content = Μετάβαση στο περιεχόμενο
nav-label = Κύριο μενού
nav-home = Επιστροφή στην αρχική σελίδα
nav-my-account = Ο λογαριασμός μου
nav-sign-in = Σύνδεση
nav-sign-up = Δημιουργία λογαριασμού
nav-sign-out = Αποσύνδεση
nav-languages = Γλώσσες
footer-free-software = Το Entraide είναι ελεύθερο λογισμικό, που το λειτουργεί η κοινότητά του για την ίδια.

form-has-errors = Διορθώστε τα παρακάτω:

role-admin = Διαχειριστής
role-coordinator = Συντονιστής
role-platform-admin = Ομάδα της πλατφόρμας

kind-nonprofit = Μη κερδοσκοπικός οργανισμός
kind-school = Σχολείο
kind-company = Εταιρεία
kind-municipality = Δημοτική υπηρεσία
kind-group = Άτυπη ομάδα
form-error-line = { $field }: { $message }
nav-platform = { $platform }: ενότητες
language-for-mails-question = Διαβάζετε πλέον τον ιστότοπο στα { $language }. Θέλετε να λαμβάνετε και τα email σας στα { $language };
language-for-mails-yes = Ναι, και τα email μου
