# Ajutor între vecini: cereri, oferte, conversații private și finalizare.

error-category-unknown = Alegeți una dintre categoriile de ajutor ale acestei platforme.
error-window-ends-before-start = Sfârșitul intervalului orar trebuie să fie după începutul acestuia.
error-phone-malformed = Introduceți un număr de telefon de 6 până la 15 cifre, de exemplu +32 470 12 34 56.
error-within-km-out-of-range = Distanța trebuie să fie mai mare de 0 și de cel mult 25 km.
error-help-minutes-out-of-range = Numărul de minute trebuie să fie cel puțin 1 și să nu depășească intervalul orar al cererii.
error-request-closed = Această cerere s-a încheiat deja.
error-request-not-open = Această cerere nu mai primește oferte.
error-request-not-accepted = Încă nu a fost acceptată nicio ofertă pentru această cerere.
error-taken-offer = V-ați oferit deja să ajutați la această cerere.
error-taken-completed = Această cerere a fost deja marcată ca rezolvată.
error-unknown-request = Această cerere nu există.
error-unknown-offer = Această ofertă nu există sau nu mai este deschisă.
error-unknown-category = Această categorie de ajutor nu există.
